import {
  basicsOf,
  dutyDraftOf,
  newRoleBasics,
  type Role,
  type RoleDraft,
} from '../../shared/domain';
import { MESSAGES, type Locale } from '../../shared/i18n';
import type { ResponsibilityChange } from '../../shared/responsibility/change';
import { NEW_ROLE_ID, planChange, type ChangePlan } from '../../shared/responsibility/plan';
import { previewOf, type ImpactPreview } from '../../shared/responsibility/preview';
import { AppError } from '../../shared/errors';
import type { LibrarySession, Repositories } from '../library/librarySession';
import type { AlignmentLibraryStore } from './alignmentLibrary';
import { editConflict } from './editConflict';
import { partsOf } from './usageService';

export type AppliedChange = {
  roleIds: number[];
  processIds: number[];
  createdRoleId: number | null;
  note: string;
};

/**
 * Responsibility changes (issue 10): the impact preview, and apply writing exactly the plan
 * the preview was read from, in one transaction, with a revision note on every description
 * and map it rewrites (approved ones become drafts: every save of an approved item does).
 */
export class ResponsibilityService {
  constructor(
    private readonly session: LibrarySession,
    /** The whole library, read once and shared by the services (see AlignmentLibraryStore). */
    private readonly library: AlignmentLibraryStore,
  ) {}

  preview(change: ResponsibilityChange): ImpactPreview & { basis: string } {
    const library = this.library.current();
    const plan = planChange(library, change, this.context(change, NEW_ROLE_ID));
    return { ...previewOf(library, plan), basis: this.basis(change) };
  }

  /** Refused with EDIT_CONFLICT, nothing written, when the library moved past `basis`. */
  apply(change: ResponsibilityChange, basis: string, locale: Locale): AppliedChange {
    if (basis !== this.basis(change)) {
      throw new AppError('EDIT_CONFLICT', 'The library changed since the preview.', {
        what: 'library',
        name: '',
      });
    }
    const library = this.library.current();
    // Planned once before writing, so a refused change (a missing target) writes nothing.
    planChange(library, change, this.context(change, NEW_ROLE_ID));
    const repositories = this.session.repositories();
    return repositories.transaction(() => {
      const created = createdRole(repositories, change);
      const plan = planChange(library, change, this.context(change, created ?? NEW_ROLE_ID));
      const note = noteOf(plan, locale);
      write(repositories, plan, note);
      return {
        roleIds: plan.roles.flatMap((e) => (e.after ? [e.after.id] : [])),
        processIds: plan.processes.map((e) => e.process.id),
        createdRoleId: created,
        note,
      };
    });
  }

  private context(change: ResponsibilityChange, newRoleId: number) {
    const competencies =
      change.kind === 'editCompetency' ? this.session.repositories().competencies.list() : [];
    return { competencies, newRoleId };
  }

  /** What the preview was computed on: every role and map (and the competencies it edits). */
  private basis(change: ResponsibilityChange): string {
    const { roles, processes, competencies } = this.session.repositories();
    const parts = [roles.fingerprint(), processes.fingerprint()];
    if (change.kind === 'editCompetency') {
      parts.push(
        competencies
          .list()
          .map((c) => `${c.id}:${c.editVersion}`)
          .join(','),
      );
    }
    return parts.join('|');
  }
}

function createdRole(repositories: Repositories, change: ResponsibilityChange): number | null {
  if (change.kind !== 'moveDuties' || !('newRole' in change.to)) return null;
  const { title, departmentId } = change.to.newRole;
  const { defaultTemplate } = repositories.settings.read();
  const basics = { ...newRoleBasics(departmentId, title), template: defaultTemplate };
  return repositories.roles.create(basics);
}

/** Maps first (their index names the roles), then descriptions, the competency, deletions last. */
function write(repositories: Repositories, plan: ChangePlan, note: string) {
  for (const { process, edit } of plan.processes) {
    const stored = repositories.processes.get(process.id);
    if (!stored) throw editConflict('process', process.name);
    const { basics } = partsOf(stored);
    const saved = repositories.processes.save(
      process.id,
      stored.editVersion,
      { ...basics, ownerRoleId: edit.ownerRoleId },
      edit.graph,
    );
    if (!saved) throw editConflict('process', process.name);
    repositories.pendingNotes.add('process', process.id, note);
  }
  if (plan.competency) {
    const { id, editVersion, ...input } = plan.competency;
    if (!repositories.competencies.update(id, input, editVersion)) {
      throw editConflict('competency', input.nameZh || input.nameEn);
    }
  }
  for (const edit of plan.roles) {
    if (!edit.after) continue;
    const expected = edit.before?.editVersion ?? 0;
    const draft = draftOf(edit.after, edit.before);
    if (!repositories.roles.save(draft, expected)) throw editConflict('role', edit.after.title);
    repositories.pendingNotes.add('role', edit.after.id, note);
  }
  for (const edit of plan.roles) {
    if (edit.after || !edit.before) continue;
    if (!repositories.roles.delete(edit.before.id, edit.before.editVersion)) {
      throw editConflict('role', edit.before.title);
    }
  }
}

/** The role as a save takes it; duties it did not have before are written as new duties. */
function draftOf(role: Role, before: Role | null): RoleDraft {
  const own = new Set(before?.duties.map((duty) => duty.id) ?? []);
  return {
    ...basicsOf(role),
    id: role.id,
    details: role.details,
    competencies: role.competencies,
    duties: role.duties.map((duty) => dutyDraftOf(duty, own.has(duty.id))),
  };
}

/** The revision note in the interface language, e.g. "职责调整：技术部的职责移至技术中心（…）". */
export function noteOf(plan: ChangePlan, locale: Locale): string {
  // Duties moved without steps: "（2 项职责，0 个步骤）" would name steps that never moved.
  const dutiesOnly = plan.change.kind === 'moveDuties' && Number(plan.note.steps ?? 0) === 0;
  const template =
    MESSAGES[locale].alignment.changes.notes[dutiesOnly ? 'moveDutiesOnly' : plan.change.kind];
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(plan.note[key] ?? ''));
}
