import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { LibrarySession } from '../../../electron/library/librarySession';
import { tempFolder } from '../helpers/tempFiles';

/*
 * Creating a library is atomic. A child process creates a library and is killed (SIGKILL,
 * as a crash or a power cut would stop it) at each system call that writes, one run per
 * write: strace counts the calls and delivers the signal at the chosen one. After each
 * crash the file is either absent or a complete library, and the next start removes what the
 * crashed creation left behind. Needs strace (CI installs it; see .ci/run).
 */

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const WRITE_CALLS = [
  'write',
  'pwrite64',
  'pwritev',
  'pwritev2',
  'fsync',
  'fdatasync',
  'ftruncate',
  'rename',
  'renameat',
  'renameat2',
  'unlink',
  'unlinkat',
  'mkdir',
  'mkdirat',
];

function buildChild(folder: string): string {
  const outfile = path.join(folder, 'createChild.cjs');
  buildSync({
    entryPoints: [path.join(ROOT, 'tests/unit/library/createChild.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3'],
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}

/** Runs the child under strace; with `kill`, SIGKILL at the `when`-th call of `syscall`. */
function runChild(child: string, file: string, strace: string[]) {
  return spawnSync('strace', [...strace, process.execPath, child, file, 'starter'], {
    env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') },
    encoding: 'utf8',
  });
}

/** How many times each write call is made while one library is created. */
function countWrites(child: string, folder: string): Map<string, number> {
  const log = path.join(folder, 'trace.txt');
  const file = path.join(folder, 'count', 'library.sqlite');
  const run = runChild(child, file, ['-o', log, '-e', `trace=${WRITE_CALLS.join(',')}`]);
  if (run.error || run.status !== 0) {
    throw new Error(`strace is needed for this test: ${run.error?.message ?? run.stderr}`);
  }
  const counts = new Map<string, number>();
  for (const line of fs.readFileSync(log, 'utf8').split('\n')) {
    const name = /^(\w+)\(/.exec(line)?.[1];
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}

function competencyCount(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    expect(db.pragma('quick_check', { simple: true })).toBe('ok');
    return (db.prepare('SELECT count(*) AS n FROM competencies').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('creating a library', () => {
  it('leaves no file or a complete library, whichever write a crash stops it at', () => {
    const work = tempFolder();
    const child = buildChild(work);
    const counts = countWrites(child, work);
    const complete = competencyCount(path.join(work, 'count', 'library.sqlite'));
    expect(complete).toBeGreaterThan(0);

    let crashPoints = 0;
    let absent = 0;
    for (const [syscall, count] of counts) {
      for (let when = 1; when <= count; when += 1) {
        const folder = path.join(work, `${syscall}-${when}`);
        fs.mkdirSync(folder);
        const file = path.join(folder, 'library.sqlite');
        const run = runChild(child, file, [
          '-o',
          '/dev/null',
          '-e',
          `trace=${syscall}`,
          '-e',
          `inject=${syscall}:signal=SIGKILL:when=${when}`,
        ]);
        // strace dies of the signal that killed the child, as the child did.
        expect(run.signal, `${syscall} #${when}: ${run.stderr}`).toBe('SIGKILL');
        crashPoints += 1;

        // Either nothing under the library's name, or the whole library.
        if (fs.existsSync(file))
          expect(competencyCount(file), `${syscall} #${when}`).toBe(complete);
        else absent += 1;

        // The next start: whatever the crash left is cleaned, and the library is there whole.
        const session = new LibrarySession();
        expect(session.open(file, { create: true, seed: 'starter' })).toMatchObject({
          state: 'open',
        });
        session.close();
        expect(fs.readdirSync(folder).filter((name) => name.startsWith('.'))).toEqual([]);
        expect(competencyCount(file)).toBe(complete);
        fs.rmSync(folder, { recursive: true, force: true });
      }
    }
    console.log(
      `creation crashed at ${crashPoints} writes: ${absent} left no library, ` +
        `${crashPoints - absent} a complete one; none a partial one`,
    );
    expect(crashPoints).toBeGreaterThan(50);
  }, 300_000);
});
