import type { ActivityDetails } from '../../process';
import { count, finding, text } from '../findings';
import type { FlowNode } from '../flow';
import type { AnalysisFinding } from '../types';
import { verbOf, type VerbKind } from '../verbs';
import type { RuleContext } from './context';
import { nameOf } from './names';
import { laneOf } from './raciLetters';

/*
 * The modelling rules of PROCESS-ANALYSIS.md §c6 about what the steps say and carry: verb +
 * object labels (M2), a role for every step (M9), the data the analysis needs (M10), branch
 * probabilities (M11), duplicate names (M12), and flags the label suggests (M13).
 */

export function contentRules(context: RuleContext): AnalysisFinding[] {
  const steps = context.flow.activities;
  return [
    ...steps.flatMap(verbRule),
    ...steps.flatMap((step) => roleRule(context, step)),
    ...steps.flatMap(dataRule),
    ...probabilityRule(context),
    ...duplicateRule(steps),
    ...steps.flatMap(flagRule),
  ];
}

/** M2: a label that does not open with a verb of the dictionary (verbs.ts). M1 has the empty. */
function verbRule(step: FlowNode): AnalysisFinding[] {
  const label = step.node.label.trim();
  if (!label || verbOf(label)) return [];
  return [finding('M2', 'warning', [step.id], { a: text(label) })];
}

/**
 * M9: a step outside every lane, or in a lane bound to nothing. A department's lane is a role
 * enough: its people do the work (RACI R names who, and the cost figures say when a rate is
 * missing), and DOMAIN's maps have one lane per department or per role.
 */
function roleRule(context: RuleContext, step: FlowNode): AnalysisFinding[] {
  const lane = laneOf(context.flow, step);
  if (lane && lane.owner.kind !== 'none') return [];
  return [finding('M9', 'error', [step.id], { a: text(nameOf(step)) })];
}

/** M10: work, wait (minutes or days; 0 counts as given) or value class missing. */
function dataRule(step: FlowNode): AnalysisFinding[] {
  const details = step.node.activity;
  const hasWait = details && (isGiven(details.waitMinutes) || isGiven(details.waitDays));
  if (details && isGiven(details.workMinutes) && hasWait && details.valueClass) return [];
  return [finding('M10', 'warning', [step.id], { a: text(nameOf(step)) })];
}

function isGiven(value: number | null | undefined): boolean {
  return value !== null && value !== undefined;
}

/**
 * M11: an exclusive decision with 2+ ways out whose declared probabilities are missing or do
 * not add up to 100 % ± 0.5 (Bizagi Level 1 [S6]); `s` is the declared sum in percent. An
 * inclusive decision's branches may add up to more, and a parallel one's carry none.
 */
function probabilityRule({ flow }: RuleContext): AnalysisFinding[] {
  const found: AnalysisFinding[] = [];
  for (const node of flow.nodes.values()) {
    if (node.kind !== 'decision' || node.gateway !== 'exclusive') continue;
    const ways = flow.outgoing.get(node.id) ?? [];
    if (ways.length < 2) continue;
    const declared = ways.map((edge) => edge.declaredPercent);
    const sum = declared.reduce<number>((total, p) => total + (p ?? 0), 0);
    if (declared.every((p) => p !== null) && Math.abs(sum - 100) <= 0.5) continue;
    const s = Math.round(sum * 100) / 100;
    found.push(finding('M11', 'warning', [node.id], { g: text(nameOf(node)), s: count(s) }));
  }
  return found;
}

/** M12: two or more steps with the same label (trimmed): one finding names them all. */
function duplicateRule(steps: readonly FlowNode[]): AnalysisFinding[] {
  const byLabel = new Map<string, string[]>();
  for (const step of steps) {
    const label = step.node.label.trim();
    if (label) byLabel.set(label, [...(byLabel.get(label) ?? []), step.id]);
  }
  return [...byLabel]
    .filter(([, ids]) => ids.length > 1)
    .map(([label, ids]) => finding('M12', 'warning', ids, { a: text(label) }));
}

/** The flag each verb kind suggests (hand-off: a step that only passes work on). */
type Flag = keyof Pick<ActivityDetails, 'isApproval' | 'isInspection' | 'isHandOff'>;
const FLAG_OF: Partial<Record<VerbKind, { variant: string; flag: Flag }>> = {
  approval: { variant: 'approval', flag: 'isApproval' },
  inspection: { variant: 'inspection', flag: 'isInspection' },
  passOn: { variant: 'handOff', flag: 'isHandOff' },
};

/**
 * M13: the label's verb says approval, inspection or pass-on but the step's flag is unset.
 * One finding per step, its variant the kind; `flag` names the field the one-click fix sets
 * and `kind` the verb found (for the message without a variant).
 */
function flagRule(step: FlowNode): AnalysisFinding[] {
  const details = step.node.activity;
  const verb = verbOf(step.node.label);
  if (!details || !verb) return [];
  const suggested = verb.kinds.map((kind) => FLAG_OF[kind]).find((entry) => entry !== undefined);
  if (!suggested || details[suggested.flag]) return [];
  const params = { a: text(nameOf(step)), kind: text(verb.verb), flag: text(suggested.flag) };
  return [finding('M13', 'hint', [step.id], params, suggested.variant)];
}
