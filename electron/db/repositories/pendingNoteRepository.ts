import type { Database, Statement } from 'better-sqlite3';
import type { PendingNote } from '../../../shared/domain';
import { nowIso } from '../clock';
import type { RevisionEntity } from './revisionRepository';

type NoteRow = { note: string; created_at: string };

/**
 * 修订说明 waiting for approval: when RoleFlow changes a role or a process on the user's
 * behalf (a responsibility change, a redesign applied), the item becomes a draft and the note
 * naming the change is kept here; the next approval starts its revision note from these notes
 * and clears them. The caller holds the transaction that makes the change.
 */
export class PendingNoteRepository {
  private readonly insertRow: Statement<[RevisionEntity, number, string, string]>;
  private readonly listRows: Statement<[RevisionEntity, number], NoteRow>;
  private readonly clearRows: Statement<[RevisionEntity, number]>;

  constructor(db: Database) {
    this.insertRow = db.prepare(
      'INSERT INTO pending_notes (entity_type, entity_id, note, created_at) VALUES (?, ?, ?, ?)',
    );
    this.listRows = db.prepare(
      'SELECT note, created_at FROM pending_notes WHERE entity_type = ? AND entity_id = ? ORDER BY id',
    );
    this.clearRows = db.prepare(
      'DELETE FROM pending_notes WHERE entity_type = ? AND entity_id = ?',
    );
  }

  add(entity: RevisionEntity, id: number, note: string): void {
    this.insertRow.run(entity, id, note, nowIso());
  }

  list(entity: RevisionEntity, id: number): PendingNote[] {
    return this.listRows
      .all(entity, id)
      .map((row) => ({ note: row.note, createdAt: row.created_at }));
  }

  /** Forgets the notes once an approval has written them into its revision. */
  clear(entity: RevisionEntity, id: number): void {
    this.clearRows.run(entity, id);
  }
}
