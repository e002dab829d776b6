import { draftAsDuty, type Role, type RoleDraft, type RoleSummary } from '../../shared/domain';
import {
  buildLibraryIndex,
  checkLibrary,
  checkRole,
  type Finding,
  type LibraryIndex,
} from '../../shared/rules/positionChecks';
import type { LibrarySession } from '../library/librarySession';
import type { RoleService } from './roleService';

/**
 * Runs the method's checks (shared/rules) against the open library. The library index —
 * which duty texts and competency sets occur on which roles — is built once and reused until
 * a role changes, so checking a draft as the user types stays cheap on a big library.
 */
export class ChecksService {
  private cache: { fingerprint: string; roles: Role[]; index: LibraryIndex } | null = null;

  constructor(
    private readonly session: LibrarySession,
    private readonly roles: RoleService,
  ) {}

  /** Findings for a role as it stands in the editor, saved or not. */
  checkDraft(draft: RoleDraft): Finding[] {
    const saved = this.roles.get(draft.id);
    const asRole: Role = {
      ...saved,
      ...draft,
      duties: draft.duties.map((duty, index) => draftAsDuty(duty, duty.id ?? -(index + 1))),
    };
    return checkRole(asRole, this.library().index);
  }

  /** Every finding in the library, with the roles they are about (for the report). */
  checkLibrary(): { findings: Finding[]; roles: RoleSummary[] } {
    const { roles } = this.library();
    return {
      findings: checkLibrary(roles),
      roles: this.session.repositories().roles.list(null),
    };
  }

  private library(): { roles: Role[]; index: LibraryIndex } {
    const repository = this.session.repositories().roles;
    // The file is part of the key: the same service outlives a switch to another library.
    const fingerprint = `${this.session.file ?? ''}|${repository.fingerprint()}`;
    if (this.cache?.fingerprint !== fingerprint) {
      const roles = repository.all();
      this.cache = { fingerprint, roles, index: buildLibraryIndex(roles) };
    }
    return this.cache;
  }
}
