import type { ErrorParams } from './errors';

/*
 * References between roles, departments and processes: where an item is used (shown before
 * it is deleted), what the user chose to do with those uses, and what a save had to unbind
 * because it referred to something that no longer exists.
 */

/** A process that refers to a role: its lanes, RACI entries, and whether the role owns it. */
export type RoleUseInProcess = {
  processId: number;
  processName: string;
  lanes: number;
  raci: number;
  owner: boolean;
};

/** Everything that refers to a role: process maps and the roles reporting to it (直接上级). */
export type RoleUsage = {
  processes: RoleUseInProcess[];
  reports: { roleId: number; title: string }[];
};

/** A process that refers to a department: its lanes, and whether it is the process's department. */
export type DepartmentUseInProcess = {
  processId: number;
  processName: string;
  lanes: number;
  department: boolean;
};

/** Everything that refers to a department: process maps, its roles and its sub-departments. */
export type DepartmentUsage = {
  processes: DepartmentUseInProcess[];
  roles: { roleId: number; title: string }[];
  children: { departmentId: number; name: string }[];
};

/**
 * What to do with the uses of a role or department being deleted: hand them to another one
 * (`targetId`), or unbind them — lanes keep their name as plain named lanes, RACI entries
 * naming a deleted role are dropped, owner and 直接上级 are cleared.
 */
export type UsageChoice = { mode: 'reassign'; targetId: number } | { mode: 'unbind' };

/** True when deleting the role changes nothing else. */
export function isRoleUnused(usage: RoleUsage): boolean {
  return usage.processes.length === 0 && usage.reports.length === 0;
}

/** True when deleting the department changes nothing else. */
export function isDepartmentUnused(usage: DepartmentUsage): boolean {
  return usage.processes.length === 0 && usage.roles.length === 0 && usage.children.length === 0;
}

export const SAVE_NOTICE_CODES = [
  'LANE_ROLE_MISSING',
  'LANE_DEPARTMENT_MISSING',
  'RACI_ROLE_MISSING',
  'OWNER_ROLE_MISSING',
  'PROCESS_DEPARTMENT_MISSING',
] as const;
export type SaveNoticeCode = (typeof SAVE_NOTICE_CODES)[number];

/**
 * Something a save did that the user did not ask for (a lane unbound from a role that no
 * longer exists…), as a code with parameters; the renderer shows `notices.<code>`.
 */
export type SaveNotice = { code: SaveNoticeCode; params: ErrorParams };
