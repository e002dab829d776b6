import type { ProcessGraph, ProcessNode, RaciLetter } from '../process';

/*
 * Which roles take part in a step, and with which letter (一岗一流程, issue 10): the letter
 * the step's RACI gives a role, else R for the role owning the step's lane (or the second lane
 * of a joint step) — the lane's owner does the work unless the RACI says otherwise, as the
 * role's "processes I am in" has always read it (processRepository.activitiesOf).
 */

/** The shapes a role performs: activities and sub-processes. */
export function isWorkStep(node: ProcessNode): boolean {
  return node.kind === 'activity' || node.kind === 'subProcess';
}

/** Role id → the role's letter on the step. */
export function lettersOfStep(graph: ProcessGraph, node: ProcessNode): Map<number, RaciLetter> {
  const letters = new Map<number, RaciLetter>();
  for (const entry of node.activity?.raci ?? []) letters.set(entry.roleId, entry.letter);
  for (const laneId of [node.laneId, node.jointLaneId ?? null]) {
    const owner = graph.lanes.find((lane) => lane.id === laneId)?.owner;
    if (owner?.kind === 'role' && !letters.has(owner.roleId)) letters.set(owner.roleId, 'R');
  }
  return letters;
}
