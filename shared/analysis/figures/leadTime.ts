import type { FlowModel } from '../flow';
import type { LeadTimes } from '../types';
import { branchShares, repeatsOf, type Dag } from './dag';
import type { StepTimes } from './times';

/*
 * Lead times (PROCESS-ANALYSIS.md §b2), by dynamic programming over the DAG of dag.ts from the
 * ends back to the starts: each node gets the time remaining from it to an end, so no block
 * structure is needed. Lead's decisions where §b2 is silent:
 * - D(a) = (work + wait) × repeats(a) (§b2 "times repeats if inside a loop"). A rework branch
 *   that only leads back (not live) is no path, but its steps still take time: their
 *   v·(work + wait) is added to the live node the branch leaves from, per pass of that node.
 * - critical: XOR = max, AND = max, with D.  best: XOR = min, AND = max, work + wait only (no
 *   rework).  expected: XOR = Σ p·LT over the live branches (renormalised), AND = max, with D.
 * - Anything that is not a branching decision and has 2+ live ways out (a parallel decision,
 *   an activity with two outgoing flows, a start) runs them all: AND.
 * - Several starts share the case (as in visits.ts): critical = max, best = min, expected =
 *   their mean.
 */

export type LeadTimeResult = {
  leadTime: LeadTimes;
  /** Start to end along the longest branches. */
  criticalPath: string[];
};

type Remaining = { critical: number; best: number; expected: number; next: string | null };

export function leadTimes(
  flow: FlowModel,
  dag: Dag,
  visits: Map<string, number>,
  steps: readonly StepTimes[],
): LeadTimeResult | null {
  const { elapsed, bare } = durations(flow, dag, visits, steps);
  const remaining = new Map<string, Remaining>();
  for (const id of [...dag.topological].reverse()) {
    if (!dag.live.has(id)) continue;
    const own = elapsed.get(id) ?? 0;
    const ownBare = bare.get(id) ?? 0;
    const shares = branchShares(flow, id, dag.liveOut.get(id) ?? []);
    const node = flow.nodes.get(id);
    const branching = node?.kind === 'decision' && node.gateway !== 'parallel';
    let critical = 0;
    let best = branching && shares.length > 0 ? Infinity : 0;
    let expected = 0;
    let next: string | null = null;
    for (const [edge, share] of shares) {
      const after = remaining.get(edge.target);
      if (!after) continue;
      if (next === null || after.critical > critical) {
        critical = after.critical;
        next = edge.target;
      }
      best = branching ? Math.min(best, after.best) : Math.max(best, after.best);
      expected = branching ? expected + share * after.expected : Math.max(expected, after.expected);
    }
    remaining.set(id, {
      critical: own + critical,
      best: ownBare + best,
      expected: own + expected,
      next,
    });
  }
  const starts = flow.starts.flatMap((id) => {
    const from = remaining.get(id);
    return from ? [{ id, ...from }] : [];
  });
  const first = starts.reduce<(typeof starts)[number] | undefined>(
    (longest, s) => (longest === undefined || s.critical > longest.critical ? s : longest),
    undefined,
  );
  if (!first) return null;
  const criticalPath: string[] = [];
  for (let id: string | null = first.id; id !== null; id = remaining.get(id)?.next ?? null) {
    criticalPath.push(id);
  }
  return {
    leadTime: {
      critical: first.critical,
      best: Math.min(...starts.map((s) => s.best)),
      expected: starts.reduce((sum, s) => sum + s.expected, 0) / starts.length,
    },
    criticalPath,
  };
}

/** D(n) with repeats and rework excursions, and the bare work + wait of one pass. */
function durations(
  flow: FlowModel,
  dag: Dag,
  visits: Map<string, number>,
  steps: readonly StepTimes[],
): { elapsed: Map<string, number>; bare: Map<string, number> } {
  const bare = new Map(steps.map((s) => [s.node.id, (s.work ?? 0) + (s.wait ?? 0)]));
  const elapsed = new Map<string, number>();
  for (const id of dag.topological) {
    elapsed.set(id, (bare.get(id) ?? 0) * repeatsOf(dag, visits, id));
  }
  // A step off every path: charged to the live node its branch leaves from (its first
  // forward predecessor, or that one's owner), spread over that node's passes.
  const owner = new Map<string, string>();
  for (const id of dag.topological) {
    if (dag.live.has(id)) continue;
    const from = (flow.incoming.get(id) ?? []).find((edge) => !edge.back)?.source;
    if (from === undefined) continue;
    const at = dag.live.has(from) ? from : owner.get(from);
    if (at === undefined) continue;
    owner.set(id, at);
    const passes = dag.dagVisits.get(at) ?? 0;
    const time = (visits.get(id) ?? 0) * (bare.get(id) ?? 0);
    if (passes > 0) elapsed.set(at, (elapsed.get(at) ?? 0) + time / passes);
  }
  return { elapsed, bare };
}
