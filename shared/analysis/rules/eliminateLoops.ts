import { count, finding, minutes, share, text } from '../findings';
import type { AnalysisFinding, ReworkLoop } from '../types';
import { everyCase, factsOf, oneDecimal, type EsiaContext } from './esiaContext';
import { rejectAfter } from './paths';
import { distinctActors, inFlowOrder } from './steps';

/** Rules E6–E9 of §c1: rework, ping-pong, duplicated steps, approvals that reject nothing. */
export function eliminateLoopRules(context: EsiaContext): AnalysisFinding[] {
  return [
    ...reworkLoops(context),
    ...pingPong(context),
    ...duplicatedSteps(context),
    ...rarelyRejectingApprovals(context),
  ];
}

/**
 * E6: a loop back out of the decision right after a check (the figures' rework loops, §b3;
 * a loop out of a decision that follows ordinary work, such as "medical report needed?", is
 * no rework). The work returns to the first step of the loop's branch. W while the loop's
 * probability is not given (the extra minutes then rest on an equal split), else H.
 */
function reworkLoops(context: EsiaContext): AnalysisFinding[] {
  return context.figures.reworkLoops.flatMap((loop) => {
    const { checkId } = loop;
    if (!checkId || !decidesRightAfter(context, checkId, loop.decisionId)) return [];
    const target = firstStepBack(context, loop) ?? loop.targetId;
    const ids = inFlowOrder(context.flow, [target, checkId]);
    const params = {
      check: text(context.label(checkId)),
      target: text(context.label(target)),
      extra: minutes(loop.extraMinutesPerCase),
    };
    if (loop.probability === null) return [finding('E6', 'warning', ids, params, 'unset')];
    return [finding('E6', 'hint', ids, { ...params, p: share(loop.probability) })];
  });
}

/** The decision is reached from the check through no other activity. */
function decidesRightAfter(context: EsiaContext, checkId: string, decisionId: string): boolean {
  const seen = new Set([checkId]);
  const stack = [checkId];
  for (let at = stack.pop(); at !== undefined; at = stack.pop()) {
    for (const edge of context.flow.outgoing.get(at) ?? []) {
      if (edge.target === decisionId) return true;
      const kind = context.flow.nodes.get(edge.target)?.kind;
      if (kind === 'activity' || seen.has(edge.target)) continue;
      seen.add(edge.target);
      stack.push(edge.target);
    }
  }
  return false;
}

/** The first activity on the decision's branch back into the loop (the loop's edge). */
function firstStepBack(context: EsiaContext, loop: ReworkLoop): string | null {
  const branch = context.flow.outgoing.get(loop.decisionId)?.find((e) => e.id === loop.edgeId);
  let at = branch?.target;
  const seen = new Set<string>();
  while (at && !seen.has(at) && context.flow.nodes.get(at)?.kind !== 'activity') {
    seen.add(at);
    at = context.flow.outgoing.get(at)?.[0]?.target;
  }
  return at && context.steps.has(at) ? at : null;
}

/**
 * E7: work that goes r₁ → r₂ → r₁ (r₂ may do several steps: still two hand-offs), or a rework
 * loop whose steps two roles share. One finding per pair of roles; n = the expected hand-offs
 * between the two per case (§b3, traversals weighted by visits).
 */
