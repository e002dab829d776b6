import { AppError } from '../../shared/errors';
import type { Lane, ProcessBasics, ProcessGraph, ProcessNode } from '../../shared/process';
import type { SaveNotice } from '../../shared/references';
import type { Repositories } from '../library/librarySession';

/*
 * The references a process map holds — lane owners, RACI entries, its owner role and
 * department, sub-process links — counted, handed to another role or department, or unbound.
 * Pure functions: the services load and save around them, in one transaction.
 */

export type ProcessParts = { basics: ProcessBasics; graph: ProcessGraph };

/** Who takes over a deleted role's uses: another role (its title names the lanes) or nobody. */
export type RoleTarget = { roleId: number; title: string } | null;
export type DepartmentTarget = { departmentId: number; name: string } | null;

export function roleUseCounts(parts: ProcessParts, roleId: number) {
  return {
    lanes: parts.graph.lanes.filter((l) => l.owner.kind === 'role' && l.owner.roleId === roleId)
      .length,
    raci: parts.graph.nodes.filter((node) =>
      node.activity?.raci.some((entry) => entry.roleId === roleId),
    ).length,
    owner: parts.basics.ownerRoleId === roleId,
  };
}

export function departmentUseCounts(parts: ProcessParts, departmentId: number) {
  return {
    lanes: parts.graph.lanes.filter(
      (l) => l.owner.kind === 'department' && l.owner.departmentId === departmentId,
    ).length,
    department: parts.basics.departmentId === departmentId,
  };
}

/** An unbound lane keeps the name it shows; a blank one takes the name of what it was bound to. */
function unbound(lane: Lane, formerName: string): Lane {
  return {
    ...lane,
    name: lane.name.trim() === '' ? formerName : lane.name,
    owner: { kind: 'none' },
  };
}

/**
 * Hands every use of `roleId` to `target`, or unbinds it (target null): lanes become the
 * target's (named after it) or plain named lanes; RACI entries move to the target — merged
 * into an entry it already has on that step — or are dropped; the owner follows.
 */
export function replaceRole(
  parts: ProcessParts,
  roleId: number,
  formerTitle: string,
  target: RoleTarget,
): ProcessParts {
  const lanes = parts.graph.lanes.map((lane): Lane => {
    if (lane.owner.kind !== 'role' || lane.owner.roleId !== roleId) return lane;
    if (target === null) return unbound(lane, formerTitle);
    return { ...lane, name: target.title, owner: { kind: 'role', roleId: target.roleId } };
  });
  const nodes = parts.graph.nodes.map((node): ProcessNode => {
    const activity = node.activity;
    if (!activity?.raci.some((entry) => entry.roleId === roleId)) return node;
    const raci = activity.raci.flatMap((entry) => {
      if (entry.roleId !== roleId) return [entry];
      if (target === null) return [];
      const kept = activity.raci.some((other) => other.roleId === target.roleId);
      return kept ? [] : [{ ...entry, roleId: target.roleId }];
    });
    return { ...node, activity: { ...activity, raci } };
  });
  const ownerRoleId =
    parts.basics.ownerRoleId === roleId ? (target?.roleId ?? null) : parts.basics.ownerRoleId;
  return { basics: { ...parts.basics, ownerRoleId }, graph: { ...parts.graph, lanes, nodes } };
}

/** Hands every use of `departmentId` to `target`, or unbinds it (target null). */
export function replaceDepartment(
  parts: ProcessParts,
  departmentId: number,
  formerName: string,
  target: DepartmentTarget,
): ProcessParts {
  const lanes = parts.graph.lanes.map((lane): Lane => {
    if (lane.owner.kind !== 'department' || lane.owner.departmentId !== departmentId) return lane;
    if (target === null) return unbound(lane, formerName);
    return {
      ...lane,
      name: target.name,
      owner: { kind: 'department', departmentId: target.departmentId },
    };
  });
  const ownDepartment =
    parts.basics.departmentId === departmentId
      ? (target?.departmentId ?? null)
      : parts.basics.departmentId;
  return {
    basics: { ...parts.basics, departmentId: ownDepartment },
    graph: { ...parts.graph, lanes },
  };
}

export type Existing = {
  role(id: number): boolean;
  department(id: number): boolean;
  process(id: number): boolean;
};

/**
 * What exists in the library now: roles and departments read once (not once per lane or RACI
 * entry), processes looked up as the map names them and remembered.
 */
export function existingIn(repositories: Repositories): Existing {
  const roleIds = new Set(repositories.roles.headings().map((role) => role.id));
  const departmentIds = new Set(repositories.departments.list().map((d) => d.id));
  const processIds = new Map<number, boolean>();
  return {
    role: (roleId) => roleIds.has(roleId),
    department: (departmentId) => departmentIds.has(departmentId),
    process: (processId) => {
      let found = processIds.get(processId);
      if (found === undefined) {
        found = repositories.processes.get(processId) !== undefined;
        processIds.set(processId, found);
      }
      return found;
    },
  };
}

/**
 * What a save stores when the map refers to things that no longer exist (deleted behind the
 * editor's back, or a file from an older version): lanes are unbound and keep their name,
 * RACI entries and the owner/department are dropped — each with a notice for the user. A
 * sub-process link to a missing process is refused instead: it is the user's own link, and
 * only they can say where it should point.
 */
export function dropMissingReferences(
  parts: ProcessParts,
  exists: Existing,
): ProcessParts & { notices: SaveNotice[] } {
  const notices: SaveNotice[] = [];
  for (const node of parts.graph.nodes) {
    const linked = node.linkedProcessId;
    if (node.kind === 'subProcess' && typeof linked === 'number' && !exists.process(linked)) {
      throw new AppError(
        'PROCESS_LINK_MISSING',
        `Step "${node.label}" links to process ${linked}, which does not exist.`,
        { step: node.label },
      );
    }
  }
  const lanes = parts.graph.lanes.map((lane): Lane => {
    const { owner } = lane;
    if (owner.kind === 'role' && !exists.role(owner.roleId)) {
      notices.push({ code: 'LANE_ROLE_MISSING', params: { lane: lane.name } });
      return unbound(lane, '');
    }
    if (owner.kind === 'department' && !exists.department(owner.departmentId)) {
      notices.push({ code: 'LANE_DEPARTMENT_MISSING', params: { lane: lane.name } });
      return unbound(lane, '');
    }
    return lane;
  });
  const nodes = parts.graph.nodes.map((node): ProcessNode => {
    const activity = node.activity;
    if (!activity) return node;
    const raci = activity.raci.filter((entry) => exists.role(entry.roleId));
    if (raci.length === activity.raci.length) return node;
    notices.push({
      code: 'RACI_ROLE_MISSING',
      params: { step: node.label, count: activity.raci.length - raci.length },
    });
    return { ...node, activity: { ...activity, raci } };
  });
  let { ownerRoleId, departmentId } = parts.basics;
  if (ownerRoleId !== null && !exists.role(ownerRoleId)) {
    notices.push({ code: 'OWNER_ROLE_MISSING', params: {} });
    ownerRoleId = null;
  }
  if (departmentId !== null && !exists.department(departmentId)) {
    notices.push({ code: 'PROCESS_DEPARTMENT_MISSING', params: {} });
    departmentId = null;
  }
  return {
    basics: { ...parts.basics, ownerRoleId, departmentId },
    graph: { ...parts.graph, lanes, nodes },
    notices,
  };
}
