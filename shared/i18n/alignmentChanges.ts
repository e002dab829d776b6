/** Interface text of responsibility changes and their impact preview; en and zh-CN have the same keys. */
const en = {};

export const alignmentChangeMessages: { en: typeof en; 'zh-CN': typeof en } = {
  en,
  'zh-CN': {},
};
