import { isBranching, type FlowEdge, type FlowModel } from '../flow';
import type { ReworkLoop } from '../types';
import type { Dag } from './dag';

/*
 * Rework loops and rolled yield (PROCESS-ANALYSIS.md §b3).
 * - A rework loop is a back edge (DFS from the starts) that leaves a decision, directly or at
 *   the end of a rework branch (steps after the decision that only lead back, e.g. 修改). Its
 *   probability is the declared share of the decision's branch; its check is the nearest
 *   inspection or approval before the decision; its body is every node on a cycle through the
 *   back edge. Extra minutes per case = the loop's traversals × Σ work in the body, where the
 *   traversals are v(source)·share of the back edge: for a single loop this is §b3's
 *   (v(loop entry) − 1) × Σ work, and nested loops each count their own returns.
 * - Rolled yield RTY = Π fpy(a)/100 over the activities of the critical path (100 % when a
 *   step gives none).
 */

export function reworkLoops(flow: FlowModel, dag: Dag, visits: Map<string, number>): ReworkLoop[] {
  const loops: ReworkLoop[] = [];
  for (const edges of flow.outgoing.values()) {
    for (const back of edges) {
      if (!back.back) continue;
      const branch = reworkBranch(flow, dag, back);
      if (!branch) continue;
      const body = loopBody(flow, back);
      const work = body.reduce((sum, id) => {
        const node = flow.nodes.get(id);
        return sum + (node?.kind === 'activity' ? (node.node.activity?.workMinutes ?? 0) : 0);
      }, 0);
      const share = isBranching(flow.nodes.get(back.source)) ? back.factor : 1;
      loops.push({
        decisionId: branch.source,
        checkId: nearestCheck(flow, branch.source),
        targetId: back.target,
        edgeId: branch.id,
        probability: branch.declaredPercent === null ? null : branch.declaredPercent / 100,
        extraMinutesPerCase: (visits.get(back.source) ?? 0) * share * work,
        bodyIds: body,
      });
    }
  }
  return loops;
}

/** The edge by which a decision sends the case back: the back edge or its branch's first edge. */
function reworkBranch(flow: FlowModel, dag: Dag, back: FlowEdge): FlowEdge | null {
  let edge = back;
  const seen = new Set<string>();
  for (;;) {
    const source = flow.nodes.get(edge.source);
    if (!source || seen.has(source.id)) return null;
    seen.add(source.id);
    if (source.kind === 'decision') return source.gateway === 'parallel' ? null : edge;
    // A live step returns by choice of its own (an implicit split), not a decision's.
    if (dag.live.has(source.id)) return null;
    const into = (flow.incoming.get(source.id) ?? []).find((e) => !e.back);
    if (!into) return null;
    edge = into;
  }
}

/** Nodes on a cycle through the back edge, in flow order. */
function loopBody(flow: FlowModel, back: FlowEdge): string[] {
  const fromTarget = reach(back.target, (id) => flow.outgoing.get(id), 'target');
  const toSource = reach(back.source, (id) => flow.incoming.get(id), 'source');
  return flow.order.filter((id) => fromTarget.has(id) && toSource.has(id));
}

function reach(
  from: string,
  edgesOf: (id: string) => FlowEdge[] | undefined,
  end: 'source' | 'target',
): Set<string> {
  const seen = new Set([from]);
  const queue = [from];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    for (const edge of edgesOf(id) ?? []) {
      const next = edge[end];
      if (edge.back || seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return seen;
}

/** The closest inspection or approval step upstream of the decision (forward edges only). */
function nearestCheck(flow: FlowModel, decisionId: string): string | null {
  const seen = new Set([decisionId]);
  let level = [decisionId];
  while (level.length > 0) {
    const next: string[] = [];
    for (const id of level) {
      for (const edge of flow.incoming.get(id) ?? []) {
        if (edge.back || seen.has(edge.source)) continue;
        seen.add(edge.source);
        const details = flow.nodes.get(edge.source)?.node.activity;
        if (details?.isInspection || details?.isApproval) return edge.source;
        next.push(edge.source);
      }
    }
    level = next;
  }
  return null;
}

export function rolledYield(flow: FlowModel, criticalPath: readonly string[]): number {
  return criticalPath.reduce((product, id) => {
    const node = flow.nodes.get(id);
    if (node?.kind !== 'activity') return product;
    return product * ((node.node.activity?.firstPassYield ?? 100) / 100);
  }, 1);
}
