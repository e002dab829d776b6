/** The interface languages. */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Picks the interface language from a system or browser locale such as `zh-Hans-CN` or `en-GB`. */
export function localeFromSystem(systemLocale: string | undefined): Locale {
  return systemLocale?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
