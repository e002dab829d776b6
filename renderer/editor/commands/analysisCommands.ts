import type {
  GatewayType,
  ProcessAnalysisData,
  ProcessEdge,
  ProcessGraph,
} from '../../../shared/process';

/*
 * Edits of the data the process analysis needs beyond a step's activity details
 * (PROCESS-ANALYSIS.md §0): a decision's gateway type, a branch's probability and outcome, and
 * the process's own analysis data. Pure, like the other commands: the same graph back when
 * nothing changes, so the history records no empty step.
 */

/** Sets a decision's gateway type; exclusive is the default and is stored as absent. */
export function setGateway(graph: ProcessGraph, id: string, gateway: GatewayType): ProcessGraph {
  const node = graph.nodes.find((candidate) => candidate.id === id);
  if (!node || node.kind !== 'decision' || (node.gateway ?? 'exclusive') === gateway) return graph;
  return {
    ...graph,
    nodes: graph.nodes.map((n) => {
      if (n.id !== id) return n;
      const { gateway: _old, ...rest } = n;
      return gateway === 'exclusive' ? rest : { ...rest, gateway };
    }),
  };
}

export type BranchData = Pick<ProcessEdge, 'probability' | 'outcome'>;

/** Sets a connector's branch probability and outcome (null or absent: not given). */
export function setBranch(graph: ProcessGraph, id: string, branch: BranchData): ProcessGraph {
  const edge = graph.edges.find((candidate) => candidate.id === id);
  if (!edge) return graph;
  // A copy, changed in place: null removes the field (not given), undefined leaves it.
  const next: ProcessEdge = { ...edge };
  if (branch.probability === null) delete next.probability;
  else if (branch.probability !== undefined) next.probability = branch.probability;
  if (branch.outcome === null) delete next.outcome;
  else if (branch.outcome !== undefined) next.outcome = branch.outcome;
  if (next.probability === edge.probability && next.outcome === edge.outcome) return graph;
  return { ...graph, edges: graph.edges.map((e) => (e.id === id ? next : e)) };
}

/** Replaces the process's analysis data with `change` applied (fields set to null are dropped). */
export function setAnalysisData(
  graph: ProcessGraph,
  change: Partial<ProcessAnalysisData>,
): ProcessGraph {
  const current = graph.analysis ?? {};
  const merged = Object.fromEntries(
    Object.entries({ ...current, ...change }).filter(
      ([, value]) => value !== null && value !== undefined,
    ),
  ) as ProcessAnalysisData;
  const keys = new Set([...Object.keys(current), ...Object.keys(merged)]);
  const same = [...keys].every(
    (key) => merged[key as keyof ProcessAnalysisData] === current[key as keyof ProcessAnalysisData],
  );
  if (same) return graph;
  if (Object.keys(merged).length === 0) {
    const { analysis: _old, ...rest } = graph;
    return rest;
  }
  return { ...graph, analysis: merged };
}
