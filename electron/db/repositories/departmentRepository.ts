import { randomUUID } from 'node:crypto';
import type { Database, Statement } from 'better-sqlite3';
import type { Department } from '../../../shared/domain';
import { nowIso } from '../clock';

type DepartmentRow = {
  id: number;
  key: string;
  parent_id: number | null;
  name: string;
  position: number;
  edit_version: number;
};

function toDepartment(row: DepartmentRow): Department {
  return {
    id: row.id,
    key: row.key,
    parentId: row.parent_id,
    name: row.name,
    position: row.position,
    editVersion: row.edit_version,
  };
}

/** The department tree. Statements are prepared once per open library. */
export class DepartmentRepository {
  private readonly listAll: Statement<[], DepartmentRow>;
  private readonly byId: Statement<[number], DepartmentRow>;
  private readonly nextPosition: Statement<[number | null], { next: number }>;
  private readonly insertRow: Statement<[string, number | null, string, number, string]>;
  private readonly renameRow: Statement<[string, number, number]>;
  private readonly deleteRow: Statement<[number, number]>;
  private readonly childCount: Statement<[number], { n: number }>;
  private readonly roleCount: Statement<[number], { n: number }>;
  private readonly childRows: Statement<[number], DepartmentRow>;
  private readonly reparentRows: Statement<[number | null, number]>;

  constructor(db: Database) {
    const columns = 'id, key, parent_id, name, position, edit_version';
    this.listAll = db.prepare(
      `SELECT ${columns} FROM departments ORDER BY parent_id, position, id`,
    );
    this.byId = db.prepare(`SELECT ${columns} FROM departments WHERE id = ?`);
    this.nextPosition = db.prepare<[number | null], { next: number }>(
      'SELECT coalesce(max(position) + 1, 0) AS next FROM departments WHERE parent_id IS ?',
    );
    this.insertRow = db.prepare(
      'INSERT INTO departments (key, parent_id, name, position, created_at) VALUES (?, ?, ?, ?, ?)',
    );
    this.renameRow = db.prepare(
      'UPDATE departments SET name = ?, edit_version = edit_version + 1 WHERE id = ? AND edit_version = ?',
    );
    this.deleteRow = db.prepare('DELETE FROM departments WHERE id = ? AND edit_version = ?');
    this.childCount = db.prepare('SELECT count(*) AS n FROM departments WHERE parent_id = ?');
    this.roleCount = db.prepare('SELECT count(*) AS n FROM roles WHERE department_id = ?');
    this.childRows = db.prepare(
      `SELECT ${columns} FROM departments WHERE parent_id = ? ORDER BY position, id`,
    );
    this.reparentRows = db.prepare(
      'UPDATE departments SET parent_id = ?, edit_version = edit_version + 1 WHERE parent_id = ?',
    );
  }

  list(): Department[] {
    return this.listAll.all().map(toDepartment);
  }

  get(id: number): Department | undefined {
    const row = this.byId.get(id);
    return row && toDepartment(row);
  }

  create(name: string, parentId: number | null): Department {
    const position = this.nextPosition.get(parentId)?.next ?? 0;
    const key = randomUUID();
    const result = this.insertRow.run(key, parentId, name, position, nowIso());
    return { id: Number(result.lastInsertRowid), key, parentId, name, position, editVersion: 0 };
  }

  /** Renames the department if its edit version is still `expectedVersion`. */
  rename(id: number, name: string, expectedVersion: number): boolean {
    return this.renameRow.run(name, id, expectedVersion).changes > 0;
  }

  /** Deletes the department if its edit version is still `expectedVersion`. */
  delete(id: number, expectedVersion: number): boolean {
    return this.deleteRow.run(id, expectedVersion).changes > 0;
  }

  countChildren(id: number): number {
    return this.childCount.get(id)?.n ?? 0;
  }

  children(id: number): Department[] {
    return this.childRows.all(id).map(toDepartment);
  }

  /** Moves every sub-department of `id` under `parentId` (null: to the top level). */
  reparentChildren(id: number, parentId: number | null): void {
    this.reparentRows.run(parentId, id);
  }

  countRoles(id: number): number {
    return this.roleCount.get(id)?.n ?? 0;
  }
}
