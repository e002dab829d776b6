import { randomUUID } from 'node:crypto';
import type { Migration } from './types';

/** The tables whose rows leave the library (BPMN, Word round trips, a future shared library). */
const KEYED_TABLES = ['departments', 'roles', 'processes'] as const;

/**
 * A UUID, written in SQL: the safety net for a row inserted without a key (by an older
 * build's code path, a tool, or a test writing SQL). The repositories give every new row a
 * key from crypto.randomUUID; this only fills one that arrives empty.
 */
const SQL_UUID = `lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
  substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) ||
  substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))`;

/**
 * Stable keys: every department, role and process gets a UUID `key` that names it outside
 * this library, where the numeric id means nothing (another library has other ids). Numeric
 * ids stay the internal references. Existing rows are given a key here, once; a key never
 * changes afterwards.
 */
export const addStableKeys: Migration = {
  version: 5,
  name: 'add_stable_keys',
  up(db) {
    for (const table of KEYED_TABLES) {
      db.exec(`ALTER TABLE ${table} ADD COLUMN key TEXT NOT NULL DEFAULT ''`);
      const ids = db.prepare<[], { id: number }>(`SELECT id FROM ${table}`).all();
      const setKey = db.prepare(`UPDATE ${table} SET key = ? WHERE id = ?`);
      for (const { id } of ids) setKey.run(randomUUID(), id);
      db.exec(`
        CREATE UNIQUE INDEX ${table}_by_key ON ${table}(key);
        CREATE TRIGGER ${table}_fill_key AFTER INSERT ON ${table} WHEN new.key = '' BEGIN
          UPDATE ${table} SET key = ${SQL_UUID} WHERE id = new.id;
        END;
      `);
    }
  },
};
