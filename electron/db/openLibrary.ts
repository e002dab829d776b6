import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { migrate, ROLEFLOW_APPLICATION_ID, schemaVersion } from './migrate';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/types';

const SQLITE_HEADER = 'SQLite format 3\0';

export type OpenOptions = {
  /** Create the file when it does not exist (New library, or the default library). */
  create: boolean;
  /** Path of the native addon to load (the Electron build lives beside the Node one). */
  nativeBinding?: string | undefined;
  /** The migrations to bring the file up to; tests pass their own history. */
  migrations?: readonly Migration[];
};

/**
 * Opens a library file, refusing anything that is not a healthy RoleFlow library of a schema
 * this build understands. A refused file is never written to: the checks run before any
 * pragma or migration that would change it.
 */
export function openLibrary(file: string, options: OpenOptions): Database.Database {
  const exists = fs.existsSync(file);
  if (!exists && !options.create) {
    throw new AppError(
      'LIBRARY_UNREADABLE',
      `The library file ${path.basename(file)} does not exist.`,
    );
  }
  if (exists) assertLooksLikeSqlite(file);
  else fs.mkdirSync(path.dirname(file), { recursive: true });

  let db: Database.Database;
  try {
    db = new Database(file, { fileMustExist: exists, nativeBinding: options.nativeBinding });
  } catch (error) {
    throw translateSqliteError(error, file);
  }
  try {
    const migrations = options.migrations ?? MIGRATIONS;
    if (exists) assertRoleFlowLibrary(db, file, migrations.length);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = NORMAL');
    // 64 MB of page cache (SQLite's default is 2 MB): a library of 10,000 roles fits, so
    // search and lists stop re-reading pages from disk. It only fills as pages are read.
    db.pragma('cache_size = -65536');
    const version = schemaVersion(db);
    if (version < migrations.length) {
      if (version > 0) backUpBeforeMigrating(db, file, version);
      migrate(db, migrations);
    }
    return db;
  } catch (error) {
    db.close();
    throw translateSqliteError(error, file);
  }
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
    throw new AppError(
      'LIBRARY_UNREADABLE',
      `${path.basename(file)} cannot be read: ${String(error)}`,
    );
  }
  if (header.length === 0) {
    throw new AppError(
      'LIBRARY_NOT_A_LIBRARY',
      `${path.basename(file)} is an empty file, not a RoleFlow library. It was left unchanged.`,
    );
  }
  if (header.toString('latin1') !== SQLITE_HEADER) {
    throw new AppError(
      'LIBRARY_NOT_A_LIBRARY',
      `${path.basename(file)} is not a RoleFlow library (it is not an SQLite database). It was left unchanged.`,
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
    );
  }
  const version = schemaVersion(db);
  if (version > latest) {
    throw new AppError(
      'LIBRARY_TOO_NEW',
      `${name} was saved by a newer RoleFlow (library format ${version}; this version reads up to ${latest}). Update RoleFlow to open it. The file was left unchanged.`,
    );
  }
  const check = db.pragma('quick_check', { simple: true });
  if (check !== 'ok') {
    throw new AppError(
      'LIBRARY_DAMAGED',
      `${name} is damaged (${String(check)}). It was left unchanged; open a backup copy instead.`,
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

function translateSqliteError(error: unknown, file: string): unknown {
  if (error instanceof AppError) return error;
  const code = (error as { code?: unknown }).code;
  const name = path.basename(file);
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT' || code === 'SQLITE_CORRUPT_VTAB') {
    return new AppError(
      'LIBRARY_DAMAGED',
      `${name} is damaged and cannot be opened. It was left unchanged; open a backup copy instead.`,
    );
  }
  if (
    typeof code === 'string' &&
    (code.startsWith('SQLITE_CANTOPEN') ||
      code.startsWith('SQLITE_READONLY') ||
      code.startsWith('SQLITE_PERM'))
  ) {
    return new AppError('LIBRARY_UNREADABLE', `${name} cannot be opened for writing (${code}).`);
  }
  return error;
}
