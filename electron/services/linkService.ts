import type { AlignmentLibrary } from '../../shared/alignment/library';
import { AppError } from '../../shared/errors';
import {
  dutiesOfProcess,
  stepCandidates,
  type StepCandidate,
  type StepDuty,
} from '../../shared/links/candidates';
import { draftDuties, type DraftedDuty } from '../../shared/links/draftDuties';
import type { LibrarySession } from '../library/librarySession';
import type { AlignmentLibraryStore } from './alignmentLibrary';

/**
 * Duty ↔ step links both ways (issue 10): the steps a role may link its duties to, the duties
 * a process's steps serve, and duties drafted from a role's steps. Read from the whole library
 * (AlignmentLibraryStore), so a save anywhere is seen on the next request.
 */
export class LinkService {
  constructor(
    private readonly session: LibrarySession,
    /** The whole library, read once and shared by the services (see AlignmentLibraryStore). */
    private readonly library: AlignmentLibraryStore,
  ) {}

  candidates(roleId: number): StepCandidate[] {
    return stepCandidates(this.withRole(roleId), roleId);
  }

  ofProcess(processId: number): StepDuty[] {
    const library = this.library.current();
    if (!library.processes.some((process) => process.id === processId)) {
      throw new AppError('NOT_FOUND', `Process ${processId} does not exist.`, { what: 'process' });
    }
    return dutiesOfProcess(library, processId);
  }

  draftDuties(roleId: number): DraftedDuty[] {
    return draftDuties(this.withRole(roleId), roleId);
  }

  /** The library, once the role is known to exist (a deleted role is NOT_FOUND, not empty). */
  private withRole(roleId: number): AlignmentLibrary {
    void this.session;
    const library = this.library.current();
    if (!library.roles.some((role) => role.id === roleId)) {
      throw new AppError('NOT_FOUND', `Role ${roleId} does not exist.`, { what: 'role' });
    }
    return library;
  }
}
