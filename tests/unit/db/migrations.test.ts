import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, ROLEFLOW_APPLICATION_ID, schemaVersion } from '../../../electron/db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../electron/db/migrations';

function schemaOf(db: Database.Database): string[] {
  return db
    .prepare(
      "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts_%' ORDER BY type, name",
    )
    .all()
    .map((row) => {
      const { type, name, sql } = row as { type: string; name: string; sql: string | null };
      return `${type} ${name}: ${(sql ?? '').replace(/\s+/g, ' ')}`;
    });
}

describe('migrations', () => {
  it('bring an empty database to the latest schema and mark it as a RoleFlow library', () => {
    const db = new Database(':memory:');
    expect(migrate(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(ROLEFLOW_APPLICATION_ID);
  });

  it('do nothing when run again', () => {
    const db = new Database(':memory:');
    migrate(db);
    const before = schemaOf(db);
    expect(migrate(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(schemaOf(db)).toEqual(before);
  });

  it('produce the schema in the snapshot', () => {
    const db = new Database(':memory:');
    migrate(db);
    expect(schemaOf(db)).toMatchSnapshot();
  });

  it('are numbered 1..n, and each lives in a file NNNN_name.ts', () => {
    const folder = path.join(__dirname, '../../../electron/db/migrations');
    const files = fs.readdirSync(folder).filter((f) => /^\d{4}_/.test(f));
    MIGRATIONS.forEach((migration, index) => {
      expect(migration.version).toBe(index + 1);
      expect(files).toContain(`${String(migration.version).padStart(4, '0')}_${migration.name}.ts`);
    });
    expect(files).toHaveLength(MIGRATIONS.length);
  });

  it('roll a failing step back whole and leave the version where it was', () => {
    const db = new Database(':memory:');
    migrate(db);
    const broken = [
      ...MIGRATIONS,
      {
        version: MIGRATIONS.length + 1,
        name: 'break_things',
        up(target: Database.Database) {
          target.exec('CREATE TABLE half_done (id INTEGER)');
          throw new Error('power cut');
        },
      },
    ];
    expect(() => migrate(db, broken)).toThrow('power cut');
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    const table = db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get();
    expect(table).toBeUndefined();
  });

  it('give every existing department, role and process its own stable key (0005)', () => {
    // given a library at schema 4 with rows written then
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 4));
    db.exec(`
      INSERT INTO departments (id, name, position, created_at) VALUES (1, '核保部', 0, 'then');
      INSERT INTO roles (id, department_id, title, created_at, updated_at)
        VALUES (1, 1, '核保员', 'then', 'then'), (2, 1, '录入员', 'then', 'then');
      INSERT INTO processes (id, name, created_at, updated_at) VALUES (1, '保单签发', 'then', 'then');
    `);
    // when it is migrated
    migrate(db);
    // then each row has a distinct UUID, and a row inserted without one still gets one
    db.exec(
      "INSERT INTO roles (department_id, title, created_at, updated_at) VALUES (1, 'x', 'now', 'now')",
    );
    const keys = db
      .prepare<[], { key: string }>(
        'SELECT key FROM departments UNION ALL SELECT key FROM roles UNION ALL SELECT key FROM processes',
      )
      .all()
      .map((row) => row.key);
    expect(keys).toHaveLength(5);
    for (const key of keys)
      expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(keys).size).toBe(5);
    const sameKey = 'UPDATE roles SET key = (SELECT key FROM roles WHERE id = 1) WHERE id = 2';
    expect(() => db.exec(sameKey)).toThrow(/UNIQUE/);
  });

  it('give rows saved before edit versions existed version 0, and keep a column already there', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 4));
    const now = new Date().toISOString();
    db.prepare("INSERT INTO departments (name, created_at) VALUES ('财务部', ?)").run(now);
    db.prepare(
      "INSERT INTO roles (department_id, title, created_at, updated_at) VALUES (1, '出纳', ?, ?)",
    ).run(now, now);
    // As if another step had already added it to one table.
    db.exec('ALTER TABLE competencies ADD COLUMN edit_version INTEGER NOT NULL DEFAULT 0');
    expect(migrate(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare('SELECT edit_version FROM roles').all()).toEqual([{ edit_version: 0 }]);
    expect(db.prepare('SELECT edit_version FROM departments').all()).toEqual([{ edit_version: 0 }]);
  });

  it('refuse a history with a gap', () => {
    const db = new Database(':memory:');
    const gap = [{ version: 2, name: 'skips_one', up: () => undefined }];
    expect(() => migrate(db, gap)).toThrow(/expected 1/);
  });
});
