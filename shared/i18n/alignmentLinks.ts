/** Interface text of duty ↔ step links and duties drafted from steps; en and zh-CN have the same keys. */
const en = {};

export const alignmentLinkMessages: { en: typeof en; 'zh-CN': typeof en } = {
  en,
  'zh-CN': {},
};
