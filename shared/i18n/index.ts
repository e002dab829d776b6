import { en, type Messages } from './en';
import type { Locale } from './locales';
import { zhCN } from './zh-CN';

export { LOCALES, localeFromSystem, type Locale } from './locales';
export type { Messages };

/** Interface text per locale, for i18next in the renderer and for main's menu. */
export const MESSAGES: Record<Locale, Messages> = { 'zh-CN': zhCN, en };
