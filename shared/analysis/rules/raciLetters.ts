import type { RaciLetter } from '../../process';
import type { FlowModel, FlowNode } from '../flow';

/*
 * The RACI letters of a step as the analysis reads them (lead's decision, issue 9): the
 * step's performer (its lane's role, else its actor) is R unless the step's RACI names that
 * role with other letters; every other role has the letters the RACI gives it. A department
 * or unbound lane without an R role stands for the people in it, who then do the work (R).
 */

export type Participant = {
  /** `role:<id>` or `lane:<laneId>` (as Actor.key). */
  key: string;
  roleId: number | null;
  letters: Set<RaciLetter>;
};

export type StepLetters = {
  /** Participants in the order the RACI lists them, the implicit performer last. */
  participants: Participant[];
  /** True when the step's RACI has at least one entry (the user has filled it in). */
  filled: boolean;
};

export function stepLetters(flow: FlowModel, step: FlowNode): StepLetters {
  const entries = step.node.activity?.raci ?? [];
  const byKey = new Map<string, Participant>();
  for (const { roleId, letter } of entries) {
    const key = `role:${roleId}`;
    const participant = byKey.get(key) ?? { key, roleId, letters: new Set<RaciLetter>() };
    participant.letters.add(letter);
    byKey.set(key, participant);
  }
  const performer = performerOf(flow, step);
  if (performer && !byKey.has(performer.key)) {
    byKey.set(performer.key, { ...performer, letters: new Set<RaciLetter>(['R']) });
  }
  return { participants: [...byKey.values()], filled: entries.length > 0 };
}

/** The lane's role when the lane is a role's, else the step's actor (flow.ts). */
function performerOf(
  flow: FlowModel,
  step: FlowNode,
): { key: string; roleId: number | null } | null {
  const lane = laneOf(flow, step);
  if (lane?.owner.kind === 'role')
    return { key: `role:${lane.owner.roleId}`, roleId: lane.owner.roleId };
  if (!step.actor) return null;
  return { key: step.actor.key, roleId: step.actor.roleId };
}

export function laneOf(flow: FlowModel, step: FlowNode) {
  const laneId = step.node.laneId;
  return laneId ? flow.graph.lanes.find((lane) => lane.id === laneId) : undefined;
}

export function withLetter(letters: StepLetters, letter: RaciLetter): Participant[] {
  return letters.participants.filter((p) => p.letters.has(letter));
}
