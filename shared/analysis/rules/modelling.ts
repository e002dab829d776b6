import type { AnalysisFinding } from '../types';
import type { RuleContext } from './context';
import { contentRules } from './modellingContent';
import { structureRules } from './modellingStructure';

/** Rules M1–M14 of PROCESS-ANALYSIS.md §c6: the map's structure, then what its steps carry. */
export function modellingRules(context: RuleContext): AnalysisFinding[] {
  return [...structureRules(context), ...contentRules(context)].sort(byRule);
}

/** M1, M2 … M14 in catalogue order (numeric, so M10 follows M9), stable within a rule. */
function byRule(a: AnalysisFinding, b: AnalysisFinding): number {
  return Number(a.rule.slice(1)) - Number(b.rule.slice(1));
}
