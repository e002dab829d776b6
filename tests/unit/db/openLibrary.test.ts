import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../../electron/db/openLibrary';
import { MIGRATIONS } from '../../../electron/db/migrations';
import { AppError } from '../../../shared/errors';
import { tempFolder, tempLibraryPath } from '../helpers/tempFiles';

function expectRefusal(file: string, code: AppError['code'], pattern: RegExp): void {
  const before = fs.readFileSync(file);
  let caught: unknown;
  try {
    openLibrary(file, { create: false }).close();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(AppError);
  expect((caught as AppError).code).toBe(code);
  expect((caught as AppError).message).toMatch(pattern);
  // A refused file is never written to.
  expect(fs.readFileSync(file).equals(before)).toBe(true);
}

function createLibrary(file: string): void {
  openLibrary(file, { create: true }).close();
}

describe('openLibrary', () => {
  it('creates a new library with WAL and foreign keys on', () => {
    const file = tempLibraryPath();
    const db = openLibrary(file, { create: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
    expect(fs.existsSync(file)).toBe(true);
  });

  it('reopens its own library', () => {
    const file = tempLibraryPath();
    createLibrary(file);
    const db = openLibrary(file, { create: false });
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });

  it('refuses a file saved by a newer RoleFlow, and leaves it unchanged', () => {
    const file = tempLibraryPath();
    createLibrary(file);
    const raw = new Database(file);
    raw.pragma('user_version = 99');
    raw.pragma('wal_checkpoint(TRUNCATE)');
    raw.close();
    expectRefusal(file, 'LIBRARY_TOO_NEW', /newer RoleFlow.*format 99/);
  });

  it('refuses a zero-length file instead of migrating it', () => {
    const file = tempLibraryPath();
    fs.writeFileSync(file, '');
    expectRefusal(file, 'LIBRARY_NOT_A_LIBRARY', /empty file/);
  });

  it('refuses a file that is not SQLite', () => {
    const file = tempLibraryPath('notes.sqlite');
    fs.writeFileSync(file, '职位说明书 — just a text file\n'.repeat(100));
    expectRefusal(file, 'LIBRARY_NOT_A_LIBRARY', /not an SQLite database/);
  });

  it("refuses another program's SQLite database", () => {
    const file = tempLibraryPath('other.db');
    const other = new Database(file);
    other.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)');
    other.close();
    expectRefusal(file, 'LIBRARY_NOT_A_LIBRARY', /another program/);
  });

  it('reports a damaged library and leaves it unchanged', () => {
    const file = tempLibraryPath();
    const db = openLibrary(file, { create: true });
    const insert = db.prepare(
      'INSERT INTO departments (name, position, created_at) VALUES (?, 0, ?)',
    );
    for (let i = 0; i < 2000; i += 1) insert.run(`部门 ${i} ${'x'.repeat(100)}`, 'now');
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    // Scribble over pages past the header, as a failing disk or a bad copy would.
    const bytes = fs.readFileSync(file);
    for (let offset = 4096; offset < bytes.length; offset += 4096) {
      bytes.fill(0xa5, offset + 8, offset + 600);
    }
    fs.writeFileSync(file, bytes);
    expectRefusal(file, 'LIBRARY_DAMAGED', /damaged/);
  });

  it('says clearly when the file is missing and may not be created', () => {
    const file = path.join(tempFolder(), 'missing.sqlite');
    expect(() => openLibrary(file, { create: false })).toThrow(/does not exist/);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('backs the file up before migrating an older library', () => {
    const folder = tempFolder();
    const file = path.join(folder, 'old.sqlite');
    const [first] = MIGRATIONS;
    if (!first) throw new Error('no migrations');
    openLibrary(file, { create: true, migrations: [first] }).close();
    const next = {
      version: 2,
      name: 'add_notes',
      up: (db: Database.Database) => db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY)'),
    };

    const db = openLibrary(file, { create: false, migrations: [first, next] });
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    db.close();

    const backups = fs.readdirSync(folder).filter((f) => f.endsWith('.backup'));
    expect(backups).toHaveLength(1);
    const backup = new Database(path.join(folder, backups[0] ?? ''), { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    backup.close();
  });
});
