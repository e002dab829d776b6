/* Texts of the process analysis (issue 9): being written, see the brief. */
const en: Record<string, unknown> = {};
const zhCN: typeof en = {};

export const analysisViewMessages = { en, 'zh-CN': zhCN };
