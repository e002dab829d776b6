import type { AlignmentLibrary } from '../../shared/alignment/library';
import type { RoleDraft } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import {
  buildLibraryIndex,
  checkAlignment,
  checkRole,
  type AlignmentFinding,
  type LibraryIndex,
} from '../../shared/rules/library';
import type { LibrarySession } from '../library/librarySession';
import type { AlignmentLibraryStore } from './alignmentLibrary';

type Checked = { library: AlignmentLibrary; index: LibraryIndex; findings: AlignmentFinding[] };

/**
 * Runs the library-wide checks J1–J8 (shared/rules/library) on the open library. The index and
 * the library's findings are kept while the store returns the same library object (it builds
 * a new one when a role, a process, a department or the settings change), so the report, the
 * role editor and the map editor share one build.
 */
export class LibraryChecksService {
  private cache: Checked | null = null;

  constructor(
    private readonly session: LibrarySession,
    /** The whole library, read once and shared by the services (see AlignmentLibraryStore). */
    private readonly library: AlignmentLibraryStore,
  ) {}

  /** Every finding, with the names of the roles and processes it mentions. */
  checkLibrary(): {
    findings: AlignmentFinding[];
    roles: { id: number; name: string; departmentId: number }[];
    processes: { id: number; name: string; code: string }[];
  } {
    const { library, findings } = this.checked();
    return {
      findings,
      roles: library.roles.map((r) => ({ id: r.id, name: r.title, departmentId: r.departmentId })),
      processes: library.processes.map((p) => ({ id: p.id, name: p.name, code: p.code })),
    };
  }

  /** One role as edited, against the saved library. */
  checkRole(draft: RoleDraft): AlignmentFinding[] {
    const { library, index } = this.checked();
    return checkRole(library, index, draft);
  }

  /** The findings about one map's steps. */
  checkProcess(processId: number): AlignmentFinding[] {
    const { index, findings } = this.checked();
    if (!index.processes.has(processId)) {
      throw new AppError('NOT_FOUND', `Process ${processId} does not exist.`, { what: 'process' });
    }
    return findings.filter((finding) => finding.processId === processId);
  }

  private checked(): Checked {
    const library = this.library.current();
    if (this.cache?.library !== library) {
      const index = buildLibraryIndex(library);
      this.cache = { library, index, findings: checkAlignment(library, index) };
    }
    return this.cache;
  }
}
