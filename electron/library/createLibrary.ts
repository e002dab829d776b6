import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { migrate } from '../db/migrate';
import { storageError } from '../db/storageErrors';
import { createRepositories } from './repositories';
import { seedSampleLibrary } from './seed/sampleLibrary';
import { seedStarterDictionary } from './seed/starterCompetencies';
import { syncFile, syncFolder, temporaryBeside } from './temporaryFiles';

/**
 * What a newly created library starts with: nothing, the starter competency dictionary (every
 * library a user creates), or the demo company of File → New library from sample.
 */
export type LibrarySeed = 'none' | 'starter' | 'sample';

export type CreateOptions = {
  seed: LibrarySeed;
  nativeBinding?: string | undefined;
  /** Called with the new connection before anything is written (tests inject faults here). */
  onConnection?: ((db: Database.Database) => void) | undefined;
};

/**
 * Creates a complete library at `file`, or nothing there: the schema and the seed are built
 * in a temporary file beside it, synced, and renamed into place. A crash at any point before
 * the rename leaves only the temporary file (removed at the next start); after it, the
 * complete library. The file is never half-made under its own name.
 */
export function createLibraryFile(file: string, options: CreateOptions): void {
  const folder = path.dirname(file);
  const name = path.basename(file);
  try {
    fs.mkdirSync(folder, { recursive: true });
    fs.accessSync(folder, fs.constants.W_OK);
  } catch (error) {
    const storage = storageError(error);
    if (storage) throw new AppError(storage.code, storage.message, { name });
    throw new AppError(
      'LIBRARY_FOLDER_UNAVAILABLE',
      `The folder of ${name} cannot be created or written to: ${String(error)}`,
      { name },
    );
  }
  const temporary = temporaryBeside(file, '.creating');
  try {
    buildLibrary(temporary, options);
    syncFile(temporary);
    if (fs.existsSync(file)) {
      // Someone made the file while we built ours: theirs wins, ours is discarded.
      throw new AppError('CONFLICT', `${name} appeared while it was being created.`, { name });
    }
    fs.renameSync(temporary, file);
  } catch (error) {
    for (const leftover of [temporary, `${temporary}-journal`]) {
      fs.rmSync(leftover, { force: true });
    }
    throw error;
  }
  syncFolder(folder);
}

function buildLibrary(temporary: string, options: CreateOptions): void {
  const db = new Database(temporary, { nativeBinding: options.nativeBinding });
  try {
    options.onConnection?.(db);
    // Nothing here needs to survive a crash on its own: the file only counts once it is
    // synced and renamed. The journal in memory still lets a failed step roll back.
    db.pragma('journal_mode = MEMORY');
    db.pragma('synchronous = OFF');
    db.pragma('foreign_keys = ON');
    migrate(db);
    const repositories = createRepositories(db);
    if (options.seed === 'starter') seedStarterDictionary(repositories);
    if (options.seed === 'sample') seedSampleLibrary(repositories);
  } finally {
    db.close();
  }
}
