import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { LibraryStatus } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import { schemaVersion } from '../db/migrate';
import { openLibrary } from '../db/openLibrary';
import { CompetencyRepository } from '../db/repositories/competencyRepository';
import { DepartmentRepository } from '../db/repositories/departmentRepository';
import { ProcessRepository } from '../db/repositories/processRepository';
import { RevisionRepository } from '../db/repositories/revisionRepository';
import { RoleRepository } from '../db/repositories/roleRepository';
import { SearchRepository } from '../db/repositories/searchRepository';
import { SettingsRepository } from '../db/repositories/settingsRepository';
import { seedSampleLibrary } from './seed/sampleLibrary';
import { seedStarterDictionary } from './seed/starterCompetencies';

export type Repositories = {
  departments: DepartmentRepository;
  roles: RoleRepository;
  competencies: CompetencyRepository;
  search: SearchRepository;
  revisions: RevisionRepository;
  settings: SettingsRepository;
  processes: ProcessRepository;
  /** Runs `work` in one transaction across repositories. */
  transaction<T>(work: () => T): T;
};

type OpenLibrary = { file: string; db: Database; repositories: Repositories };

/**
 * What a newly created library starts with: nothing, the starter competency dictionary (every
 * library a user creates), or the demo company of File → New library from sample.
 */
export type LibrarySeed = 'none' | 'starter' | 'sample';
type FailedLibrary = { file: string; error: AppError };

/**
 * The one library the app has open. Opening another replaces it only once the new file has
 * opened cleanly; a failure while something is open leaves that library open and throws.
 */
export class LibrarySession {
  private current: OpenLibrary | null = null;
  private failure: FailedLibrary | null = null;

  constructor(private readonly nativeBinding?: string) {}

  /** Opens (or with `create`, creates) a library file and makes it the current one. */
  open(file: string, options: { create: boolean; seed?: LibrarySeed }): LibraryStatus {
    const resolved = path.resolve(file);
    const isNew = !fs.existsSync(resolved);
    let db: Database;
    try {
      db = openLibrary(resolved, { create: options.create, nativeBinding: this.nativeBinding });
    } catch (error) {
      if (!(error instanceof AppError) || this.current) throw error;
      this.failure = { file: resolved, error };
      return this.status();
    }
    const repositories = createRepositories(db);
    if (isNew) {
      try {
        seedNewLibrary(repositories, options.seed ?? 'none');
      } catch (error) {
        // The file is ours, created a moment ago: remove it rather than leave it half-made.
        db.close();
        for (const suffix of ['', '-wal', '-shm']) fs.rmSync(resolved + suffix, { force: true });
        throw error;
      }
    }
    this.close();
    this.current = { file: resolved, db, repositories };
    return this.status();
  }

  status(): LibraryStatus {
    if (this.current) {
      return {
        state: 'open',
        name: path.basename(this.current.file),
        schemaVersion: schemaVersion(this.current.db),
      };
    }
    if (this.failure) {
      const { code, message } = this.failure.error;
      const libraryCode =
        code === 'LIBRARY_DAMAGED' || code === 'LIBRARY_TOO_NEW' || code === 'LIBRARY_NOT_A_LIBRARY'
          ? code
          : 'LIBRARY_UNREADABLE';
      return { state: 'error', name: path.basename(this.failure.file), code: libraryCode, message };
    }
    return {
      state: 'error',
      name: '',
      code: 'LIBRARY_UNREADABLE',
      message: 'No library is open.',
    };
  }

  /** The open library's repositories; throws LIBRARY_NOT_OPEN when none is open. */
  repositories(): Repositories {
    if (!this.current) throw new AppError('LIBRARY_NOT_OPEN', 'No library is open.');
    return this.current.repositories;
  }

  /** Path of the open library, for main's own use (settings, window title); never sent out. */
  get file(): string | null {
    return this.current?.file ?? null;
  }

  close(): void {
    if (!this.current) return;
    // Fold the WAL back into the file so a library copied elsewhere is whole.
    this.current.db.pragma('wal_checkpoint(TRUNCATE)');
    this.current.db.close();
    this.current = null;
    this.failure = null;
  }
}

function createRepositories(db: Database): Repositories {
  return {
    departments: new DepartmentRepository(db),
    roles: new RoleRepository(db),
    competencies: new CompetencyRepository(db),
    search: new SearchRepository(db),
    revisions: new RevisionRepository(db),
    settings: new SettingsRepository(db),
    processes: new ProcessRepository(db),
    transaction: <T>(work: () => T): T => db.transaction(work)(),
  };
}

function seedNewLibrary(repositories: Repositories, seed: LibrarySeed): void {
  if (seed === 'starter') seedStarterDictionary(repositories);
  if (seed === 'sample') seedSampleLibrary(repositories);
}
