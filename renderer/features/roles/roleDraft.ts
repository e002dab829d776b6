import {
  basicsOf,
  newDuty,
  type DutyDraft,
  type LinkedStep,
  type Role,
  type RoleDraft,
} from '../../../shared/domain';
import { contract } from '../../../shared/contract';
import type { ErrorParams } from '../../../shared/errors';
import { invalidRequestParams, reportInput } from '../../../shared/requestIssues';
import { sumWeights } from '../../../shared/weights';

/**
 * A duty in the editor: a stable key for React, whether or not it has been saved yet, and its
 * step links with what the editor knows of each step (state, process name) for the chips.
 */
export type EditorDuty = Omit<DutyDraft, 'steps'> & { key: string; steps?: LinkedStep[] };
export type EditorRole = Omit<RoleDraft, 'duties'> & { duties: EditorDuty[] };

let nextKey = 0;
const newKey = () => `new-${(nextKey += 1)}`;

export function toEditorRole(role: Role): EditorRole {
  return {
    ...basicsOf(role),
    id: role.id,
    details: role.details,
    competencies: role.competencies,
    duties: role.duties.map((duty) => ({ ...duty, key: `duty-${duty.id}` })),
  };
}

/** What goes over the wire: the editor's keys stay behind, and a link names its step only. */
export function toRoleDraft(role: EditorRole): RoleDraft {
  return {
    ...role,
    duties: role.duties.map(({ key: _key, steps, ...duty }) => ({
      ...duty,
      ...(steps && {
        steps: steps.map(({ processId, nodeId, label }) => ({ processId, nodeId, label })),
      }),
    })),
  };
}

/** A new duty added from a draft (links taken to be current: they were drafted just now). */
export function editorDutyOf(duty: DutyDraft, processNames: ReadonlyMap<number, string>) {
  const steps: LinkedStep[] = (duty.steps ?? []).map((link) => ({
    ...link,
    processName: processNames.get(link.processId) ?? null,
    currentLabel: link.label,
    state: 'ok',
  }));
  return { ...duty, steps, key: newKey() } satisfies EditorDuty;
}

export function emptyDuty(): EditorDuty {
  return { ...newDuty(), steps: [], key: newKey() };
}

/** Moves the item at `from` to index `to`; out-of-range moves return the list unchanged. */
export function moveTo<T>(items: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= items.length || to < 0 || to >= items.length) return [...items];
  const result = [...items];
  const [item] = result.splice(from, 1);
  if (item !== undefined) result.splice(to, 0, item);
  return result;
}

/** Sum of the duty weights that are set. */
export function weightTotal(duties: readonly DutyDraft[]): number {
  return sumWeights(duties.map((duty) => duty.weight));
}

/**
 * Why main would refuse this draft (the same contract, checked before sending), as
 * INVALID_REQUEST's params; null when it would be taken. Nothing is clamped or cut to fit.
 */
export function draftRefusal(role: EditorRole): ErrorParams | null {
  // The draft itself: the version it is based on is added by the save, not typed by the user.
  const draftSchema = contract['role:save'].request.omit({ expectedVersion: true });
  const parsed = draftSchema.safeParse(toRoleDraft(role), reportInput);
  return parsed.success ? null : invalidRequestParams(parsed.error);
}

/** True when the editor holds something the library does not have yet. */
export function isDirty(current: EditorRole | null, saved: EditorRole | null): boolean {
  if (!current || !saved) return false;
  return JSON.stringify(toRoleDraft(current)) !== JSON.stringify(toRoleDraft(saved));
}
