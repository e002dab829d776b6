import { AppError } from '../../shared/errors';
import { editConflict } from './editConflict';
import type { Process } from '../../shared/process';
import {
  isDepartmentUnused,
  isRoleUnused,
  type DepartmentUsage,
  type RoleUsage,
  type UsageChoice,
} from '../../shared/references';
import type { Repositories, LibrarySession } from '../library/librarySession';
import {
  departmentUseCounts,
  dropMissingReferences,
  existingIn,
  replaceDepartment,
  replaceRole,
  roleUseCounts,
  type Existing,
  type ProcessParts,
} from './graphReferences';

/**
 * Where a role or department is used, and deleting one without leaving anything pointing at
 * nothing: its uses are handed to another role/department or unbound, and the delete happens
 * in the same transaction, so a crash leaves either everything as it was or all of it done.
 */
export class UsageService {
  constructor(private readonly session: LibrarySession) {}

  roleUsage(id: number): RoleUsage {
    const { roles, processes } = this.session.repositories();
    this.requireRole(id);
    return {
      processes: this.processesReferring(processes.mayReferToRole(id)).flatMap((process) => {
        const counts = roleUseCounts(partsOf(process), id);
        const used = counts.lanes > 0 || counts.raci > 0 || counts.owner;
        return used ? [{ processId: process.id, processName: process.name, ...counts }] : [];
      }),
      reports: roles.reportingTo(id).map((role) => ({ roleId: role.id, title: role.title })),
    };
  }

  departmentUsage(id: number): DepartmentUsage {
    const { roles, departments, processes } = this.session.repositories();
    this.requireDepartment(id);
    return {
      processes: this.processesReferring(processes.mayReferToDepartment(id)).flatMap((process) => {
        const counts = departmentUseCounts(partsOf(process), id);
        const used = counts.lanes > 0 || counts.department;
        return used ? [{ processId: process.id, processName: process.name, ...counts }] : [];
      }),
      roles: roles.list(id).map((role) => ({ roleId: role.id, title: role.title })),
      children: departments
        .children(id)
        .map((child) => ({ departmentId: child.id, name: child.name })),
    };
  }

  /**
   * Deletes a role. If anything uses it, `choice` says what becomes of those uses; without
   * a choice a used role is refused (ROLE_IN_USE), so nothing is ever left dangling.
   */
  deleteRole(id: number, choice: UsageChoice | undefined, expectedVersion: number): { id: number } {
    const repositories = this.session.repositories();
    const role = this.requireRole(id);
    const usage = this.roleUsage(id);
    if (!isRoleUnused(usage) && choice === undefined) {
      throw new AppError('ROLE_IN_USE', `Role ${id} is in use.`, { title: role.title });
    }
    const target = choice?.mode === 'reassign' ? this.roleTarget(id, choice.targetId) : null;
    repositories.transaction(() => {
      const existing = existingIn(repositories);
      for (const use of usage.processes) {
        this.rewrite(repositories, existing, use.processId, (parts) =>
          replaceRole(parts, id, role.title, target),
        );
      }
      const managersOfTarget = target ? repositories.roles.managersOf(target.roleId) : [];
      for (const report of usage.reports) {
        // The one taking over cannot report to itself, nor to someone below it: such a role
        // reports where the deleted role did.
        const loops = report.roleId === target?.roleId || managersOfTarget.includes(report.roleId);
        const manager = target === null ? null : loops ? role.reportsToId : target.roleId;
        repositories.roles.setManager(report.roleId, manager);
      }
      // Throwing inside the transaction undoes the hand-over as well.
      if (!repositories.roles.delete(id, expectedVersion)) throw editConflict('role', role.title);
    });
    return { id };
  }

