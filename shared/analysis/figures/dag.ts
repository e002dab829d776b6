import { type FlowEdge, type FlowModel } from '../flow';

/*
 * The map with its loops opened (lead's decision for §b2's lead times): the back edges found by
 * the depth-first search are removed, which leaves a DAG. A node is live when an end can still
 * be reached from it in that DAG; a branch that only leads back into a loop (a rework branch)
 * is not a path from start to end, so it is not live. v′ are the visits of the DAG, with each
 * exclusive decision's live branches renormalised to 1, and repeats(a) = v(a) ÷ v′(a): how
 * many times the loops around a step make a case do it.
 */

export type Dag = {
  /** Flow node ids, every forward edge going from an earlier to a later one. */
  topological: string[];
  /** Forward edges out of each node whose target is live. */
  liveOut: Map<string, FlowEdge[]>;
  live: Set<string>;
  /** v′: expected visits with no loop taken. */
  dagVisits: Map<string, number>;
};

export function openLoops(flow: FlowModel): Dag {
  const topological = topologicalOrder(flow);
  const live = new Set<string>();
  const liveOut = new Map<string, FlowEdge[]>();
  const ends = new Set(flow.ends);
  for (const id of [...topological].reverse()) {
    const out = (flow.outgoing.get(id) ?? []).filter((e) => !e.back && live.has(e.target));
    liveOut.set(id, out);
    if (ends.has(id) || out.length > 0) live.add(id);
  }
  const dagVisits = new Map<string, number>();
  for (const id of flow.starts) dagVisits.set(id, 1 / flow.starts.length);
  for (const id of topological) {
    const visits = (dagVisits.get(id) ?? 0) * joinScale(flow, id);
    dagVisits.set(id, visits);
    for (const [edge, share] of openedShares(flow, id, liveOut.get(id) ?? [])) {
      dagVisits.set(edge.target, (dagVisits.get(edge.target) ?? 0) + visits * share);
    }
  }
  return { topological, liveOut, live, dagVisits };
}

/**
 * The share of a node's cases that takes each live forward edge: out of an exclusive or
 * inclusive decision the edge's probability, renormalised over the live branches so a case
 * that does not loop leaves by one of them (an inclusive decision is treated as exclusive
 * here: which branches run together is not modelled); every other edge carries all the cases.
 */
export function branchShares(
  flow: FlowModel,
  id: string,
  edges: readonly FlowEdge[],
): [FlowEdge, number][] {
  const node = flow.nodes.get(id);
  const branching = node?.kind === 'decision' && node.gateway !== 'parallel';
  if (!branching) return edges.map((edge) => [edge, 1]);
  const total = edges.reduce((sum, edge) => sum + edge.factor, 0);
  return edges.map((edge) => [edge, total > 0 ? edge.factor / total : 1 / edges.length]);
}

/**
 * What carries v′ along the DAG: an exclusive decision's live branches renormalised to 1 (the
 * cases that did not loop leave by one of them); an inclusive decision's branches keep their
 * own shares (several may run, as in visits.ts); every other edge carries all the cases.
 */
function openedShares(
  flow: FlowModel,
  id: string,
  edges: readonly FlowEdge[],
): [FlowEdge, number][] {
  if (flow.nodes.get(id)?.gateway === 'inclusive') return edges.map((edge) => [edge, edge.factor]);
  return branchShares(flow, id, edges);
}

export function repeatsOf(dag: Dag, visits: Map<string, number>, id: string): number {
  const opened = dag.dagVisits.get(id) ?? 0;
  return opened > 0 ? (visits.get(id) ?? 0) / opened : 1;
}

/** A parallel join runs once for all its branches (as in visits.ts, over forward edges). */
function joinScale(flow: FlowModel, id: string): number {
  const node = flow.nodes.get(id);
  const arriving = (flow.incoming.get(id) ?? []).filter((edge) => !edge.back).length;
  return node?.gateway === 'parallel' && arriving > 1 ? 1 / arriving : 1;
}

/** Kahn's algorithm over the forward edges, seeded in flow order so the result is stable. */
function topologicalOrder(flow: FlowModel): string[] {
  const waiting = new Map<string, number>();
  for (const id of flow.order) {
    waiting.set(id, (flow.incoming.get(id) ?? []).filter((edge) => !edge.back).length);
  }
  const ready = flow.order.filter((id) => waiting.get(id) === 0).reverse();
  const order: string[] = [];
  for (let id = ready.pop(); id !== undefined; id = ready.pop()) {
    order.push(id);
    const next: string[] = [];
    for (const edge of flow.outgoing.get(id) ?? []) {
      if (edge.back) continue;
      const left = (waiting.get(edge.target) ?? 0) - 1;
      waiting.set(edge.target, left);
      if (left === 0) next.push(edge.target);
    }
    ready.push(...next.reverse());
  }
  return order;
}
