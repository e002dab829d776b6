/** Interface text of the organisation views: RACI across the library, 定岗定编, redesign impact; en and zh-CN have the same keys. */
const en = {};

export const alignmentOrganisationMessages: { en: typeof en; 'zh-CN': typeof en } = {
  en,
  'zh-CN': {},
};
