import { laneKey, type LaneChoice } from '../../../shared/bpmnImport';
import type { Lane } from '../../../shared/process';

/** What lane matching looks up in the library, read once per import. */
export type LaneLookup = {
  roleByTitle: ReadonlyMap<string, number>;
  departmentByName: ReadonlyMap<string, number>;
};

/**
 * The owner proposed for an imported lane — the one place that decides it, so a better match
 * (stable keys carried in the file, then the name) changes only this function. Today: a role
 * whose title is the lane's name, else a department of that name, else the lane keeps its
 * name. Never a new role: only the user chooses that, in the import dialog.
 */
export function proposeLaneOwner(lane: Pick<Lane, 'name'>, library: LaneLookup): LaneChoice {
  const name = laneKey(lane.name);
  if (name === '') return { kind: 'none' };
  const roleId = library.roleByTitle.get(name);
  if (roleId !== undefined) return { kind: 'role', roleId };
  const departmentId = library.departmentByName.get(name);
  if (departmentId !== undefined) return { kind: 'department', departmentId };
  return { kind: 'none' };
}
