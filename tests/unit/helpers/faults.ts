import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach } from 'vitest';
// Registers the temporary folders' cleanup first, so (after-hooks running last-in first-out)
// the faults here are undone before those folders are removed.
import './tempFiles';

/*
 * Faults a user's machine produces, made real in a test: another program holding the
 * library, a write-protected file or folder.
 */

const undo: (() => void)[] = [];
afterEach(() => {
  for (const step of undo.splice(0).reverse()) step();
});

/**
 * Another program with the library open: `write` holds the write lock (an open write
 * transaction); `exclusive` holds the whole file (locking_mode=EXCLUSIVE), so it cannot even
 * be read. Released after the test, or earlier with the returned function.
 */
export function holdLibrary(file: string, how: 'write' | 'exclusive'): () => void {
  const other = new Database(file);
  if (how === 'exclusive') {
    other.pragma('locking_mode = EXCLUSIVE');
    other.exec('BEGIN EXCLUSIVE');
  } else {
    other.exec('BEGIN IMMEDIATE');
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    other.exec('ROLLBACK');
    other.close();
  };
  undo.push(release);
  return release;
}

/**
 * Makes a file or folder read-only for this process. As root, permission bits do not stop
 * writes, so the immutable attribute does it (chattr); the test fails if neither works.
 */
export function makeReadOnly(target: string): void {
  const isFolder = fs.statSync(target).isDirectory();
  if (process.getuid?.() === 0) {
    execFileSync('chattr', ['+i', target]);
    undo.push(() => execFileSync('chattr', ['-i', target]));
  } else {
    const mode = fs.statSync(target).mode;
    fs.chmodSync(target, isFolder ? 0o555 : 0o444);
    undo.push(() => fs.chmodSync(target, mode));
  }
  try {
    fs.accessSync(target, fs.constants.W_OK);
  } catch {
    return;
  }
  throw new Error(`${target} could not be made read-only on this machine`);
}
