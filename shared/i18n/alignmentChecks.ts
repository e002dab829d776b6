/** Interface text of the library-wide checks J1–J8; en and zh-CN have the same keys. */
const en = {};

export const alignmentCheckMessages: { en: typeof en; 'zh-CN': typeof en } = {
  en,
  'zh-CN': {},
};
