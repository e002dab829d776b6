import type { RaciLetter } from '../../shared/process';
import type { LaneRef, RaciRef } from '../interchange/stableRefs';
import type { Repositories } from '../library/librarySession';

/*
 * Matching what a BPMN file names — lanes, RACI entries — to this library's roles and
 * departments: by stable key first (the file came from a RoleFlow library that shares the
 * row), then by name (exact, trimmed), never by a numeric id, which is the other library's.
 */

/** This library's roles and departments, indexed once per import. */
export type LibraryIndex = {
  rolesByKey: Map<string, number>;
  rolesByTitle: Map<string, number>;
  departmentsByKey: Map<string, number>;
  departmentsByName: Map<string, number>;
};

/** What a lane should be bound to, and why; `unmatched` lanes are the caller's to settle. */
export type LaneProposal =
  | { kind: 'role'; roleId: number; by: 'key' | 'name' }
  | { kind: 'department'; departmentId: number; by: 'key' | 'name' }
  | { kind: 'unmatched'; name: string };

export function libraryIndex(repositories: Repositories): LibraryIndex {
  const roles = repositories.roles.headings();
  const departments = repositories.departments.list();
  return {
    rolesByKey: new Map(roles.map((role) => [role.key, role.id])),
    // The first of equal titles wins (headings are ordered by title, then id).
    rolesByTitle: firstByName(roles.map((role) => [role.title.trim(), role.id])),
    departmentsByKey: new Map(departments.map((d) => [d.key, d.id])),
    departmentsByName: firstByName(departments.map((d) => [d.name.trim(), d.id])),
  };
}

function firstByName(entries: [string, number][]): Map<string, number> {
  const map = new Map<string, number>();
  for (const [name, id] of entries) if (name !== '' && !map.has(name)) map.set(name, id);
  return map;
}

/** A lane: its key's role or department, else the role, then the department, of its name. */
export function matchLaneToRole(
  lane: { name: string; ref: LaneRef | undefined },
  library: LibraryIndex,
): LaneProposal {
  const roleByKey = lane.ref?.roleKey && library.rolesByKey.get(lane.ref.roleKey);
  if (roleByKey) return { kind: 'role', roleId: roleByKey, by: 'key' };
  const departmentByKey =
    lane.ref?.departmentKey && library.departmentsByKey.get(lane.ref.departmentKey);
  if (departmentByKey) return { kind: 'department', departmentId: departmentByKey, by: 'key' };
  const name = lane.name.trim();
  const roleByName = library.rolesByTitle.get(name);
  if (roleByName !== undefined) return { kind: 'role', roleId: roleByName, by: 'name' };
  const departmentByName = library.departmentsByName.get(name);
  if (departmentByName !== undefined) {
    return { kind: 'department', departmentId: departmentByName, by: 'name' };
  }
  return { kind: 'unmatched', name };
}

/** A RACI entry: the role of its key, else of its name; entries by numeric id only never match. */
export function matchRaci(
  ref: RaciRef,
  library: LibraryIndex,
): { roleId: number; letter: RaciLetter } | undefined {
  const byKey = ref.roleKey === undefined ? undefined : library.rolesByKey.get(ref.roleKey);
  const roleId =
    byKey ?? (ref.roleName === undefined ? undefined : library.rolesByTitle.get(ref.roleName));
  return roleId === undefined ? undefined : { roleId, letter: ref.letter };
}
