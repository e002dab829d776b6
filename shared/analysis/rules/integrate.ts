import type { AnalysisFinding } from '../types';
import type { RuleContext } from './context';

/** Rules I… of PROCESS-ANALYSIS.md §c (being written: see the issue 9 brief). */
export function integrateRules(context: RuleContext): AnalysisFinding[] {
  void context;
  return [];
}
