import type { AnalysisFinding } from '../types';
import type { RuleContext } from './context';

/** Rules A… of PROCESS-ANALYSIS.md §c (being written: see the issue 9 brief). */
export function automateRules(context: RuleContext): AnalysisFinding[] {
  void context;
  return [];
}
