import type { Database } from 'better-sqlite3';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/types';

/** `PRAGMA application_id` of every RoleFlow library: 'ROLF' in ASCII. */
export const ROLEFLOW_APPLICATION_ID = 0x524f4c46;

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Applies every migration newer than the file's schema, each in its own transaction with
 * `user_version` bumped inside it, so a crash leaves the file at the last whole step.
 * The caller has already refused files that are newer than this build.
 */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number {
  assertConsecutive(migrations);
  const from = schemaVersion(db);
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return from;

  // Durability matters more than speed while the schema changes; the connection's own
  // setting (FULL for a library in use, OFF while a new file is built) comes back after.
  const synchronous = db.pragma('synchronous', { simple: true }) as number;
  db.pragma('synchronous = FULL');
  try {
    for (const migration of pending) {
      db.transaction(() => {
        migration.up(db);
        if (migration.version === 1) db.pragma(`application_id = ${ROLEFLOW_APPLICATION_ID}`);
        db.pragma(`user_version = ${migration.version}`);
      })();
    }
  } finally {
    db.pragma(`synchronous = ${synchronous}`);
  }
  return schemaVersion(db);
}

function assertConsecutive(migrations: readonly Migration[]): void {
  migrations.forEach((m, index) => {
    if (m.version !== index + 1) {
      throw new Error(`Migration ${m.name} has version ${m.version}, expected ${index + 1}`);
    }
  });
}
