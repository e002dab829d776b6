import type { AlignmentLibrary } from '../../shared/alignment/library';
import type { RoleDraft } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import {
  checkAlignment,
  checkRole,
  type AlignmentFinding,
  type LibraryIndex,
} from '../../shared/rules/library';
import type { LibrarySession } from '../library/librarySession';
import type { AlignmentLibraryStore } from './alignmentLibrary';

type Checked = { library: AlignmentLibrary; index: LibraryIndex; findings: AlignmentFinding[] };

/**
 * Runs the library-wide checks J1–J8 (shared/rules/library) on the open library. The store
 * keeps the index up to date incrementally (a role's save analyses no map, a map's save that
 * map only); the library's findings are kept while the index is the same, so the report, the
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
    const index = this.library.index();
    if (this.cache?.index !== index) {
      const { library } = index;
      this.cache = { library, index, findings: checkAlignment(library, index) };
    }
    return this.cache;
  }
}
