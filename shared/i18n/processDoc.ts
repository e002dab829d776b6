/*
 * The screens of the process documentation (流程说明书): the editor's Export menu item and the
 * process handbook dialog. The documents' own wording is in electron/export/process.
 */

const en = {
  menu: 'Process description (Word)',
  saveFirst: 'Save the map first: the document is written from the saved map.',
  working: 'Writing the process description…',
  saved: 'Saved {{name}}',
  handbook: 'Process handbook',
  handbookTitle: 'Process handbook (Word)',
  starting: 'Starting…',
  progress: '{{done}} of {{total}} processes',
  done: 'Saved {{name}}',
  cancelled: 'Cancelled.',
  failed: 'The handbook could not be written.',
};

type ProcessDocText = typeof en;

const zhCN: ProcessDocText = {
  menu: '流程说明书（Word）',
  saveFirst: '请先保存流程图：流程说明书按已保存的流程图生成。',
  working: '正在生成流程说明书…',
  saved: '已保存 {{name}}',
  handbook: '流程说明书汇编',
  handbookTitle: '流程说明书汇编（Word）',
  starting: '正在开始…',
  progress: '已完成 {{done}} / {{total}} 个流程',
  done: '已保存 {{name}}',
  cancelled: '已取消。',
  failed: '汇编未能生成。',
};

export const processDocMessages = { en, 'zh-CN': zhCN };
