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
import { recoverRoleDetails } from '../../shared/documentRecovery';
import { AppError } from '../../shared/errors';
import { assertIntact, keepDamagedOriginal } from '../library/damagedDocuments';
import type { LibrarySession } from '../library/librarySession';
import type { DepartmentService } from './departmentService';
import { editConflict } from './editConflict';
import { recordAnsweringRevision } from './inspection/inspectionAnswers';
import { structuredDetails } from './roleStructures';

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
    if (!role) throw new AppError('NOT_FOUND', `Role ${id} does not exist.`, { what: 'role' });
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
    const {
      key: _k,
      damaged: _d,
      status: _s,
      version: _v,
      editVersion,
      createdAt: _c,
      updatedAt: _u,
      ...draft
    } = role;
    // The repair is an edit like any other: a window still holding the damaged copy must reload.
    if (!roles.save(draft, editVersion)) throw editConflict('role', role.title);
    return this.get(id);
  }

  /**
   * Saves the whole role — basics, sections, duties in order, required competencies — as one
   * transaction, if nobody saved it since `expectedVersion` (else EDIT_CONFLICT, nothing
   * written). Saving an approved role starts a new draft; its approved version stays in the
   * history.
   */
  save(draft: RoleDraft, expectedVersion: number): Role {
    assertIntact(this.get(draft.id), `Role ${draft.id}`);
    const checked = this.checked(draft, draft.id);
    if (!this.session.repositories().roles.save(checked, expectedVersion)) {
      throw editConflict('role', this.get(draft.id).title);
    }
    return this.get(draft.id);
  }

  /**
   * Keeps an editor's copy as a new draft role (what a window offers after a conflict): the
   * role is created and written in one transaction, so there is never an empty half-copy.
   */
  saveCopy(copy: Omit<RoleDraft, 'id'>): Role {
    const repositories = this.session.repositories();
    const checked = this.checked({ ...copy, id: 0 }, null);
    const id = repositories.transaction(() => {
      const { duties: _duties, details: _details, competencies: _links, ...basics } = copy;
      const created = repositories.roles.create(basics);
      // Duty ids of the original belong to another role, so they are written as new duties.
      repositories.roles.save({ ...checked, id: created }, 0);
      return created;
    });
    return this.get(id);
  }

  /**
   * Approves the role as it is saved: the version goes up by one and the approved text is
   * kept as a revision with the user's note (持续改进), all in one transaction. Refused with
   * EDIT_CONFLICT when the role changed since `expectedVersion`: the user approves what they saw.
   */
  approve(id: number, note: string, expectedVersion: number, approver = ''): Role {
    const repositories = this.session.repositories();
    const role = this.get(id);
    assertIntact(role, `Role ${id}`);
    const version = role.version + 1;
    repositories.transaction(() => {
      if (!repositories.roles.setStatus(id, 'approved', version, expectedVersion)) {
        throw editConflict('role', role.title);
      }
      // The notes waiting for approval are in the user's note now (the dialog starts from them).
      const { pendingNotes: _written, ...snapshot } = this.get(id);
      repositories.revisions.add('role', id, version, snapshot, note.trim(), approver.trim());
      repositories.pendingNotes.clear('role', id);
      // 持续改进: the improvement actions that opened this draft record it (issue 12).
      recordAnsweringRevision(repositories, { kind: 'role', subject: String(id), version });
    });
    return this.get(id);
  }

  history(id: number): RevisionSummary[] {
    this.get(id);
    return this.session.repositories().revisions.list('role', id);
  }

  revision(id: number, version: number): RoleRevision {
    const stored = this.session.repositories().revisions.get('role', id, version);
    if (!stored)
      throw new AppError('NOT_FOUND', `Role ${id} has no version ${version}.`, {
        what: 'revision',
        version,
      });
    // Snapshots taken before roles had keys or edit versions lack them; a key never changes.
    const snapshot = stored.snapshot as Partial<Role> & Omit<Role, 'editVersion' | 'key'>;
    return {
      ...stored,
      snapshot: {
        ...snapshot,
        // Snapshots from before issue 10 lack the structures of 工作权限 / 工作关系.
        details: recoverRoleDetails(JSON.stringify(snapshot.details ?? {})).value,
        key: snapshot.key ?? this.get(id).key,
        editVersion: snapshot.editVersion ?? 0,
      },
    };
  }

  /** The draft as it will be stored, after the checks every write of a role passes. */
  private checked(draft: RoleDraft, id: number | null): RoleDraft {
    this.departments.require(draft.departmentId);
    this.assertManager(id, draft);
    const duties = draft.duties.map((duty) => ({ ...duty, text: duty.text.trim() }));
    const blank = duties.findIndex((duty) => duty.text === '');
    if (blank >= 0) {
      throw new AppError('INVALID_REQUEST', 'A duty needs a description (职责描述).', {
        reason: 'dutyTextRequired',
        n: blank + 1,
      });
    }
    this.assertCompetencies(draft.competencies);
    return {
      ...draft,
      duties,
      details: structuredDetails(
        draft.details,
        id === null ? null : (this.session.repositories().roles.get(id)?.details ?? null),
        this.session.repositories(),
      ),
    };
  }

  private assertCompetencies(links: RoleCompetency[]): void {
    const { competencies } = this.session.repositories();
    const seen = new Set<number>();
    for (const link of links) {
      if (seen.has(link.competencyId)) {
        throw new AppError('INVALID_REQUEST', 'A competency is listed twice on this role.', {
          reason: 'competencyTwice',
        });
      }
      seen.add(link.competencyId);
      if (!competencies.exists(link.competencyId)) {
        throw new AppError('NOT_FOUND', `Competency ${link.competencyId} does not exist.`, {
          what: 'competency',
        });
      }
    }
  }

  /** 直接上级 must be another existing role, and must not make a reporting loop. */
  private assertManager(id: number | null, basics: RoleBasics): void {
    const managerId = basics.reportsToId;
    if (managerId === null) return;
    // A role not yet created (id null) has nobody below it, so it cannot close a loop.
    if (id === null) {
      if (!this.session.repositories().roles.get(managerId)) {
        throw new AppError('NOT_FOUND', `The manager role ${managerId} does not exist.`);
      }
      return;
    }
    if (managerId === id) {
      throw new AppError('INVALID_REQUEST', 'A role cannot report to itself.', {
        reason: 'reportsToSelf',
      });
    }
    const { roles } = this.session.repositories();
    if (!roles.get(managerId)) {
      throw new AppError('NOT_FOUND', `The manager role ${managerId} does not exist.`, {
        what: 'manager',
      });
    }
    if (roles.managersOf(managerId).includes(id)) {
      const manager = roles.get(managerId)?.title ?? '';
      throw new AppError('INVALID_REQUEST', 'That manager already reports to this role (a loop).', {
        reason: 'reportsToLoop',
        name: manager,
      });
    }
  }
}
