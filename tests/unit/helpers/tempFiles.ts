import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { LibrarySession } from '../../../electron/library/librarySession';

const folders: string[] = [];
const sessions: LibrarySession[] = [];

afterEach(() => {
  for (const session of sessions.splice(0)) session.close();
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

/** A fresh folder, removed after the test. */
export function tempFolder(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'roleflow-test-'));
  folders.push(folder);
  return folder;
}

/** A path for a library file that does not exist yet. */
export function tempLibraryPath(name = 'library.sqlite'): string {
  return path.join(tempFolder(), name);
}

/** A session with a new library file open on disk (a real SQLite file, not :memory:). */
export function openTempSession(): { session: LibrarySession; file: string } {
  const file = tempLibraryPath();
  const session = new LibrarySession();
  const status = session.open(file, { create: true });
  if (status.state !== 'open') throw new Error(status.message);
  sessions.push(session);
  return { session, file };
}
