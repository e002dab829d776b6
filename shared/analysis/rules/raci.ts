import { RACI } from '../../process';
import { count, finding, text } from '../findings';
import type { FlowNode } from '../flow';
import type { AnalysisFinding } from '../types';
import type { RuleContext } from './context';
import { nameOf, roleName } from './names';
import { laneOf, stepLetters, withLetter, type StepLetters } from './raciLetters';

/*
 * Rules R1–R8 of PROCESS-ANALYSIS.md §c5. Lead's decision (issue 9): a map nobody has filled
 * RACI in for would raise R1 on every step and bury every other finding, so the per-step rules
 * R1, R2, R3, R5, R6 and R7 look only at steps with at least one RACI entry; when no step has
 * one, a single process-level hint (R1, variant `notFilled`) says so, and the user can dismiss
 * it once. R4 needs no such gate: without entries the lane's role is R by default (raciLetters).
 */

export function raciRules(context: RuleContext): AnalysisFinding[] {
  const { flow } = context;
  const found: AnalysisFinding[] = [];
  const steps = flow.activities.map((step) => ({ step, letters: stepLetters(flow, step) }));
  for (const { step, letters } of steps) {
    found.push(...laneRule(context, step, letters));
    if (letters.filled) found.push(...filledStepRules(context, step, letters));
  }
  if (steps.length > 0 && steps.every(({ letters }) => !letters.filled)) {
    found.push(finding('R1', 'hint', [], { n: count(steps.length) }, 'notFilled'));
  }
  // R8: absent means the caller does not know the owner; only a known "none" is reported.
  if (context.ownerRoleId === null) found.push(finding('R8', 'warning', []));
  return found;
}

function filledStepRules(
  { flow, thresholds }: RuleContext,
  step: FlowNode,
  letters: StepLetters,
): AnalysisFinding[] {
  const found: AnalysisFinding[] = [];
  const a = text(nameOf(step));
  const accountable = withLetter(letters, 'A');
  const responsible = withLetter(letters, 'R');
  // R1/R2: exactly one Accountable ("There must be only one accountable" [S41]).
  if (accountable.length === 0) found.push(finding('R1', 'error', [step.id], { a }));
  if (accountable.length > 1) {
    found.push(finding('R2', 'error', [step.id], { a, n: count(accountable.length) }));
  }
  // R3: nobody does the work is an error; an A with no R is an implied R, worth a hint only.
  if (responsible.length === 0) {
    const aDoesWork = accountable.length > 0;
    found.push(
      finding(
        'R3',
        aDoesWork ? 'hint' : 'error',
        [step.id],
        { a },
        aDoesWork ? 'aDoesWork' : undefined,
      ),
    );
  }
  // R5: a role holding several letters, A+R excepted. One finding per step names every such
  // role, so the finding's key (rule + step) stays unique.
  const doubled = letters.participants.filter(
    (p) => p.roleId !== null && p.letters.size > 1 && !isAccountableDoer(p.letters),
  );
  if (doubled.length > 0) {
    found.push(
      finding('R5', 'warning', [step.id], {
        a,
        role: text(doubled.map((p) => roleName(flow, p.roleId ?? 0)).join('、')),
        letters: text(doubled.map((p) => lettersText(p.letters)).join('、')),
      }),
    );
  }
  // R6: an approval whose performer is not the Accountable role ("A = approver" [S41]).
  const performer = step.actor?.key;
  const performerIsA = accountable.some((p) => p.key === performer);
  if (step.node.activity?.isApproval && !performerIsA) {
    found.push(finding('R6', 'warning', [step.id], { a }));
  }
  // R7: over-consulting.
  const consulted = withLetter(letters, 'C').length;
  if (consulted > thresholds.maxConsulted) {
    found.push(finding('R7', 'hint', [step.id], { a, n: count(consulted) }));
  }
  return found;
}

/** R4: the lane's role (Signavio models R by lanes [S12]) is neither R nor A. */
function laneRule({ flow }: RuleContext, step: FlowNode, letters: StepLetters): AnalysisFinding[] {
  const lane = laneOf(flow, step);
  if (lane?.owner.kind !== 'role') return [];
  const key = `role:${lane.owner.roleId}`;
  const own = letters.participants.find((p) => p.key === key);
  if (own && (own.letters.has('R') || own.letters.has('A'))) return [];
  return [finding('R4', 'warning', [step.id], { a: text(nameOf(step)), lane: text(lane.name) })];
}

function isAccountableDoer(letters: ReadonlySet<string>): boolean {
  return letters.size === 2 && letters.has('A') && letters.has('R');
}

/** The letters in R, A, C, I order, e.g. "R/C". */
function lettersText(letters: ReadonlySet<string>): string {
  return RACI.filter((letter) => letters.has(letter)).join('/');
}
