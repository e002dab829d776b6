import type { AnalysisRuleId } from '../analysis/types';
import type { RuleText } from './analysis';

/* Texts of the process analysis's rules (issue 9): being written, see the brief. */
const en: Partial<Record<AnalysisRuleId, RuleText>> = {};
const zhCN: typeof en = {};

export const checkRuleMessages = { en, 'zh-CN': zhCN };
