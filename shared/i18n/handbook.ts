/*
 * The handbook export dialog and the single export's version choice (issue 11): which
 * versions a handbook prints, in which language, and the roles it left out.
 */

const en = {
  versions: 'Versions',
  approved: 'Approved versions only',
  latest: 'Latest drafts (marked DRAFT)',
  template: 'Language',
  own: "Each role's own template",
  zh: 'Chinese (职位说明书)',
  en: 'English (job descriptions)',
  start: 'Export',
  leftOut: 'Not included (no approved version): {{count}}',
  version: 'Version to export',
  currentDraft: 'As it is now',
  approvedVersion: 'Version {{version}} (approved {{date}})',
};

const zhCN: typeof en = {
  versions: '版本',
  approved: '仅已批准版本',
  latest: '最新草稿（带“草稿”水印）',
  template: '语言',
  own: '各岗位自己的模板',
  zh: '中文（职位说明书）',
  en: '英文（Job Description）',
  start: '导出',
  leftOut: '未收录（无批准版本）：{{count}} 个岗位',
  version: '导出版本',
  currentDraft: '当前内容',
  approvedVersion: '版本 {{version}}（{{date}} 批准）',
};

export const handbookMessages = { en, 'zh-CN': zhCN };

/** The document settings dialog (organisation identity and the Chinese layout). */
const settingsEn = {
  menu: 'Document settings…',
  title: 'Document settings',
  organisationName: 'Organisation name',
  organisationHint: 'On the cover of handbooks and in the running header.',
  logo: 'Logo (PNG or JPEG, at most 1 MB)',
  chooseLogo: 'Choose a picture…',
  removeLogo: 'Remove',
  noLogo: 'No logo',
  documentNumber: 'Document number',
  documentNumberHint: 'For example HR-JD-{code}. Tokens: {code} {dept} {version}.',
  confidentiality: 'Confidentiality line',
  confidentialityHint: 'Printed in the footer, for example “Internal – do not distribute”.',
  zhLayout: 'Chinese layout',
  form: 'Form (bordered grid, two pages)',
  sectioned: 'Sectioned (ruled headings)',
  unknownToken: 'Unknown token {{token}}: use {code}, {dept} or {version}.',
  logoTooLarge: 'The picture is larger than 1 MB.',
  logoNotImage: 'Choose a PNG or JPEG picture.',
  tooLong: 'At most {{limit}} characters.',
  save: 'Save',
  saved: 'Document settings saved',
};

const settingsZh: typeof settingsEn = {
  menu: '文档设置…',
  title: '文档设置',
  organisationName: '组织名称',
  organisationHint: '印在手册封面和页眉上。',
  logo: '标志（PNG 或 JPEG，不超过 1 MB）',
  chooseLogo: '选择图片…',
  removeLogo: '移除',
  noLogo: '无标志',
  documentNumber: '文件编号',
  documentNumberHint: '例如 HR-JD-{code}。可用：{code} {dept} {version}。',
  confidentiality: '保密声明',
  confidentialityHint: '印在页脚，例如“内部资料 注意保密”。',
  zhLayout: '中文版式',
  form: '表格式（边框表格，两页）',
  sectioned: '分节式（标题加横线）',
  unknownToken: '未知的占位符 {{token}}：请使用 {code}、{dept} 或 {version}。',
  logoTooLarge: '图片超过 1 MB。',
  logoNotImage: '请选择 PNG 或 JPEG 图片。',
  tooLong: '最多 {{limit}} 个字符。',
  save: '保存',
  saved: '文档设置已保存',
};

export const documentSettingsMessages = { en: settingsEn, 'zh-CN': settingsZh };

/** Why main refused the settings (errorDetails.INVALID_REQUEST.<reason>). */
export const documentSettingsErrors = {
  en: {
    documentNumberToken: 'The document number uses an unknown token {{token}}.',
    logoTooLarge: 'The logo is larger than {{limit}} MB.',
    logoNotImage: 'The logo is not a PNG or JPEG picture.',
  },
  'zh-CN': {
    documentNumberToken: '文件编号使用了未知的占位符 {{token}}。',
    logoTooLarge: '标志图片超过 {{limit}} MB。',
    logoNotImage: '标志不是 PNG 或 JPEG 图片。',
  },
};
