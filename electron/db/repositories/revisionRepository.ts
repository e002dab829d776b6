import type { Database, Statement } from 'better-sqlite3';
import type { RevisionSummary } from '../../../shared/domain';
import { nowIso } from '../clock';

export type RevisionEntity = 'role' | 'process';

type SummaryRow = { version: number; note: string; created_at: string; approver: string };
type SnapshotRow = SummaryRow & { snapshot: string };

/**
 * Approved versions (持续改进) of roles and, later, processes: a JSON snapshot per version
 * with its note. Snapshots are written once and never changed.
 */
export class RevisionRepository {
  private readonly insertRow: Statement<
    [RevisionEntity, number, number, string, string, string, string]
  >;
  private readonly listRows: Statement<[RevisionEntity, number], SummaryRow>;
  private readonly oneRow: Statement<[RevisionEntity, number, number], SnapshotRow>;

  constructor(db: Database) {
    this.insertRow = db.prepare(
      'INSERT INTO revisions (entity_type, entity_id, version, snapshot, note, created_at, approver) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.listRows = db.prepare(
      'SELECT version, note, created_at, approver FROM revisions WHERE entity_type = ? AND entity_id = ? ORDER BY version DESC',
    );
    this.oneRow = db.prepare(
      'SELECT version, note, created_at, approver, snapshot FROM revisions WHERE entity_type = ? AND entity_id = ? AND version = ?',
    );
  }

  /** `approver`: 批准人 as the user gave it; '' where nobody was asked (processes, old versions). */
  add(
    entity: RevisionEntity,
    id: number,
    version: number,
    snapshot: unknown,
    note: string,
    approver = '',
    /** When it was approved: now, except for the sample library's history (issue 12). */
    approvedAt = nowIso(),
  ): void {
    this.insertRow.run(entity, id, version, JSON.stringify(snapshot), note, approvedAt, approver);
  }

  list(entity: RevisionEntity, id: number): RevisionSummary[] {
    return this.listRows.all(entity, id).map((row) => ({
      version: row.version,
      note: row.note,
      createdAt: row.created_at,
      approver: row.approver,
    }));
  }

  /** The stored snapshot, parsed; the caller knows its shape. */
  get(
    entity: RevisionEntity,
    id: number,
    version: number,
  ): (RevisionSummary & { snapshot: unknown }) | undefined {
    const row = this.oneRow.get(entity, id, version);
    if (!row) return undefined;
    return {
      version: row.version,
      note: row.note,
      createdAt: row.created_at,
      approver: row.approver,
      snapshot: JSON.parse(row.snapshot) as unknown,
    };
  }
}
