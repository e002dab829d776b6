import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { openError } from './storageErrors';
import { migrate, ROLEFLOW_APPLICATION_ID, schemaVersion } from './migrate';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/types';

const SQLITE_HEADER = 'SQLite format 3\0';

export type OpenOptions = {
  /** Create the file when it does not exist (tests; the app creates through createLibrary). */
  create: boolean;
  /** Open without writing anything, for a file that cannot or must not be written. */
  readOnly?: boolean;
  /** Path of the native addon to load (the Electron build lives beside the Node one). */
  nativeBinding?: string | undefined;
  /** The migrations to bring the file up to; tests pass their own history. */
  migrations?: readonly Migration[];
  /** Called with every new connection before it reads or writes (tests inject faults here). */
  onConnection?: ((db: Database.Database) => void) | undefined;
};

/**
 * How long a save waits for another writer before it says "another program is using this
 * library". Short on purpose: the main process must never hang on a lock at every save.
 */
export const SAVE_BUSY_TIMEOUT_MS = 500;

/** In the params of the LIBRARY_BUSY that says only writing is blocked (reading works). */
export const WRITE_LOCK_HELD = 'write';

/** How long opening waits to take the write lock before it opens the library read-only. */
const PROBE_BUSY_TIMEOUT_MS = 200;

/**
 * Opens a library file, refusing anything that is not a healthy RoleFlow library of a schema
 * this build understands. A refused file is never written to: the checks run before any
 * pragma or migration that would change it. A file another program holds the write lock on
 * is refused with LIBRARY_BUSY before anything is written, so the caller can open it
 * read-only instead.
 */
export function openLibrary(file: string, options: OpenOptions): Database.Database {
  const name = path.basename(file);
  const exists = fs.existsSync(file);
  if (!exists && (!options.create || options.readOnly)) {
    throw new AppError('LIBRARY_MISSING', `The library file ${name} does not exist.`, { name });
  }
  if (exists) assertLooksLikeSqlite(file);
  else fs.mkdirSync(path.dirname(file), { recursive: true });

  let db: Database.Database;
  try {
    db = new Database(file, {
      fileMustExist: exists,
      readonly: options.readOnly === true,
      // better-sqlite3 waits 5 s by default; a held file is reported, not waited for.
      timeout: PROBE_BUSY_TIMEOUT_MS,
      nativeBinding: options.nativeBinding,
    });
  } catch (error) {
    throw openError(error, name);
  }
  try {
    options.onConnection?.(db);
    const migrations = options.migrations ?? MIGRATIONS;
    if (exists) assertRoleFlowLibrary(db, file, migrations.length);
    db.pragma('foreign_keys = ON');
    // 64 MB of page cache (SQLite's default is 2 MB): a library of 10,000 roles fits, so
    // search and lists stop re-reading pages from disk. It only fills as pages are read.
    db.pragma('cache_size = -65536');
    if (options.readOnly) {
      if (schemaVersion(db) < migrations.length) {
        throw new AppError(
          'LIBRARY_READ_ONLY',
          `${name} must be upgraded to this RoleFlow's library format, but it cannot be written.`,
          { name },
        );
      }
      db.pragma(`busy_timeout = ${SAVE_BUSY_TIMEOUT_MS}`);
      return db;
    }
    if (exists) assertWriteLockFree(db, name);
    db.pragma(`busy_timeout = ${SAVE_BUSY_TIMEOUT_MS}`);
    db.pragma('journal_mode = WAL');
    // What the user saw saved survives a power loss: every commit is synced to disk.
    // The bench (`npm run bench`, "save role") prints what this costs against NORMAL.
    db.pragma('synchronous = FULL');
    const version = schemaVersion(db);
    if (version < migrations.length) {
      if (version > 0) backUpBeforeMigrating(db, file, version);
      migrate(db, migrations);
    }
    return db;
  } catch (error) {
    db.close();
    throw openError(error, name);
  }
}

