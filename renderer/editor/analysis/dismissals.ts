import type { AnalysisFinding } from '../../../shared/analysis/types';
import { hasVerbKind } from '../../../shared/analysis/verbs';
import type { ProcessGraph } from '../../../shared/process';

/*
 * The edits the findings list makes (pure, run through the editor's undoable `run`): dismiss
 * a finding with a reason, restore it, and M13's one-click fix.
 */

export const MAX_REASON = 2000;

export function dismissFinding(
  graph: ProcessGraph,
  key: string,
  reason: string,
  at: string,
): ProcessGraph {
  const dismissed = (graph.analysis?.dismissed ?? []).filter((entry) => entry.key !== key);
  return {
    ...graph,
    analysis: {
      ...graph.analysis,
      dismissed: [...dismissed, { key, reason: reason.slice(0, MAX_REASON), at }],
    },
  };
}

export function restoreFinding(graph: ProcessGraph, key: string): ProcessGraph {
  const dismissed = graph.analysis?.dismissed ?? [];
  if (!dismissed.some((entry) => entry.key === key)) return graph;
  return {
    ...graph,
    analysis: { ...graph.analysis, dismissed: dismissed.filter((entry) => entry.key !== key) },
  };
}

/**
 * M13's fix: set the approval / inspection / hand-off flag the step's label verb implies
 * (shared/analysis/verbs: a pass-on verb means a hand-off). Flags already set stay set.
 */
export function setImpliedFlags(graph: ProcessGraph, found: AnalysisFinding): ProcessGraph {
  const ids = new Set(found.elementIds);
  let changed = false;
  const nodes = graph.nodes.map((node) => {
    if (!ids.has(node.id) || !node.activity) return node;
    const label = node.label;
    const flags = {
      isApproval: node.activity.isApproval || hasVerbKind(label, 'approval'),
      isInspection: node.activity.isInspection || hasVerbKind(label, 'inspection'),
      isHandOff: node.activity.isHandOff || hasVerbKind(label, 'passOn'),
    };
    if (
      flags.isApproval === node.activity.isApproval &&
      flags.isInspection === node.activity.isInspection &&
      flags.isHandOff === node.activity.isHandOff
    ) {
      return node;
    }
    changed = true;
    return { ...node, activity: { ...node.activity, ...flags } };
  });
  return changed ? { ...graph, nodes } : graph;
}
