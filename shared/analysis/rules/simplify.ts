import { count, finding, share, text } from '../findings';
import type { AnalysisFinding } from '../types';
import type { RuleContext } from './context';
import { esiaContext, everyCase, type EsiaContext } from './esiaContext';
import { toObject } from './objects';
import { rejectAfter, uniqueFindings } from './paths';

/** Rules S1–S5 of PROCESS-ANALYSIS.md §c2 (简化): fewer hands, forms, messages and checks. */
export function simplifyRules(context: RuleContext): AnalysisFinding[] {
  const esia = esiaContext(context);
  return uniqueFindings([
    ...manyHands(esia),
    ...formsFilledTwice(esia),
    ...informOnlySteps(esia),
    ...checksOfEveryCase(esia),
    ...manyApprovals(esia),
  ]);
}

/** S1: a case passes many roles or departments (the insurer: 5 departments, 19 people). */
function manyHands({ figures, thresholds }: EsiaContext): AnalysisFinding[] {
  const roles = figures.actors.length;
  const departments = figures.departmentIds.length;
  if (roles < thresholds.manyRoles && departments < thresholds.manyDepartments) return [];
  return [finding('S1', 'hint', [], { NR: count(roles), ND: count(departments) })];
}

/**
 * S2: one document or form put out by two steps or more (filled in again). Only declared
 * outputs count; forms' fields are not modelled, so the 50 % shared-field half of the rule
 * has nothing to read yet.
 */
function formsFilledTwice(context: EsiaContext): AnalysisFinding[] {
  const makers = new Map<string, { name: string; ids: string[] }>();
  for (const step of context.stepList) {
    for (const output of step.outputs) {
      const object = toObject(output);
      if (!object.key) continue;
      const entry = makers.get(object.key) ?? { name: object.name, ids: [] };
      if (!entry.ids.includes(step.id)) entry.ids.push(step.id);
      makers.set(object.key, entry);
    }
  }
  return [...makers.values()].flatMap(({ name, ids }) => {
    const [a, b] = ids;
    if (!a || !b) return [];
    return [
      finding('S2', 'hint', ids, {
        form: text(name),
        a: text(context.label(a)),
        b: text(context.label(b)),
      }),
    ];
  });
}

/** S3: a short step that only informs (通知, 告知 …), not VA: the role is an I on a step. */
function informOnlySteps(context: EsiaContext): AnalysisFinding[] {
  const limit = context.thresholds.trivialWorkMinutes;
  return context.stepList
    .filter(
      (s) =>
        (s.verb?.kinds.includes('inform') ?? false) &&
        s.workMinutes !== null &&
        s.workMinutes <= limit &&
        s.valueClass !== 'VA',
    )
    .map((s) => finding('S3', 'hint', [s.id], { a: text(s.label), role: text(s.actorName) }));
}

/** S4: an inspection of every case whose reject branch takes no more than the threshold. */
function checksOfEveryCase(context: EsiaContext): AnalysisFinding[] {
  const limit = context.thresholds.rareRejectPercent / 100;
  return context.stepList.flatMap((step) => {
    if (!step.inspection || step.approval || !everyCase(step)) return [];
    const after = rejectAfter(context.flow, step.id);
    if (after.kind !== 'share' || after.share > limit + 1e-12) return [];
    return [finding('S4', 'hint', [step.id], { a: text(step.label), p: share(after.share) })];
  });
}

/** S5: approvals are a large share of the steps, or many per case (names every approval). */
function manyApprovals({ figures, thresholds, stepList }: EsiaContext): AnalysisFinding[] {
  const approvals = figures.approvals;
  const activities = figures.activityCount;
  const ratio = activities > 0 ? approvals / activities : 0;
  if (approvals === 0) return [];
  if (ratio < thresholds.approvalShare && approvals < thresholds.manyApprovals) return [];
  const ids = stepList.filter((s) => s.approval && s.visits > 0).map((s) => s.id);
  return [
    finding('S5', 'hint', ids, {
      N: count(activities),
      NA: count(approvals),
      pct: share(ratio),
    }),
  ];
}