function pingPong(context: EsiaContext): AnalysisFinding[] {
  const pairs = new Map<string, Set<string>>();
  const record = (first: string, second: string, ids: Iterable<string>) => {
    const key = [first, second].sort().join('\n');
    const steps = pairs.get(key) ?? new Set<string>();
    for (const id of ids) steps.add(id);
    pairs.set(key, steps);
  };
  for (const step of context.stepList) {
    const r1 = step.actorKey;
    if (!r1) continue;
    for (const middle of factsOf(context, context.successors.get(step.id)?.keys() ?? [])) {
      const r2 = middle.actorKey;
      if (!r2 || r2 === r1) continue;
      for (const [back, via] of returnsTo(context, middle, r1)) {
        record(r1, r2, [step.id, ...via, back]);
      }
    }
  }
  for (const loop of context.figures.reworkLoops) {
    const body = factsOf(context, loop.bodyIds);
    const actors = [...new Set(body.flatMap((s) => (s.actorKey ? [s.actorKey] : [])))];
    const [r1, r2] = actors;
    if (actors.length === 2 && r1 && r2)
      record(
        r1,
        r2,
        body.map((s) => s.id),
      );
  }
  return [...pairs].map(([key, ids]) => {
    const steps = factsOf(context, inFlowOrder(context.flow, ids));
    const [r1Name = '', r2Name = ''] = distinctActors(steps);
    const pair = new Set(key.split('\n'));
    return finding(
      'E7',
      'hint',
      steps.map((s) => s.id),
      {
        r1: text(r1Name),
        r2: text(r2Name),
        n: count(oneDecimal(handOffsWithin(context, pair))),
      },
    );
  });
}

/** From `middle` on through its own role's steps: the steps of `role` reached next, with the way. */
function returnsTo(
  context: EsiaContext,
  middle: { id: string; actorKey: string | null },
  role: string,
) {
  const found = new Map<string, string[]>();
  const stack: { id: string; via: string[] }[] = [{ id: middle.id, via: [middle.id] }];
  const seen = new Set([middle.id]);
  for (let at = stack.pop(); at; at = stack.pop()) {
    for (const next of factsOf(context, context.successors.get(at.id)?.keys() ?? [])) {
      if (next.actorKey === role) found.set(next.id, at.via);
      else if (next.actorKey === middle.actorKey && !seen.has(next.id)) {
        seen.add(next.id);
        stack.push({ id: next.id, via: [...at.via, next.id] });
      }
    }
  }
  return found;
}

/** Expected hand-offs per case between the two performers, both ways. */
function handOffsWithin(context: EsiaContext, pair: ReadonlySet<string>): number {
  let total = 0;
  for (const step of context.stepList) {
    if (!step.actorKey || !pair.has(step.actorKey)) continue;
    for (const [id, part] of context.successors.get(step.id) ?? []) {
      const next = context.steps.get(id)?.actorKey;
      if (next && next !== step.actorKey && pair.has(next)) total += step.visits * part;
    }
  }
  return total;
}

/** E8: two steps of the process with the same verb and the same object (obj of the label). */
function duplicatedSteps(context: EsiaContext): AnalysisFinding[] {
  const groups = new Map<string, string[]>();
  for (const step of context.stepList) {
    if (!step.labelObject) continue;
    const key = `${step.verb?.verb ?? ''}|${step.labelObject}`;
    groups.set(key, [...(groups.get(key) ?? []), step.id]);
  }
  return [...groups.values()].flatMap((ids) => {
    const [a, b] = ids;
    if (!a || !b) return [];
    return [finding('E8', 'hint', ids, { a: text(context.label(a)), b: text(context.label(b)) })];
  });
}

/**
 * E9: an approval every case passes, with VA work after it, that rejects no more than the
 * threshold share (or cannot reject at all: no decision follows it). An approval whose
 * decision's branches say no outcome is left alone: its reject rate is not known.
 */
function rarelyRejectingApprovals(context: EsiaContext): AnalysisFinding[] {
  const limit = context.thresholds.rareRejectPercent / 100;
  const valueSteps = context.stepList.filter((s) => s.valueClass === 'VA').map((s) => s.id);
  return context.stepList.flatMap((step) => {
    if (!step.approval || !everyCase(step)) return [];
    const gatesValue = valueSteps.some((id) => context.reaches(step.id, id));
    if (!gatesValue) return [];
    const after = rejectAfter(context.flow, step.id);
    if (after.kind === 'unknown') return [];
    const rejected = after.kind === 'share' ? after.share : 0;
    if (rejected > limit + 1e-12) return [];
    return [finding('E9', 'hint', [step.id], { a: text(step.label), p: share(rejected) })];
  });
}
