import type { StaffingSettings } from '../analysis/settings';
import { stepKey, type AlignmentProcess } from '../alignment/library';
import { dutyHours } from '../alignment/workload';
import type { Duty, DutyDraft, Role } from '../domain';
import type { MovedStep } from './redesign';

/*
 * A description's redline after a redesign (§f4): duties whose every step the role loses are
 * struck, the links to lost steps leave the duties that keep other work, and each gained step
 * is drafted as a duty linked to it. The weights are recomputed as §f1 time shares (the hours
 * of a duty's steps, or of its frequency × minutes) when every duty's hours are known; else
 * the weights the user wrote stay and the new duties have none.
 */

export type RedlineChange = 'kept' | 'removed' | 'added';

export type RedlineRow = {
  change: RedlineChange;
  /** The stored duty; null for a drafted one. */
  dutyId: number | null;
  text: string;
  weightBefore: number | null;
  weightAfter: number | null;
  /** The duty as "apply" saves it; null for a struck duty. */
  draft: DutyDraft | null;
};

export type RedlineInput = {
  role: Role;
  asIs: AlignmentProcess;
  toBe: AlignmentProcess;
  lost: MovedStep[];
  gained: MovedStep[];
  /** The role's hours per stepKey across the library (libraryWorkloads). */
  stepHours: Map<string, number>;
  /** The role's hours per node id of the to-be map, at the as-is volume. */
  toBeStepHours: Map<string, number>;
  settings: StaffingSettings;
};

export function redlineOf(input: RedlineInput): { rows: RedlineRow[]; recomputed: boolean } {
  const { role, asIs, lost, stepHours, settings } = input;
  const lostKeys = new Set(lost.map((step) => stepKey(asIs.id, step.nodeId)));
  const rows: { row: RedlineRow; hours: number | null }[] = [];
  for (const duty of role.duties) {
    const keys = duty.steps.map((link) => stepKey(link.processId, link.nodeId));
    const kept = duty.steps.filter((_, index) => !lostKeys.has(keys[index] ?? ''));
    const removed = duty.steps.length > 0 && kept.length === 0;
    const hours =
      kept.length > 0
        ? sumOf(kept.map((l) => stepHours.get(stepKey(l.processId, l.nodeId)) ?? 0))
        : unlinkedHours(duty, settings);
    rows.push({
      hours: removed ? 0 : hours,
      row: {
        change: removed ? 'removed' : 'kept',
        dutyId: duty.id,
        text: duty.text,
        weightBefore: duty.weight,
        weightAfter: removed ? null : duty.weight,
        draft: removed ? null : asDraft(duty, kept),
      },
    });
  }
  // A step some duty of the role already carries (a redesign applied before) is not drafted
  // again: applying twice changes nothing.
  const carried = new Set(
    role.duties.flatMap((duty) => duty.steps.map((l) => stepKey(l.processId, l.nodeId))),
  );
  for (const step of input.gained) {
    if (!carried.has(stepKey(input.toBe.id, step.nodeId))) rows.push(draftedRow(input, step));
  }
  const live = rows.filter(({ row }) => row.change !== 'removed');
  const total = sumOf(live.map(({ hours }) => hours ?? 0));
  const recomputed = total > 0 && live.every(({ hours }) => hours !== null);
  if (recomputed) {
    for (const { row, hours } of live) {
      const weight = Math.round(((hours ?? 0) / total) * 1000) / 10;
      row.weightAfter = weight;
      if (row.draft) row.draft.weight = weight;
    }
  }
  return { rows: rows.map(({ row }) => row), recomputed };
}

/** A duty drafted from a gained step: the step's label, its output as the 工作标准, linked. */
function draftedRow(
  { toBe, toBeStepHours, role }: RedlineInput,
  step: MovedStep,
): { row: RedlineRow; hours: number | null } {
  const node = toBe.graph.nodes.find((n) => n.id === step.nodeId);
  const draft: DutyDraft = {
    text: step.label,
    category: node?.activity?.isApproval ? 'manage' : 'execute',
    weight: null,
    frequency: null,
    standard: node?.activity?.outputs.trim() ?? '',
    kpi: '',
    source: 'process',
    steps: [{ processId: toBe.id, nodeId: step.nodeId, label: step.label }],
    notProcessWork: false,
    minutesPerOccurrence: null,
    occurrencesPerYear: null,
    partnerRoleIds: step.otherRoleIds.filter((id) => id !== role.id),
  };
  return {
    hours: toBeStepHours.get(step.nodeId) ?? 0,
    row: {
      change: 'added',
      dutyId: null,
      text: step.label,
      weightBefore: null,
      weightAfter: null,
      draft,
    },
  };
}

/** A duty no step carries: its hours when its frequency and minutes give them, else unknown. */
function unlinkedHours(duty: Duty, settings: StaffingSettings): number | null {
  const hours = dutyHours({ ...duty, steps: [] }, settings);
  return hours > 0 ? hours : null;
}

function asDraft(duty: Duty, links: Duty['steps']): DutyDraft {
  return {
    ...duty,
    steps: links.map(({ processId, nodeId, label }) => ({ processId, nodeId, label })),
  };
}

function sumOf(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