/**
 * Refuses (LIBRARY_BUSY) a file whose write lock another program holds, without writing:
 * BEGIN IMMEDIATE only takes the lock, and the rollback gives it straight back.
 */
function assertWriteLockFree(db: Database.Database, name: string): void {
  db.pragma(`busy_timeout = ${PROBE_BUSY_TIMEOUT_MS}`);
  try {
    db.exec('BEGIN IMMEDIATE');
    db.exec('ROLLBACK');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('SQLITE_BUSY')) {
      throw new AppError('LIBRARY_BUSY', `Another program is writing to ${name}.`, {
        name,
        held: WRITE_LOCK_HELD,
      });
    }
    if (typeof code === 'string' && code.startsWith('SQLITE_READONLY')) {
      throw new AppError('LIBRARY_READ_ONLY', `${name} cannot be written (${code}).`, { name });
    }
    throw error;
  }
}

/**
 * Why a library file cannot be written, judged before SQLite tries: the file, or the folder
 * that must hold its write-ahead log, is read-only. Null when both may be written.
 */
export function readOnlyReason(file: string): 'file' | 'folder' | null {
  try {
    fs.accessSync(file, fs.constants.W_OK);
  } catch {
    return 'file';
  }
  try {
    fs.accessSync(path.dirname(file), fs.constants.W_OK);
  } catch {
    return 'folder';
  }
  return null;
}

function assertLooksLikeSqlite(file: string): void {
  let header: Buffer;
  try {
    const handle = fs.openSync(file, 'r');
    try {
      header = Buffer.alloc(16);
      const read = fs.readSync(handle, header, 0, 16, 0);
      header = header.subarray(0, read);
    } finally {
      fs.closeSync(handle);
    }
  } catch (error) {
    const name = path.basename(file);
    throw new AppError('LIBRARY_UNREADABLE', `${name} cannot be read: ${String(error)}`, {
      name,
    });
  }
  if (header.length === 0) {
    throw new AppError(
      'LIBRARY_NOT_A_LIBRARY',
      `${path.basename(file)} is an empty file, not a RoleFlow library. It was left unchanged.`,
      { name: path.basename(file) },
    );
  }
  if (header.toString('latin1') !== SQLITE_HEADER) {
    throw new AppError(
      'LIBRARY_NOT_A_LIBRARY',
      `${path.basename(file)} is not a RoleFlow library (it is not an SQLite database). It was left unchanged.`,
      { name: path.basename(file) },
    );
  }
}

function assertRoleFlowLibrary(db: Database.Database, file: string, latest: number): void {
  const name = path.basename(file);
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  if (applicationId !== ROLEFLOW_APPLICATION_ID) {
    throw new AppError(
      'LIBRARY_NOT_A_LIBRARY',
      `${name} is an SQLite database made by another program, not a RoleFlow library. It was left unchanged.`,
      { name },
    );
  }
  const version = schemaVersion(db);
  if (version > latest) {
    throw new AppError(
      'LIBRARY_TOO_NEW',
      `${name} was saved by a newer RoleFlow (library format ${version}; this version reads up to ${latest}). Update RoleFlow to open it. The file was left unchanged.`,
      { name, version, supported: latest },
    );
  }
  const check = db.pragma('quick_check', { simple: true });
  if (check !== 'ok') {
    throw new AppError(
      'LIBRARY_DAMAGED',
      `${name} is damaged (${String(check)}). It was left unchanged; open a backup copy instead.`,
      { name },
    );
  }
}

/** A consistent copy beside the file, taken before a migration touches it. */
function backUpBeforeMigrating(db: Database.Database, file: string, version: number): void {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = `${file}.v${version}-${stamp}.backup`;
  // VACUUM INTO writes a complete, consistent snapshot synchronously, so migration only
  // starts once the copy is whole.
  db.prepare('VACUUM INTO ?').run(target);
}
