import type { ProcessGraph } from '../process';
import type { AnalysisFinding, AnalysisRuleId, FindingParam, FindingSeverity } from './types';

/** A finding, keyed by its rule and the elements it names (sorted: order does not matter). */
export function finding(
  rule: AnalysisRuleId,
  severity: FindingSeverity,
  elementIds: readonly string[],
  params: Record<string, FindingParam> = {},
  variant?: string,
): AnalysisFinding {
  const key = [rule, variant ?? '', ...[...elementIds].sort()].join('|');
  return {
    rule,
    severity,
    key,
    elementIds: [...elementIds],
    params,
    ...(variant ? { variant } : {}),
  };
}

export const text = (value: string): FindingParam => ({ type: 'text', value });
export const count = (value: number): FindingParam => ({ type: 'count', value });
export const minutes = (value: number): FindingParam => ({ type: 'minutes', value });
export const share = (value: number): FindingParam => ({ type: 'share', value });
export const money = (value: number): FindingParam => ({ type: 'money', value });

/** The dismissal the user gave this finding, if any (kept in the graph's analysis data). */
export function dismissalOf(graph: ProcessGraph, found: AnalysisFinding) {
  return graph.analysis?.dismissed?.find((entry) => entry.key === found.key) ?? null;
}
