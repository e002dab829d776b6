import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import {
  LIBRARY_ERROR_CODES,
  type LibraryErrorCode,
  type LibraryReadOnlyReason,
  type LibraryStatus,
} from '../../shared/domain';
import { AppError } from '../../shared/errors';
import { schemaVersion } from '../db/migrate';
import { openLibrary, readOnlyReason, WRITE_LOCK_HELD, type OpenOptions } from '../db/openLibrary';
import { openError } from '../db/storageErrors';
import { createLibraryFile, type LibrarySeed } from './createLibrary';
import { createRepositories, type Repositories } from './repositories';
import { removeAbandonedTemporaries } from './temporaryFiles';

export type { LibrarySeed } from './createLibrary';
export type { Repositories } from './repositories';

type OpenLibrary = {
  file: string;
  db: Database;
  repositories: Repositories;
  readOnly: LibraryReadOnlyReason | null;
  /** A private copy that was opened instead of the file (removed on close). */
  copyFolder: string | null;
};

type OpenRequest = { create: boolean; seed?: LibrarySeed };
type FailedLibrary = { file: string; request: OpenRequest; error: AppError };

export type SessionOptions = {
  /** Path of the native addon to load (the Electron build lives beside the Node one). */
  nativeBinding?: string | undefined;
  /** Called with every connection before it reads or writes (tests inject faults here). */
  onConnection?: OpenOptions['onConnection'];
};

/**
 * The one library the app has open. Opening another replaces it only once the new file has
 * opened cleanly; a failure while something is open leaves that library open and throws.
 * With nothing open, a failure of any kind becomes the error status the library error screen
 * shows: opening never throws the app out of its window.
 */
export class LibrarySession {
  private current: OpenLibrary | null = null;
  private failure: FailedLibrary | null = null;
  private readonly options: SessionOptions;

  constructor(options: SessionOptions | string = {}) {
    this.options = typeof options === 'string' ? { nativeBinding: options } : options;
  }

  /** Opens (or with `create`, creates) a library file and makes it the current one. */
  open(file: string, request: OpenRequest): LibraryStatus {
    const resolved = path.resolve(file);
    let opened: OpenLibrary;
    try {
      opened = this.openFile(resolved, request);
    } catch (error) {
      const failure = openError(error, path.basename(resolved));
      if (this.current) throw failure;
      this.failure = { file: resolved, request, error: failure };
      return this.status();
    }
    this.close();
    this.current = opened;
    return this.status();
  }

  /** Records a failure that happened around opening (say, reading settings) as the status. */
  fail(file: string, request: OpenRequest, error: unknown): LibraryStatus {
    const resolved = path.resolve(file);
    if (this.current) return this.status();
    this.failure = { file: resolved, request, error: openError(error, path.basename(resolved)) };
    return this.status();
  }

  /**
   * Opens again what failed to open, or what opened read-only (the other program may have
   * let go of it). With a library open for writing, nothing changes.
   */
  retry(): LibraryStatus {
    if (this.current?.readOnly) return this.open(this.current.file, { create: false });
    if (!this.current && this.failure) return this.open(this.failure.file, this.failure.request);
    return this.status();
  }

  status(): LibraryStatus {
    if (this.current) {
      return {
        state: 'open',
        name: path.basename(this.current.file),
        schemaVersion: schemaVersion(this.current.db),
        readOnly: this.current.readOnly,
      };
    }
    if (this.failure) {
      const { code, message, params } = this.failure.error;
      const name = path.basename(this.failure.file);
      return {
        state: 'error',
        name,
        code: isLibraryErrorCode(code) ? code : 'LIBRARY_OPEN_FAILED',
        params: { name, ...params },
        message,
      };
    }
    return {
      state: 'error',
      name: '',
      code: 'LIBRARY_NOT_OPEN',
      params: {},
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

  /**
   * Closes the open library. Never throws: a checkpoint that fails (a full disk) leaves the
   * write-ahead log beside the file, where SQLite replays it at the next open, and must not
   * stop the user quitting or switching libraries.
   */
  close(): void {
    const current = this.current;
    this.current = null;
    this.failure = null;
    if (!current) return;
    if (!current.readOnly) {
      try {
        // Fold the WAL back into the file so a library copied elsewhere is whole.
        current.db.pragma('wal_checkpoint(TRUNCATE)');
      } catch (error) {
        console.warn(`RoleFlow: the library's log stays beside it (${String(error)})`);
      }
    }
    try {
      current.db.close();
    } catch (error) {
      console.warn(`RoleFlow: closing the library failed (${String(error)})`);
    }
    if (current.copyFolder) fs.rmSync(current.copyFolder, { recursive: true, force: true });
  }

  private openFile(file: string, request: OpenRequest): OpenLibrary {
    const { nativeBinding, onConnection } = this.options;
    removeAbandonedTemporaries(path.dirname(file));
    if (!fs.existsSync(file)) {
      if (!request.create) {
        const name = path.basename(file);
        throw new AppError('LIBRARY_MISSING', `The library file ${name} does not exist.`, {
          name,
        });
      }
      createLibraryFile(file, { seed: request.seed ?? 'none', nativeBinding, onConnection });
    }
    let readOnly: LibraryReadOnlyReason | null = readOnlyReason(file);
    let db: Database | null = null;
    if (readOnly === null) {
      try {
        db = openLibrary(file, { create: false, nativeBinding, onConnection });
      } catch (error) {
        // Another program holds the write lock: read what is there, say why it is read-only.
        const writeLockHeld = error instanceof AppError && error.params?.held === WRITE_LOCK_HELD;
        if (!writeLockHeld) throw error;
        readOnly = 'locked';
      }
    }
    // SQLite cannot read a WAL library in a folder where it may not create the -shm index:
    // such a library is read from a private copy, which is just as read-only.
    const copyFolder = readOnly === 'folder' ? copyForReading(file) : null;
    try {
      const source = copyFolder ? path.join(copyFolder, path.basename(file)) : file;
      db ??= openLibrary(source, { create: false, readOnly: true, nativeBinding, onConnection });
    } catch (error) {
      if (copyFolder) fs.rmSync(copyFolder, { recursive: true, force: true });
      throw error;
    }
    return { file, db, repositories: createRepositories(db), readOnly, copyFolder };
  }
}

/** Copies a library (and its log, if any) into a fresh private folder; returns the folder. */
function copyForReading(file: string): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'roleflow-read-'));
  try {
    for (const suffix of ['', '-wal']) {
      if (fs.existsSync(file + suffix)) {
        fs.copyFileSync(file + suffix, path.join(folder, path.basename(file) + suffix));
      }
    }
  } catch (error) {
    fs.rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  return folder;
}

function isLibraryErrorCode(code: string): code is LibraryErrorCode {
  return (LIBRARY_ERROR_CODES as readonly string[]).includes(code);
}
