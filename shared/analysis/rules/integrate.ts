import { count, finding, text } from '../findings';
import type { AnalysisFinding } from '../types';
import type { RuleContext } from './context';
import { customerContacts } from './customer';
import { esiaContext, factsOf, oneDecimal, type EsiaContext } from './esiaContext';
import { keysOf } from './objects';
import { soleSuccessor, uniqueFindings } from './paths';
import { distinctActors, type StepFacts } from './steps';

/** Rules I1–I5 of PROCESS-ANALYSIS.md §c3 (整合): fewer hands on one case. */
export function integrateRules(context: RuleContext): AnalysisFinding[] {
  const esia = esiaContext(context);
  return uniqueFindings([
    ...simpleRunsAcrossRoles(esia),
    ...customerContacts(esia),
    ...manyHandOffs(esia),
    ...independentNeighbours(esia),
    ...singleStepRoles(esia),
  ]);
}

/**
 * I1: simple steps (work known and short, no approval) in a run that passes through several
 * roles. A lane draws one role's part as one box or several, so the "role change at every
 * step" of §c3 is read over the role's parts: k counts the steps, n the roles (at least the
 * run length, like k), h the role changes. The insurer's file, going desk to desk through
 * three departments in eleven short steps, is what the rule is for.
 */
function simpleRunsAcrossRoles(context: EsiaContext): AnalysisFinding[] {
  const { runLength, simpleWorkMinutes } = context.thresholds;
  const simple = (s: StepFacts) =>
    !s.approval &&
    s.actorKey !== null &&
    s.workMinutes !== null &&
    s.workMinutes <= simpleWorkMinutes;
  const found: AnalysisFinding[] = [];
  const report = (part: StepFacts[]) => {
    const roles = distinctActors(part);
    const first = part[0];
    const last = part.at(-1);
    if (part.length < runLength || roles.length < runLength || !first || !last) return;
    const changes = part.slice(1).filter((s, i) => s.actorKey !== part[i]?.actorKey).length;
    found.push(
      finding(
        'I1',
        'hint',
        part.map((s) => s.id),
        {
          a1: text(first.label),
          ak: text(last.label),
          k: count(part.length),
          n: count(roles.length),
          h: count(changes),
        },
      ),
    );
  };
  for (const run of context.runs) {
    let part: StepFacts[] = [];
    for (const step of factsOf(context, run)) {
      if (simple(step)) part.push(step);
      else {
        report(part);
        part = [];
      }
    }
    report(part);
  }
  return found;
}

/** I3: many hand-offs per case or per step (names the steps a hand-off leaves from). */
function manyHandOffs(context: EsiaContext): AnalysisFinding[] {
  const handOffs = context.figures.handOffs.roles;
  const activities = context.figures.activityCount;
  const ratio = activities > 0 ? handOffs / activities : 0;
  const { handOffRatio, manyHandOffs: many } = context.thresholds;
  if (handOffs <= 0 || (ratio < handOffRatio && handOffs < many)) return [];
  const ids = context.stepList
    .filter((step) =>
      factsOf(context, context.successors.get(step.id)?.keys() ?? []).some(
        (next) =>
          next.actorKey !== null && step.actorKey !== null && next.actorKey !== step.actorKey,
      ),
    )
    .map((step) => step.id);
  return [
    finding('I3', 'hint', ids, {
      H: count(oneDecimal(handOffs)),
      ratio: count(Math.round(ratio * 100) / 100),
    }),
  ];
}

/**
 * I4: a → b in sequence, by different roles, both with declared inputs and outputs, b using
 * none of a's outputs, and a no check that decides whether b happens: b could run beside a.
 */
function independentNeighbours(context: EsiaContext): AnalysisFinding[] {
  return context.stepList.flatMap((a) => {
    if (a.approval || a.inspection || a.outputs.length === 0 || !a.actorKey) return [];
    const next = soleSuccessor(context.flow, a.id);
    const b = next ? context.steps.get(next) : undefined;
    if (!b || b.inputs.length === 0 || !b.actorKey || b.actorKey === a.actorKey) return [];
    const made = keysOf(a.outputs);
    if ([...keysOf(b.inputs)].some((key) => made.has(key))) return [];
    return [finding('I4', 'hint', [a.id, b.id], { a: text(a.label), b: text(b.label) })];
  });
}

/** I5: a role whose only step in the process is short and not an approval. */
function singleStepRoles(context: EsiaContext): AnalysisFinding[] {
  const byRole = new Map<string, StepFacts[]>();
  for (const step of context.stepList) {
    if (!step.actorKey || step.visits <= 0) continue;
    byRole.set(step.actorKey, [...(byRole.get(step.actorKey) ?? []), step]);
  }
  if (byRole.size < 2) return [];
  const limit = context.thresholds.singleStepMinutes;
  return [...byRole.values()].flatMap((steps) => {
    const [only] = steps;
    if (!only || steps.length !== 1 || only.approval) return [];
    if (only.workMinutes === null || only.workMinutes > limit) return [];
    return [
      finding('I5', 'hint', [only.id], {
        role: text(only.actorName),
        a: text(only.label),
        work: count(only.workMinutes),
      }),
    ];
  });
}
