import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { checksMessages } from '../../shared/i18n/checks';
import { LOCALES, localeFromSystem, MESSAGES, type Locale } from '../../shared/i18n';

const STORAGE_KEY = 'roleflow.locale';

function storedLocale(): Locale | null {
  const value = window.localStorage.getItem(STORAGE_KEY);
  return (LOCALES as readonly string[]).includes(value ?? '') ? (value as Locale) : null;
}

/** The language to start in: the user's last choice, else the system's. */
export function initialLocale(): Locale {
  return storedLocale() ?? localeFromSystem(navigator.language);
}

export async function setupI18n(locale: Locale): Promise<void> {
  await i18next.use(initReactI18next).init({
    lng: locale,
    fallbackLng: 'en',
    resources: {
      'zh-CN': { translation: { ...MESSAGES['zh-CN'], checks: checksMessages['zh-CN'] } },
      en: { translation: { ...MESSAGES.en, checks: checksMessages.en } },
    },
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
  });
  document.documentElement.lang = locale;
}

export async function changeLocale(locale: Locale): Promise<void> {
  window.localStorage.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
  await i18next.changeLanguage(locale);
}
