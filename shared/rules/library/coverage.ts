import type { Role } from '../../domain';
import { type LibraryIndex, dutyStepKeys } from './libraryIndex';
import { alignmentFinding, text, type AlignmentFinding } from './types';

/*
 * Steps against descriptions (§c7 J1–J3): every lane's role has a 职位说明书 (J1), every step a
 * role performs or answers for (R/A) is covered by one of its duties (J2), and every 管理与执行
 * duty is backed by a step unless marked "not process work" (J3).
 */

/** J1: steps in a lane whose role is not in the library (deleted, or an unbound imported lane). */
export function laneRolesWithoutDescription(index: LibraryIndex): AlignmentFinding[] {
  const findings: AlignmentFinding[] = [];
  for (const { process, flow } of index.processes.values()) {
    const stepsByLane = new Map<string, string[]>();
    for (const node of flow.activities) {
      const laneId = node.node.laneId;
      const lane = laneId === null ? undefined : process.graph.lanes.find((l) => l.id === laneId);
      if (!lane) continue;
      const missing =
        lane.owner.kind === 'none' ||
        (lane.owner.kind === 'role' && !index.roles.has(lane.owner.roleId));
      if (!missing) continue;
      const list = stepsByLane.get(lane.id);
      if (list) list.push(node.id);
      else stepsByLane.set(lane.id, [node.id]);
    }
    for (const [laneId, nodeIds] of stepsByLane) {
      const lane = process.graph.lanes.find((l) => l.id === laneId);
      findings.push(
        alignmentFinding('J1', {
          roleId: null,
          processId: process.id,
          nodeIds,
          dutyId: null,
          target: { kind: 'step' },
          params: { role: text(lane?.name ?? laneId) },
        }),
      );
    }
  }
  return findings;
}

/** J2: a step the role holds R or A on that no duty of the role links to. */
export function stepsWithoutDuty(role: Role, index: LibraryIndex): AlignmentFinding[] {
  const covered = new Set<string>();
  for (const duty of role.duties) for (const key of dutyStepKeys(duty)) covered.add(key);
  const findings: AlignmentFinding[] = [];
  for (const step of index.stepsByRole.get(role.id) ?? []) {
    if (!step.letters.some((letter) => letter === 'R' || letter === 'A')) continue;
    if (covered.has(step.key)) continue;
    findings.push(
      alignmentFinding('J2', {
        roleId: role.id,
        processId: step.processId,
        nodeIds: [step.nodeId],
        dutyId: null,
        target: { kind: 'field', field: 'duties' },
        params: { a: text(step.label), role: text(role.title) },
      }),
    );
  }
  return findings;
}

/**
 * J3: a 管理与执行 (manage / execute) duty linked to no existing step, not exempted. Only for a
 * role the maps show at work: while no map has the role in it, the library has not modelled
 * its processes yet, and every duty would be flagged for that alone (as J4 does for partners).
 */
export function dutiesWithoutProcess(role: Role, index: LibraryIndex): AlignmentFinding[] {
  if (!index.stepsByRole.has(role.id)) return [];
  return role.duties.flatMap((duty, dutyIndex) => {
    if (duty.category !== 'manage' && duty.category !== 'execute') return [];
    if (duty.notProcessWork || dutyStepKeys(duty).length > 0) return [];
    return [
      alignmentFinding('J3', {
        roleId: role.id,
        processId: null,
        nodeIds: [],
        dutyId: duty.id > 0 ? duty.id : null,
        target: { kind: 'duty', index: dutyIndex, field: 'steps' },
        params: { d: text(duty.text) },
      }),
    ];
  });
}
