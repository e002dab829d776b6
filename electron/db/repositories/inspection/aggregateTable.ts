import type { Database, Statement } from 'better-sqlite3';

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
    return row ? this.spec.fromRow(row) : null;
  }

  /** The process's rows, or the library's when `processKey` is null. */
  list(processKey: string | null): T[] {
    const rows = processKey === null ? this.all.all() : this.byProcess.all(processKey);
    return rows.map((row) => this.spec.fromRow(row));
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
