import type { Database, Statement } from 'better-sqlite3';
import type { Department } from '../../../shared/domain';
import { nowIso } from '../clock';

type DepartmentRow = {
  id: number;
  parent_id: number | null;
  name: string;
  position: number;
  edit_version: number;
};

function toDepartment(row: DepartmentRow): Department {
  return {
    id: row.id,
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
  private readonly insertRow: Statement<[number | null, string, number, string]>;
  private readonly renameRow: Statement<[string, number, number]>;
  private readonly deleteRow: Statement<[number, number]>;
  private readonly childCount: Statement<[number], { n: number }>;
  private readonly roleCount: Statement<[number], { n: number }>;

  constructor(db: Database) {
    const columns = 'id, parent_id, name, position, edit_version';
    this.listAll = db.prepare(
      `SELECT ${columns} FROM departments ORDER BY parent_id, position, id`,
    );
    this.byId = db.prepare(`SELECT ${columns} FROM departments WHERE id = ?`);
    this.nextPosition = db.prepare<[number | null], { next: number }>(
      'SELECT coalesce(max(position) + 1, 0) AS next FROM departments WHERE parent_id IS ?',
    );
    this.insertRow = db.prepare(
      'INSERT INTO departments (parent_id, name, position, created_at) VALUES (?, ?, ?, ?)',
    );
    this.renameRow = db.prepare(
      'UPDATE departments SET name = ?, edit_version = edit_version + 1 WHERE id = ? AND edit_version = ?',
    );
    this.deleteRow = db.prepare('DELETE FROM departments WHERE id = ? AND edit_version = ?');
    this.childCount = db.prepare('SELECT count(*) AS n FROM departments WHERE parent_id = ?');
    this.roleCount = db.prepare('SELECT count(*) AS n FROM roles WHERE department_id = ?');
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
    const result = this.insertRow.run(parentId, name, position, nowIso());
    return { id: Number(result.lastInsertRowid), parentId, name, position, editVersion: 0 };
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

  countRoles(id: number): number {
    return this.roleCount.get(id)?.n ?? 0;
  }
}
