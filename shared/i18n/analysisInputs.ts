/* Texts of the process analysis (issue 9): being written, see the brief. */
const en: Record<string, unknown> = {};
const zhCN: typeof en = {};

export const analysisInputMessages = { en, 'zh-CN': zhCN };
