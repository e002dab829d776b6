import { count, finding, minutes, share, text } from '../findings';
import type { AnalysisFinding } from '../types';
import type { RuleContext } from './context';
import { eliminateLoopRules } from './eliminateLoops';
import { esiaContext, factsOf, oneDecimal, type EsiaContext } from './esiaContext';
import { keysOf } from './objects';
import { uniqueFindings } from './paths';
import { distinctActors, roleList, type StepFacts } from './steps';

/** Rules E1–E9 of PROCESS-ANALYSIS.md §c1 (清除): steps the case could do without. */
export function eliminateRules(context: RuleContext): AnalysisFinding[] {
  const esia = esiaContext(context);
  return uniqueFindings([
    ...serialApprovals(esia),
    ...repeatedChecks(esia),
    ...passOnSteps(esia),
    ...outputlessWaste(esia),
    ...longWaits(esia),
    ...eliminateLoopRules(esia),
  ]);
}

/** E1: ≥ 2 approvals by ≥ 2 roles in one run with no VA step between them (审批制 → 备案制). */
function serialApprovals(context: EsiaContext): AnalysisFinding[] {
  const found: AnalysisFinding[] = [];
  const report = (group: StepFacts[]) => {
    const roles = distinctActors(group);
    const [first, second] = group;
    if (!first || !second || roles.length < 2) return;
    found.push(
      finding(
        'E1',
        'hint',
        group.map((s) => s.id),
        {
          a1: text(first.label),
          a2: text(second.label),
          n: count(group.length),
          roles: text(roleList(roles)),
        },
      ),
    );
  };
  for (const run of context.runs) {
    let group: StepFacts[] = [];
    for (const step of factsOf(context, run)) {
      if (step.approval) group.push(step);
      else if (step.valueClass === 'VA') {
        report(group);
        group = [];
      }
    }
    report(group);
  }
  return found;
}

/**
 * E2: two checks (inspections or approvals) of the same object on one path, with no step
 * between them putting out a new version of it. The checks of one object that follow one
 * another so make one finding; W when one role checks it twice.
 */
function repeatedChecks(context: EsiaContext): AnalysisFinding[] {
  const checks = context.stepList.filter((s) => s.approval || s.inspection);
  const producers = producersOf(context);
  const changedBetween = (from: string, to: string, key: string) =>
    (producers.get(key) ?? []).some(
      (id) => id !== to && context.reaches(from, id) && context.reaches(id, to),
    );
  const checksOf = new Map<string, StepFacts[]>();
  for (const check of checks) {
    for (const { key } of check.objects) checksOf.set(key, [...(checksOf.get(key) ?? []), check]);
  }
  const found: AnalysisFinding[] = [];
  const grouped = new Set<string>();
  for (const first of checks) {
    for (const object of first.objects) {
      if (grouped.has(`${object.key}|${first.id}`)) continue;
      const group = [first];
      for (const later of checksOf.get(object.key) ?? []) {
        const last = group.at(-1) ?? first;
        if (!context.reaches(last.id, later.id)) continue;
        if (changedBetween(last.id, later.id, object.key)) continue;
        group.push(later);
      }
      const [a, b] = group;
      if (!a || !b) continue;
      for (const step of group) grouped.add(`${object.key}|${step.id}`);
      const performers = group.flatMap((s) => (s.actorKey ? [s.actorKey] : []));
      const sameRole = new Set(performers).size < performers.length;
      found.push(
        finding(
          'E2',
          sameRole ? 'warning' : 'hint',
          group.map((s) => s.id),
          { obj: text(object.name), n: count(group.length), a: text(a.label), b: text(b.label) },
        ),
      );
    }
  }
  return found;
}

/** The steps that declare each object among their outputs (a new version of it). */
function producersOf(context: EsiaContext): Map<string, string[]> {
  const producers = new Map<string, string[]>();
  for (const step of context.stepList) {
    for (const key of keysOf(step.outputs))
      producers.set(key, [...(producers.get(key) ?? []), step.id]);
  }
  return producers;
}

/**
 * E3: a hand-off step (flag or pass-on verb) of little work, not VA, that changes nothing (no
 * output, or puts out what it took in), between steps of other roles on both sides.
 */
function passOnSteps(context: EsiaContext): AnalysisFinding[] {
  const limit = context.thresholds.trivialWorkMinutes;
  return context.stepList.flatMap((step) => {
    if (!step.handOff || step.valueClass === 'VA' || !step.actorKey) return [];
    if (step.workMinutes === null || step.workMinutes > limit) return [];
    const inputKeys = keysOf(step.inputs);
    if ([...keysOf(step.outputs)].some((key) => !inputKeys.has(key))) return [];
    const before = factsOf(context, context.predecessors.get(step.id) ?? []);
    const after = factsOf(context, context.successors.get(step.id)?.keys() ?? []);
    const others = (list: StepFacts[]) =>
      list.length > 0 && list.every((s) => s.actorKey !== null && s.actorKey !== step.actorKey);
    const [prev] = before;
    const [next] = after;
    if (!prev || !next || !others(before) || !others(after)) return [];
    const object = step.objects[0]?.name ?? '';
    return [
      finding(
        'E3',
        'hint',
        [step.id],
        { a: text(step.label), obj: text(object), prev: text(prev.label), next: text(next.label) },
        object ? undefined : 'noObject',
      ),
    ];
  });
}

/** E4: NVA, no output, and not a check (a check's output is its verdict). */
function outputlessWaste(context: EsiaContext): AnalysisFinding[] {
  return context.stepList
    .filter((s) => s.valueClass === 'NVA' && s.outputs.length === 0 && !s.approval && !s.inspection)
    .map((s) => finding('E4', 'hint', [s.id], { a: text(s.label) }));
}

/**
 * E5: a wait of a day or more that is ten times the step's work or more; at process level,
 * waiting that makes up nearly all of the lead time (naming the three longest waits).
 */
function longWaits(context: EsiaContext): AnalysisFinding[] {
  const { longWaitMinutes, waitToWorkRatio, processWaitShare } = context.thresholds;
  const found = context.stepList.flatMap((step) => {
    // Unknown work is no ratio (coverage asks for it); a queue step's 0 minutes is known.
    const { waitMinutes: wait, workMinutes: work } = step;
    if (wait === null || work === null) return [];
    if (wait < longWaitMinutes || wait < waitToWorkRatio * work) return [];
    const params = { a: text(step.label), wait: minutes(wait) };
    if (work <= 0) return [finding('E5', 'hint', [step.id], params, 'noWork')];
    return [finding('E5', 'hint', [step.id], { ...params, k: count(oneDecimal(wait / work)) })];
  });
  const leadTime = context.figures.leadTime?.expected ?? 0;
  const waitShare = leadTime > 0 ? context.figures.waitMinutes / leadTime : 0;
  if (leadTime > 0 && waitShare >= processWaitShare) {
    const longest = context.stepList
      .filter((s) => (s.waitMinutes ?? 0) > 0 && s.visits > 0)
      .sort((x, y) => y.visits * (y.waitMinutes ?? 0) - x.visits * (x.waitMinutes ?? 0))
      .slice(0, 3);
    const ids = context.flow.order.filter((id) => longest.some((s) => s.id === id));
    found.push(
      finding(
        'E5',
        'hint',
        ids,
        { wait: minutes(context.figures.waitMinutes), share: share(waitShare) },
        'process',
      ),
    );
  }
  return found;
}
