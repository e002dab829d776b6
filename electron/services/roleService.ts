import {
  newRoleBasics,
  type RevisionSummary,
  type Role,
  type RoleBasics,
  type RoleCompetency,
  type RoleDraft,
  type RoleRevision,
  type RoleSummary,
} from '../../shared/domain';
import { AppError } from '../../shared/errors';
import { assertIntact, keepDamagedOriginal } from '../library/damagedDocuments';
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
    const { roles, settings } = this.session.repositories();
    const { defaultTemplate } = settings.read();
    const id = roles.create({ ...newRoleBasics(departmentId, title), template: defaultTemplate });
    return this.get(id);
  }

  /**
   * Saves what could be recovered of a role whose stored sections failed their schema, after
   * keeping the original bytes in a file beside the library. Until then the role is read-only.
   */
  repair(id: number): Role {
    const role = this.get(id);
    if (!role.damaged) return role;
    const { roles } = this.session.repositories();
    keepDamagedOriginal(this.session, 'role', id, 'details', roles.storedDetails(id) ?? '');
    const { damaged: _d, status: _s, version: _v, createdAt: _c, updatedAt: _u, ...draft } = role;
    roles.save(draft);
    return this.get(id);
  }

  /**
   * Saves the whole role — basics, sections, duties in order, required competencies — as one
   * transaction. Saving an approved role starts a new draft; its approved version stays in
   * the history.
   */
  save(draft: RoleDraft): Role {
    assertIntact(this.get(draft.id), `Role ${draft.id}`);
    this.departments.require(draft.departmentId);
    this.assertManager(draft.id, draft);
    const duties = draft.duties.map((duty) => ({ ...duty, text: duty.text.trim() }));
    if (duties.some((duty) => duty.text === '')) {
      throw new AppError('INVALID_REQUEST', 'A duty needs a description (职责描述).');
    }
    this.assertCompetencies(draft.competencies);
    this.session.repositories().roles.save({ ...draft, duties });
    return this.get(draft.id);
  }

  /**
   * Approves the role as it is saved: the version goes up by one and the approved text is
   * kept as a revision with the user's note (持续改进), all in one transaction.
   */
  approve(id: number, note: string): Role {
    const repositories = this.session.repositories();
    const role = this.get(id);
    assertIntact(role, `Role ${id}`);
    const version = role.version + 1;
    repositories.transaction(() => {
      repositories.roles.setStatus(id, 'approved', version);
      repositories.revisions.add('role', id, version, this.get(id), note.trim());
    });
    return this.get(id);
  }

  history(id: number): RevisionSummary[] {
    this.get(id);
    return this.session.repositories().revisions.list('role', id);
  }

  revision(id: number, version: number): RoleRevision {
    const stored = this.session.repositories().revisions.get('role', id, version);
    if (!stored) throw new AppError('NOT_FOUND', `Role ${id} has no version ${version}.`);
    return { ...stored, snapshot: stored.snapshot as Role };
  }

  delete(id: number): { id: number } {
    this.get(id);
    this.session.repositories().roles.delete(id);
    return { id };
  }

  private assertCompetencies(links: RoleCompetency[]): void {
    const { competencies } = this.session.repositories();
    const seen = new Set<number>();
    for (const link of links) {
      if (seen.has(link.competencyId)) {
        throw new AppError('INVALID_REQUEST', 'A competency is listed twice on this role.');
      }
      seen.add(link.competencyId);
      if (!competencies.exists(link.competencyId)) {
        throw new AppError('NOT_FOUND', `Competency ${link.competencyId} does not exist.`);
      }
    }
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
