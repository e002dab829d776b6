import { isBranching, nextActivities, type FlowModel } from '../flow';
import type { AnalysisFinding } from '../types';

/*
 * Walking the flow between activities for the ESIA rules: who follows whom (§b `next(a)`),
 * the chains no branch interrupts (§c `run`), what a check is followed by.
 */

/** next(a) for every activity, with shares (back edges included). */
export function successorsOf(flow: FlowModel): Map<string, Map<string, number>> {
  return new Map(flow.activities.map((a) => [a.id, nextActivities(flow, a.id)]));
}

/** The activities each activity is in next() of. */
export function predecessorsOf(
  successors: ReadonlyMap<string, ReadonlyMap<string, number>>,
): Map<string, string[]> {
  const predecessors = new Map<string, string[]>();
  for (const [from, next] of successors) {
    for (const to of next.keys()) predecessors.set(to, [...(predecessors.get(to) ?? []), from]);
  }
  return predecessors;
}

/**
 * The one activity every case goes on to after `id` with no exclusive or inclusive split on
 * the way (events, joins and sub-process shapes are passed through); null when the flow
 * branches, forks or ends there.
 */
export function soleSuccessor(flow: FlowModel, id: string): string | null {
  const found = new Set<string>();
  let branched = false;
  const walk = (from: string, seen: Set<string>) => {
    const edges = flow.outgoing.get(from) ?? [];
    if (from !== id && isBranching(flow.nodes.get(from)) && edges.length > 1) branched = true;
    for (const edge of edges) {
      const target = flow.nodes.get(edge.target);
      if (!target || seen.has(target.id)) continue;
      if (target.kind === 'activity') found.add(target.id);
      else walk(target.id, new Set([...seen, target.id]));
    }
  };
  walk(id, new Set([id]));
  const [only] = found;
  return !branched && found.size === 1 && only !== undefined ? only : null;
}

/**
 * The `run`s of §c: maximal chains a₁…a_k where every case doing aᵢ goes on to aᵢ₊₁ (no split
 * between them). A chain starts at a step no sole successor link leads to; chains that merge
 * share their tail. A ring of links with no way in (a loop no case leaves: M14) is no run.
 */
export function runsOf(flow: FlowModel): string[][] {
  const link = new Map(flow.activities.map((a) => [a.id, soleSuccessor(flow, a.id)]));
  const linked = new Set([...link.values()].filter((id): id is string => id !== null));
  const runs: string[][] = [];
  for (const head of flow.activities) {
    if (linked.has(head.id)) continue;
    const run = [head.id];
    for (let next = link.get(head.id); next && !run.includes(next); next = link.get(next)) {
      run.push(next);
    }
    runs.push(run);
  }
  return runs;
}

/** One finding per key: rules that meet the same steps along two paths report them once. */
export function uniqueFindings(findings: AnalysisFinding[]): AnalysisFinding[] {
  const seen = new Set<string>();
  return findings.filter((found) => !seen.has(found.key) && seen.add(found.key));
}

/**
 * What follows a check: `none` when no decision does (nothing can be rejected), `unknown`
 * when its decision's branches say no outcome, else the share of the step's cases that take
 * a branch marked reject.
 */
export type RejectAfter = { kind: 'none' } | { kind: 'unknown' } | { kind: 'share'; share: number };

export function rejectAfter(flow: FlowModel, id: string): RejectAfter {
  let decisions = 0;
  let withOutcome = 0;
  let share = 0;
  const walk = (from: string, reaching: number, seen: Set<string>) => {
    const node = flow.nodes.get(from);
    const edges = flow.outgoing.get(from) ?? [];
    const branching = from !== id && isBranching(node) && edges.length > 1;
    if (branching) {
      decisions += 1;
      if (edges.some((edge) => edge.outcome !== null)) withOutcome += 1;
    }
    for (const edge of edges) {
      if (branching && edge.outcome === 'reject') share += reaching * edge.factor;
      const target = flow.nodes.get(edge.target);
      if (!target || target.kind === 'activity' || seen.has(target.id)) continue;
      walk(target.id, reaching * edge.factor, new Set([...seen, target.id]));
    }
  };
  walk(id, 1, new Set([id]));
  if (decisions === 0) return { kind: 'none' };
  if (withOutcome === 0) return { kind: 'unknown' };
  return { kind: 'share', share };
}
