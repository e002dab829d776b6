import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers, createServices } from '../../../electron/ipc/handlers';
import { LibrarySession, type SessionOptions } from '../../../electron/library/librarySession';
import { SettingsStore } from '../../../electron/library/settings';
import { NO_DIALOGS } from '../../../electron/services/libraryService';
import { LIBRARY_ERROR_CODES, type LibraryStatus } from '../../../shared/domain';
import { MESSAGES } from '../../../shared/i18n';
import { errorText } from '../../../shared/i18n/errorText';
import { translator } from '../../../shared/i18n/translate';
import { holdLibrary, makeReadOnly } from '../helpers/faults';
import { tempFolder } from '../helpers/tempFiles';

/** The app as main starts it: a session, the services, and the handlers over dispatch. */
function startApp(options: SessionOptions = {}, settings: SettingsStore | null = null) {
  const session = new LibrarySession(options);
  const services = createServices({ session, dialogs: NO_DIALOGS, settings });
  const handlers = createHandlers(services);
  const call = (channel: string, payload: unknown = {}) => dispatch(handlers, channel, payload);
  return { session, library: services.library, call };
}

function makeLibrary(file: string): void {
  const session = new LibrarySession();
  session.open(file, { create: true, seed: 'starter' });
  session.close();
}

function expectErrorScreen(status: LibraryStatus, code: string, name: string): void {
  expect(status).toMatchObject({ state: 'error', code, name, params: { name } });
}

