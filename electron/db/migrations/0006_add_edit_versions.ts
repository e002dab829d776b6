import type { Database } from 'better-sqlite3';
import type { Migration } from './types';

/** The aggregates a window edits and saves as a whole. */
const VERSIONED_TABLES = ['roles', 'processes', 'competencies', 'departments'] as const;

/**
 * Edit versions for optimistic concurrency: every role, process, competency and department
 * counts its writes in `edit_version`, and a save names the count it was based on, so a stale
 * window's save is refused instead of overwriting newer work. Not the approval `version`
 * (版本) that roles and processes already have. Existing rows start at 0. A column that is
 * already there is left alone, so the step is safe on a file that has it.
 */
export const addEditVersions: Migration = {
  version: 6,
  name: 'add_edit_versions',
  up(db) {
    for (const table of VERSIONED_TABLES) {
      if (hasColumn(db, table, 'edit_version')) continue;
      db.exec(`ALTER TABLE ${table} ADD COLUMN edit_version INTEGER NOT NULL DEFAULT 0`);
    }
  },
};

function hasColumn(db: Database, table: string, column: string): boolean {
  const columns = db.pragma(`table_info(${table})`) as { name: string }[];
  return columns.some((c) => c.name === column);
}
