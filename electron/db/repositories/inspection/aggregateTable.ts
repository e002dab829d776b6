import type { Database, Statement } from 'better-sqlite3';
import type { ZodType } from 'zod';
import { AppError } from '../../../../shared/errors';

/*
 * One table of an inspection aggregate (issue 12): rows keyed by the aggregate's stable key,
 * written whole, with the optimistic edit version the other aggregates use — an update or a
 * delete names the version it was based on and touches nothing when another window saved
 * first. The caller maps the aggregate to columns (inspectionRows.ts) and holds transactions.
 */

export type Row = Record<string, string | number | null>;

export type TableSpec<T> = {
  table: string;
  /** Every column but `id`, `key`, `edit_version`, `created_at` and `updated_at`. */
  columns: readonly string[];
  /** ORDER BY of lists, e.g. "period_start, id". */
  order: string;
  toRow(item: T): Row;
  fromRow(row: Row): T;
  /** What a read row must satisfy: the contract's schema of the aggregate. */
  schema: ZodType;
  /** Names the aggregate in the message about a damaged row (errors.INSPECTION_RECORD_DAMAGED). */
  what: 'inspectionPlan' | 'inspection' | 'survey' | 'complaint' | 'improvementAction';
};

type Stamped = { key: string; editVersion: number; createdAt: string; updatedAt: string };

export class AggregateTable<T extends Stamped> {
  private readonly byKey: Statement<[string], Row>;
  private readonly byProcess: Statement<[string], Row>;
  private readonly all: Statement<[], Row>;
  private readonly insertRow: Statement<Row>;
  private readonly updateRow: Statement<Row>;
  private readonly deleteRow: Statement<[string, number]>;

  constructor(
    db: Database,
    private readonly spec: TableSpec<T>,
  ) {
    const { table, columns, order } = spec;
    this.byKey = db.prepare(`SELECT * FROM ${table} WHERE key = ?`);
    this.byProcess = db.prepare(`SELECT * FROM ${table} WHERE process_key = ? ORDER BY ${order}`);
    this.all = db.prepare(`SELECT * FROM ${table} ORDER BY ${order}`);
    const written = ['key', 'edit_version', 'created_at', 'updated_at', ...columns];
    this.insertRow = db.prepare(
      `INSERT INTO ${table} (${written.join(', ')}) VALUES (${written.map((c) => `@${c}`).join(', ')})`,
    );
    this.updateRow = db.prepare(
      `UPDATE ${table} SET ${columns.map((c) => `${c} = @${c}`).join(', ')},
         updated_at = @updated_at, edit_version = edit_version + 1
       WHERE key = @key AND edit_version = @expected_version`,
    );
    this.deleteRow = db.prepare(`DELETE FROM ${table} WHERE key = ? AND edit_version = ?`);
  }

  get(key: string): T | null {
    const row = this.byKey.get(key);
    return row ? readRow(this.spec, row) : null;
  }

  /** The process's rows, or the library's when `processKey` is null. */
  list(processKey: string | null): T[] {
    const rows = processKey === null ? this.all.all() : this.byProcess.all(processKey);
    return rows.map((row) => readRow(this.spec, row));
  }

  /** Stores a new aggregate as given (its stamps and edit version included). */
  insert(item: T): void {
    this.insertRow.run({
      ...this.spec.toRow(item),
      key: item.key,
      edit_version: item.editVersion,
      created_at: item.createdAt,
      updated_at: item.updatedAt,
    });
  }

  /** Writes `item` over the stored row if that row is still at `item.editVersion`. */
  update(item: T, updatedAt: string): boolean {
    const result = this.updateRow.run({
      ...this.spec.toRow(item),
      key: item.key,
      updated_at: updatedAt,
      expected_version: item.editVersion,
    });
    return result.changes === 1;
  }

  delete(key: string, expectedVersion: number): boolean {
    return this.deleteRow.run(key, expectedVersion).changes === 1;
  }
}

/**
 * A stored row as its aggregate, checked against the contract's schema. A row edited outside
 * RoleFlow (broken JSON, a value out of range) is refused with a message naming it, never
 * passed on half-read, dropped from a list or written over: its bytes stay as they are.
 */
export function readRow<T>(spec: TableSpec<T>, row: Row): T {
  let item: T | undefined;
  try {
    item = spec.fromRow(row);
  } catch {
    item = undefined;
  }
  if (item === undefined || !spec.schema.safeParse(item).success) {
    const key = String(row.key ?? '');
    throw new AppError(
      'INSPECTION_RECORD_DAMAGED',
      `The ${spec.what} ${key} in ${spec.table} does not match its schema.`,
      { what: spec.what, key },
    );
  }
  return item;
}