  /**
   * Deletes a department. Reassigning moves its roles and sub-departments into the target and
   * hands it its lanes; unbinding keeps lanes by name, clears the processes' department and
   * lifts sub-departments one level — but roles cannot be left without a department.
   */
  deleteDepartment(
    id: number,
    choice: UsageChoice | undefined,
    expectedVersion: number,
  ): { id: number } {
    const repositories = this.session.repositories();
    const department = this.requireDepartment(id);
    const usage = this.departmentUsage(id);
    if (!isDepartmentUnused(usage) && choice === undefined) {
      throw new AppError('DEPARTMENT_IN_USE', `Department ${id} is in use.`, {
        name: department.name,
      });
    }
    if (choice?.mode === 'unbind' && usage.roles.length > 0) {
      throw new AppError('DEPARTMENT_HAS_ROLES', `Department ${id} still has roles.`, {
        name: department.name,
        count: usage.roles.length,
      });
    }
    const target = choice?.mode === 'reassign' ? this.departmentTarget(id, choice.targetId) : null;
    repositories.transaction(() => {
      const existing = existingIn(repositories);
      for (const use of usage.processes) {
        this.rewrite(repositories, existing, use.processId, (parts) =>
          replaceDepartment(parts, id, department.name, target),
        );
      }
      if (target) repositories.roles.moveDepartment(id, target.departmentId);
      repositories.departments.reparentChildren(id, target?.departmentId ?? department.parentId);
      if (!repositories.departments.delete(id, expectedVersion)) {
        throw editConflict('department', department.name);
      }
    });
    return { id };
  }

  private rewrite(
    repositories: Repositories,
    existing: Existing,
    processId: number,
    change: (parts: ProcessParts) => ProcessParts,
  ): void {
    const process = repositories.processes.get(processId);
    if (!process) return;
    // Whatever else in the map already points at nothing is unbound too, or the save of the
    // activity index would fail on it; a broken sub-process link is left for its editor.
    const exists = { ...existing, process: () => true };
    const { basics, graph } = dropMissingReferences(change(partsOf(process)), exists);
    // Based on the version just read, in the same transaction: it cannot be stale, and the
    // bump tells a window holding this map that it changed.
    repositories.processes.save(processId, process.editVersion, basics, graph);
  }

  private processesReferring(ids: number[]): Process[] {
    const { processes } = this.session.repositories();
    return ids.map((id) => processes.get(id)).filter((process) => process !== undefined);
  }

  private roleTarget(id: number, targetId: number) {
    if (targetId === id) {
      throw new AppError('INVALID_REQUEST', 'A role cannot be handed over to itself.');
    }
    const target = this.requireRole(targetId);
    return { roleId: target.id, title: target.title };
  }

  /** Not the department itself nor one below it: its sub-departments would hang under themselves. */
  private departmentTarget(id: number, targetId: number) {
    const { departments } = this.session.repositories();
    const target = this.requireDepartment(targetId);
    const parents = new Map(departments.list().map((d) => [d.id, d.parentId]));
    for (let at: number | null = target.id; at !== null; at = parents.get(at) ?? null) {
      if (at === id) {
        throw new AppError(
          'INVALID_REQUEST',
          'A department cannot be handed over to itself or to one of its sub-departments.',
        );
      }
    }
    return { departmentId: target.id, name: target.name };
  }

  private requireRole(id: number) {
    const role = this.session.repositories().roles.get(id);
    if (!role) throw new AppError('NOT_FOUND', `Role ${id} does not exist.`);
    return role;
  }

  private requireDepartment(id: number) {
    const department = this.session.repositories().departments.get(id);
    if (!department) throw new AppError('NOT_FOUND', `Department ${id} does not exist.`);
    return department;
  }
}

/** A stored process as the record and graph a save takes. */
export function partsOf(process: Process): ProcessParts {
  return {
    basics: {
      code: process.code,
      name: process.name,
      processClass: process.processClass,
      ownerRoleId: process.ownerRoleId,
      departmentId: process.departmentId,
      purpose: process.purpose,
      trigger: process.trigger,
      output: process.output,
      kpis: process.kpis,
    },
    graph: process.graph,
  };
}
