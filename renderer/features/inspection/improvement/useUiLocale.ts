import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../../../../shared/i18n/locales';

/** The interface language, in which main writes the note an action leaves for its revision. */
export function useUiLocale(): Locale {
  const { i18n } = useTranslation();
  return LOCALES.find((l) => l === i18n.language) ?? 'en';
}
