import { computeFigures } from '../../../shared/analysis/figures';
import { buildFlow } from '../../../shared/analysis/flow';
import { runRules } from '../../../shared/analysis/rules';
import type { AnalysisSettings, RuleThresholds } from '../../../shared/analysis/settings';
import type {
  AnalysisFinding,
  AnalysisRole,
  AnalysisRuleId,
  FindingParam,
  ProcessFigures,
} from '../../../shared/analysis/types';
import { expectedVisits } from '../../../shared/analysis/visits';
import type { ProcessGraph } from '../../../shared/process';
import { libraryOf } from './graphs';

/*
 * The ESIA rule tests run the whole catalogue on a small map and look at one rule's findings.
 * `figures` replaces computed figures where a test is about a rule's reading of them (a
 * rework loop, a hand-off count), not about how they are computed.
 */

type Options = {
  roles?: Partial<AnalysisRole>[];
  thresholds?: Partial<RuleThresholds>;
  settings?: Partial<AnalysisSettings>;
  figures?: Partial<ProcessFigures>;
};

export function findingsOf(graph: ProcessGraph, options: Options = {}): AnalysisFinding[] {
  const library = libraryOf(options.roles ?? roles(6), options.settings);
  const thresholds = { ...library.settings.thresholds, ...options.thresholds };
  const flow = buildFlow(graph, library);
  const visits = expectedVisits(flow);
  const figures = { ...computeFigures(flow, visits), ...options.figures };
  return runRules({ flow, visits, figures, thresholds });
}

export function ruleFindings(
  graph: ProcessGraph,
  rule: AnalysisRuleId,
  options: Options = {},
): AnalysisFinding[] {
  return findingsOf(graph, options).filter((found) => found.rule === rule);
}

/** Roles 1…n titled R1…Rn, role k in department k (so lanes `role:k` have a department). */
export function roles(n: number): Partial<AnalysisRole>[] {
  return Array.from({ length: n }, (_, i) => ({
    id: i + 1,
    title: `R${i + 1}`,
    departmentId: i + 1,
  }));
}

/** A finding's params as plain values, for `toEqual`. */
export function paramValues(found: AnalysisFinding | undefined): Record<string, unknown> {
  const params: Record<string, FindingParam> = found?.params ?? {};
  return Object.fromEntries(Object.entries(params).map(([key, param]) => [key, param.value]));
}
