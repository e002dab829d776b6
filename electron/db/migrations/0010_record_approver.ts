import type { Database } from 'better-sqlite3';
import type { Migration } from './types';

/*
 * 批准人 (issue 11): a printed description says who approved the version it prints, so each
 * approved version records its approver. Versions approved before this step were approved by
 * someone the library never asked about: they keep an empty approver (documents then print the
 * date alone) rather than a guessed name.
 */
export const recordApprover: Migration = {
  version: 10,
  name: 'record_approver',
  up(db: Database) {
    const columns = db.prepare('PRAGMA table_info(revisions)').all() as { name: string }[];
    if (columns.some((column) => column.name === 'approver')) return;
    db.exec("ALTER TABLE revisions ADD COLUMN approver TEXT NOT NULL DEFAULT ''");
  },
};
