import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/*
 * Files that appear under their final name only when complete: they are written under a
 * temporary name in the same folder (a rename across folders may be a copy), synced, and
 * renamed into place. A temporary name carries the writer's process id, so the next start
 * removes what a crashed writer left behind and never what a running one is writing.
 */

/** Suffixes of the temporary files RoleFlow writes (a new library, an export). */
export const TEMPORARY_SUFFIXES = ['.creating', '.roleflow-tmp'] as const;
type TemporarySuffix = (typeof TEMPORARY_SUFFIXES)[number];

// `.<final name>.<pid>-<random><suffix>`, and SQLite's journal beside a library being built.
const TEMPORARY_NAME = /^\..+\.(\d+)-[0-9a-f]{8}(\.creating|\.roleflow-tmp)(-journal)?$/;

/** A temporary path beside `target` that no other writer uses. */
export function temporaryBeside(target: string, suffix: TemporarySuffix): string {
  const random = crypto.randomBytes(4).toString('hex');
  return path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}-${random}${suffix}`,
  );
}

/** Flushes a file's bytes to the disk. */
export function syncFile(file: string): void {
  const handle = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(handle);
  } finally {
    fs.closeSync(handle);
  }
}

/**
 * Flushes a folder's entries, so a rename inside it survives a power loss. Windows cannot
 * open a folder for syncing (and NTFS journals renames itself): there it is skipped.
 */
export function syncFolder(folder: string): void {
  if (process.platform === 'win32') return;
  const handle = fs.openSync(folder, 'r');
  try {
    fs.fsyncSync(handle);
  } finally {
    fs.closeSync(handle);
  }
}

/** Writes `bytes` to `target` atomically: temporary file, sync, rename, folder sync. */
export function writeFileAtomically(target: string, bytes: Buffer): void {
  const temporary = temporaryBeside(target, '.roleflow-tmp');
  try {
    const handle = fs.openSync(temporary, 'wx');
    try {
      fs.writeFileSync(handle, bytes);
      fs.fsyncSync(handle);
    } finally {
      fs.closeSync(handle);
    }
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
  syncFolder(path.dirname(target));
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as { code?: unknown }).code === 'EPERM';
  }
}

/**
 * Removes the temporary files a crashed RoleFlow left in `folder`; returns how many. Never
 * throws: a folder that cannot be read or cleaned is no reason not to start.
 */
export function removeAbandonedTemporaries(folder: string): number {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const match = TEMPORARY_NAME.exec(name);
    if (!match || isRunning(Number(match[1]))) continue;
    try {
      fs.rmSync(path.join(folder, name), { force: true });
      removed += 1;
    } catch {
      // Left for the next start.
    }
  }
  return removed;
}
