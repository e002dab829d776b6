import type { AlignmentLibrary } from '../../shared/alignment/library';
import { buildLibraryIndex, type LibraryIndex } from '../../shared/rules/library';
import type { LibrarySession } from '../library/librarySession';
import type { AnalysisService } from './analysisService';

/**
 * The whole library for the "one library" services (checks J1–J8, RACI, staffing, changes),
 * read once and kept until a role, a process, a department or the settings change: the key is
 * the file and the repositories' fingerprints, so a save anywhere (another window included)
 * is seen on the next request. One instance serves every service, so a big library is held
 * once. Callers must not mutate what they get.
 */
export class AlignmentLibraryStore {
  private cache: { key: string; library: AlignmentLibrary } | null = null;
  private indexed: LibraryIndex | null = null;

  constructor(
    private readonly session: LibrarySession,
    private readonly analysis: AnalysisService,
  ) {}

  current(): AlignmentLibrary {
    const repositories = this.session.repositories();
    const analysis = this.analysis.library();
    const key = [
      this.session.file ?? '',
      repositories.roles.fingerprint(),
      repositories.processes.fingerprint(),
      JSON.stringify(analysis.departments),
      JSON.stringify(analysis.settings),
    ].join('|');
    if (this.cache?.key === key) return this.cache.library;
    const library: AlignmentLibrary = {
      roles: repositories.roles.all(),
      processes: repositories.processes.all().map((process) => ({
        id: process.id,
        code: process.code,
        name: process.name,
        processClass: process.processClass,
        ownerRoleId: process.ownerRoleId,
        departmentId: process.departmentId,
        status: process.status,
        graph: process.graph,
        editVersion: process.editVersion,
      })),
      departments: repositories.departments.list(),
      analysis,
    };
    this.cache = { key, library };
    return library;
  }

  /**
   * The index of the current library for the checks J1–J8 and the staffing table, brought up
   * to date from the previous one: only the maps whose editVersion (or whose roles' names,
   * departments, rates, or the settings) changed are analysed again (shared/rules/library).
   */
  index(): LibraryIndex {
    this.indexed = buildLibraryIndex(this.current(), this.indexed);
    return this.indexed;
  }
}
