import { en, type Messages } from './en';
import type { Locale } from './locales';
import { zhCN } from './zh-CN';

export { LOCALES, localeFromSystem, type Locale } from './locales';
export type { Messages };

/** Interface text per locale, for i18next in the renderer and for main's menu. */
export const MESSAGES: Record<Locale, Messages> = { 'zh-CN': zhCN, en };

/**
 * An error code's message in `locale`, filled with its params, for main's own dialogs (the
 * renderer uses i18next with the same text).
 */
export function errorMessage(
  locale: Locale,
  code: keyof Messages['errors'],
  params: Record<string, string | number> = {},
): string {
  return MESSAGES[locale].errors[code].replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