describe('opening never leaves the user without a window', () => {
  it('a library another program holds ends on the error screen, and Try again opens it', async () => {
    const folder = tempFolder();
    const file = path.join(folder, 'library.sqlite');
    makeLibrary(file);
    const release = holdLibrary(file, 'exclusive');
    const { library, call, session } = startApp();

    expectErrorScreen(library.openInitial(file), 'LIBRARY_BUSY', 'library.sqlite');

    release();
    const retried = await call('library:retry');
    expect(retried).toMatchObject({ ok: true, data: { state: 'open', readOnly: null } });
    session.close();
  });

  it('a full disk while creating the default library ends on the error screen, leaving nothing', () => {
    const folder = tempFolder();
    const file = path.join(folder, 'library.sqlite');
    // SQLite's own page limit stands in for the disk: writing past it fails with SQLITE_FULL.
    const { library } = startApp({ onConnection: (db) => db.pragma('max_page_count = 8') });

    expectErrorScreen(library.openInitial(file), 'LIBRARY_DISK_FULL', 'library.sqlite');
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  it('a data folder that cannot be created ends on the error screen', () => {
    const folder = tempFolder();
    fs.writeFileSync(path.join(folder, 'RoleFlow'), 'a file where the folder should be');
    const file = path.join(folder, 'RoleFlow', 'data', 'library.sqlite');
    const { library } = startApp();

    expectErrorScreen(library.openInitial(file), 'LIBRARY_FOLDER_UNAVAILABLE', 'library.sqlite');
  });

  it('an I/O error ends on the error screen', () => {
    const folder = tempFolder();
    const file = path.join(folder, 'library.sqlite');
    makeLibrary(file);
    const { library } = startApp({
      onConnection: () => {
        throw new Database.SqliteError('disk I/O error', 'SQLITE_IOERR_READ');
      },
    });

    expectErrorScreen(library.openInitial(file), 'LIBRARY_IO_ERROR', 'library.sqlite');
  });

  it('any other exception while opening ends on the error screen, with a way back', async () => {
    const folder = tempFolder();
    const file = path.join(folder, 'library.sqlite');
    let fail = true;
    const { library, call, session } = startApp({
      onConnection: () => {
        if (fail) throw new TypeError('something nobody foresaw');
      },
    });

    expectErrorScreen(library.openInitial(file), 'LIBRARY_OPEN_FAILED', 'library.sqlite');

    fail = false;
    expect(await call('library:retry')).toMatchObject({ ok: true, data: { state: 'open' } });
    session.close();
  });

  it('settings that cannot be read do not stop the start either', () => {
    const folder = tempFolder();
    const settings = new SettingsStore(folder);
    settings.read = () => {
      throw new Error('settings folder vanished');
    };
    const { library } = startApp({}, settings);

    const status = library.openInitial(path.join(folder, 'library.sqlite'));
    expectErrorScreen(status, 'LIBRARY_OPEN_FAILED', 'library.sqlite');
  });

  it('every library state is a message in both languages, filled from its params', () => {
    for (const code of LIBRARY_ERROR_CODES) {
      for (const locale of ['en', 'zh-CN'] as const) {
        const text = MESSAGES[locale].errors[code];
        expect(text, `${locale} ${code}`).not.toMatch(/\{\{message\}\}/);
        // Every placeholder is one the opening path fills.
        const filled = errorText(translator(MESSAGES[locale]), code, {
          name: '人事.sqlite',
          version: 9,
          supported: 4,
        });
        expect(filled, `${locale} ${code}`).not.toMatch(/\{\{/);
      }
      // No English sentence in the Chinese interface.
      expect(MESSAGES['zh-CN'].errors[code]).not.toMatch(/[A-Za-z]{4,} [a-z]{2,}/);
    }
  });
});

describe('a library that cannot be written says so before the user types', () => {
  async function firstRole(call: ReturnType<typeof startApp>['call']) {
    const departments = await call('department:list');
    if (!departments.ok) throw new Error('no departments');
    return departments;
  }

  it('another writer holding the lock: opens read-only, saves are refused at once', async () => {
    const folder = tempFolder();
    const file = path.join(folder, 'library.sqlite');
    makeLibrary(file);
    const release = holdLibrary(file, 'write');
    const { library, call, session } = startApp();

    expect(library.openInitial(file)).toMatchObject({ state: 'open', readOnly: 'locked' });
    expect((await firstRole(call)).ok).toBe(true);
    const started = performance.now();
    const saved = await call('department:create', { name: '人力资源部', parentId: null });
    expect(saved).toMatchObject({ ok: false, error: { code: 'LIBRARY_READ_ONLY' } });
    expect(performance.now() - started).toBeLessThan(100);

    release();
    expect(await call('library:retry')).toMatchObject({ data: { readOnly: null } });
    expect(await call('department:create', { name: '人力资源部', parentId: null })).toMatchObject({
      ok: true,
    });
    session.close();
  });

  it('a lock taken after opening names the other program, within half a second', async () => {
    const folder = tempFolder();
    const file = path.join(folder, 'library.sqlite');
    makeLibrary(file);
    const { library, call, session } = startApp();
    library.openInitial(file);
    holdLibrary(file, 'write');

    const started = performance.now();
    const saved = await call('department:create', { name: '财务部', parentId: null });
    expect(saved).toMatchObject({ ok: false, error: { code: 'LIBRARY_BUSY' } });
    expect(performance.now() - started).toBeLessThan(1500);
    session.close();
  });

  it('a full disk on save says so', async () => {
    const folder = tempFolder();
    const file = path.join(folder, 'library.sqlite');
    makeLibrary(file);
    let connection: Database.Database | null = null;
    const { library, call, session } = startApp({ onConnection: (db) => (connection = db) });
    library.openInitial(file);
    const db = connection as Database.Database | null;
    if (!db) throw new Error('no connection');
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);

    const saved = await call('department:create', { name: '部门'.repeat(100), parentId: null });
    const big = await call('competency:create', {
      kind: 'skill',
      nameZh: '沟通',
      nameEn: '',
      descriptionZh: 'x'.repeat(2000),
      descriptionEn: 'x'.repeat(2000),
      levels: Array.from({ length: 9 }, (_, i) => ({
        level: i + 1,
        indicatorZh: 'y'.repeat(1000),
        indicatorEn: 'y'.repeat(1000),
      })),
    });
    const failures = [saved, big].filter((result) => !result.ok);
    expect(failures.length).toBeGreaterThan(0);
    expect(failures).toEqual(
      failures.map(() =>
        expect.objectContaining({ error: expect.objectContaining({ code: 'LIBRARY_DISK_FULL' }) }),
      ),
    );
    session.close();
  });

  it('a write-protected file opens read-only and stays byte for byte as it was', async () => {
    const folder = tempFolder();
    const file = path.join(folder, 'library.sqlite');
    makeLibrary(file);
    const before = fs.readFileSync(file);
    makeReadOnly(file);
    const { library, call, session } = startApp();

    expect(library.openInitial(file)).toMatchObject({ state: 'open', readOnly: 'file' });
    expect((await call('competency:list')).ok).toBe(true);
    const saved = await call('department:create', { name: '人力资源部', parentId: null });
    expect(saved).toMatchObject({ ok: false, error: { code: 'LIBRARY_READ_ONLY' } });
    session.close();
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('a library in a read-only folder opens read-only', async () => {
    const folder = tempFolder();
    const inner = path.join(folder, 'shared');
    fs.mkdirSync(inner);
    const file = path.join(inner, 'library.sqlite');
    makeLibrary(file);
    makeReadOnly(inner);
    const { library, call, session } = startApp();

    expect(library.openInitial(file)).toMatchObject({ state: 'open', readOnly: 'folder' });
    const competencies = await call('competency:list');
    expect(competencies.ok && (competencies.data as unknown[]).length).toBeGreaterThan(0);
    expect(await call('department:create', { name: '财务部', parentId: null })).toMatchObject({
      error: { code: 'LIBRARY_READ_ONLY' },
    });
    session.close();
  });
});

describe('closing never throws', () => {
  it('a failed checkpoint neither stops switching libraries nor quitting, and loses nothing', async () => {
    const folder = tempFolder();
    const first = path.join(folder, 'first.sqlite');
    const second = path.join(folder, 'second.sqlite');
    makeLibrary(first);
    makeLibrary(second);
    // The checkpoint on close fails as it does on a full disk.
    const failCheckpoints = (db: Database.Database) => {
      const pragma = db.pragma.bind(db);
      db.pragma = ((source: string, options?: Database.PragmaOptions) => {
        if (source.startsWith('wal_checkpoint')) {
          throw new Database.SqliteError('database or disk is full', 'SQLITE_FULL');
        }
        return pragma(source, options);
      }) as typeof db.pragma;
    };
    const { session, call } = startApp({ onConnection: failCheckpoints });
    session.open(first, { create: false });
    expect(await call('department:create', { name: '质量部', parentId: null })).toMatchObject({
      ok: true,
    });

    expect(session.open(second, { create: false })).toMatchObject({ name: 'second.sqlite' });
    expect(() => session.close()).not.toThrow();

    const reopened = new LibrarySession();
    reopened.open(first, { create: false });
    expect(
      reopened
        .repositories()
        .departments.list()
        .map((d) => d.name),
    ).toContain('质量部');
    reopened.close();
  });
});

describe('what the user saw saved', () => {
  it('is synced to the disk at every commit (synchronous=FULL), reopened or new', () => {
    const folder = tempFolder();
    const file = path.join(folder, 'library.sqlite');
    const connections: Database.Database[] = [];
    const { library, session } = startApp({ onConnection: (db) => void connections.push(db) });
    library.openInitial(file);
    session.open(file, { create: false });

    const open = connections.filter((db) => db.open);
    expect(open).toHaveLength(1);
    // 2 = FULL: a commit returns only once the WAL is on the disk.
    expect(open[0]?.pragma('synchronous', { simple: true })).toBe(2);
    session.close();
  });
});
