import {
  newRoleBasics,
  type Role,
  type RoleBasics,
  type RoleDraft,
  type RoleSummary,
} from '../../shared/domain';
import { AppError } from '../../shared/errors';
import type { LibrarySession } from '../library/librarySession';
import type { DepartmentService } from './departmentService';

/** Roles (职位说明书) and their duties. */
export class RoleService {
  constructor(
    private readonly session: LibrarySession,
    private readonly departments: DepartmentService,
  ) {}

  list(departmentId: number | null): RoleSummary[] {
    if (departmentId !== null) this.departments.require(departmentId);
    return this.session.repositories().roles.list(departmentId);
  }

  get(id: number): Role {
    const role = this.session.repositories().roles.get(id);
    if (!role) throw new AppError('NOT_FOUND', `Role ${id} does not exist.`);
    return role;
  }

  create(departmentId: number, title: string): Role {
    this.departments.require(departmentId);
    const id = this.session.repositories().roles.create(newRoleBasics(departmentId, title));
    return this.get(id);
  }

  /** Saves the whole role — basics and the duty list in order — as one transaction. */
  save(draft: RoleDraft): Role {
    this.get(draft.id);
    this.departments.require(draft.departmentId);
    const { duties, id, ...basics } = draft;
    this.assertManager(id, basics);
    const cleaned = duties.map((duty) => ({ ...duty, text: duty.text.trim() }));
    if (cleaned.some((duty) => duty.text === '')) {
      throw new AppError('INVALID_REQUEST', 'A duty needs a description (职责描述).');
    }
    this.session.repositories().roles.save(id, basics, cleaned);
    return this.get(id);
  }

  delete(id: number): { id: number } {
    this.get(id);
    this.session.repositories().roles.delete(id);
    return { id };
  }

  /** 直接上级 must be another existing role, and must not make a reporting loop. */
  private assertManager(id: number, basics: RoleBasics): void {
    const managerId = basics.reportsToId;
    if (managerId === null) return;
    if (managerId === id) {
      throw new AppError('INVALID_REQUEST', 'A role cannot report to itself.');
    }
    const { roles } = this.session.repositories();
    if (!roles.get(managerId)) {
      throw new AppError('NOT_FOUND', `The manager role ${managerId} does not exist.`);
    }
    if (roles.managersOf(managerId).includes(id)) {
      throw new AppError('INVALID_REQUEST', 'That manager already reports to this role (a loop).');
    }
  }
}
