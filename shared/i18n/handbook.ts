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
