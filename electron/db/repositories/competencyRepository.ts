import type { Database, Statement } from 'better-sqlite3';
import type { Competency, CompetencyKind, CompetencyLevel } from '../../../shared/domain';

type CompetencyRow = {
  id: number;
  kind: CompetencyKind;
  name_zh: string;
  name_en: string;
  description: string;
  edit_version: number;
};
type LevelRow = { competency_id: number; level: number; indicator: string };
type UsedByRow = { role_id: number; title: string; required_level: number };

export type CompetencyInput = Omit<Competency, 'id' | 'editVersion'>;

/** The competency dictionary (知识 / 技能 / 能力 / 素质) with levels, and who uses each entry. */
export class CompetencyRepository {
  private readonly listRows: Statement<[], CompetencyRow>;
  private readonly listLevels: Statement<[], LevelRow>;
  private readonly insertRow: Statement<[CompetencyKind, string, string, string]>;
  private readonly insertLevel: Statement<[number, number, string]>;
  private readonly byId: Statement<[number], { id: number }>;
  private readonly updateRow: Statement<[CompetencyKind, string, string, string, number, number]>;
  private readonly clearLevels: Statement<[number]>;
  private readonly usedBy: Statement<[number], UsedByRow>;
  private readonly createTransaction: (input: CompetencyInput) => number;
  private readonly updateTransaction: (
    id: number,
    input: CompetencyInput,
    expectedVersion: number,
  ) => boolean;

  constructor(db: Database) {
    this.listRows = db.prepare(
      'SELECT id, kind, name_zh, name_en, description, edit_version FROM competencies ORDER BY kind, id',
    );
    this.listLevels = db.prepare(
      'SELECT competency_id, level, indicator FROM competency_levels ORDER BY competency_id, level',
    );
    this.insertRow = db.prepare(
      'INSERT INTO competencies (kind, name_zh, name_en, description) VALUES (?, ?, ?, ?)',
    );
    this.insertLevel = db.prepare(
      'INSERT INTO competency_levels (competency_id, level, indicator) VALUES (?, ?, ?)',
    );
    this.byId = db.prepare('SELECT id FROM competencies WHERE id = ?');
    this.updateRow = db.prepare(
      `UPDATE competencies SET kind = ?, name_zh = ?, name_en = ?, description = ?,
         edit_version = edit_version + 1 WHERE id = ? AND edit_version = ?`,
    );
    this.clearLevels = db.prepare('DELETE FROM competency_levels WHERE competency_id = ?');
    this.usedBy = db.prepare(`
      SELECT rc.role_id, r.title, rc.required_level FROM role_competencies rc
      JOIN roles r ON r.id = rc.role_id WHERE rc.competency_id = ? ORDER BY r.title`);
    this.createTransaction = db.transaction((input: CompetencyInput) => {
      const id = Number(
        this.insertRow.run(input.kind, input.nameZh, input.nameEn, input.description)
          .lastInsertRowid,
      );
      for (const level of input.levels) this.insertLevel.run(id, level.level, level.indicator);
      return id;
    });
    this.updateTransaction = db.transaction(
      (id: number, input: CompetencyInput, expectedVersion: number) => {
        const { kind, nameZh, nameEn, description } = input;
        const updated = this.updateRow.run(kind, nameZh, nameEn, description, id, expectedVersion);
        if (updated.changes === 0) return false;
        this.clearLevels.run(id);
        for (const level of input.levels) this.insertLevel.run(id, level.level, level.indicator);
        return true;
      },
    );
  }

  list(): Competency[] {
    const levels = new Map<number, CompetencyLevel[]>();
    for (const row of this.listLevels.all()) {
      const list = levels.get(row.competency_id) ?? [];
      list.push({ level: row.level, indicator: row.indicator });
      levels.set(row.competency_id, list);
    }
    return this.listRows.all().map((row) => ({
      id: row.id,
      kind: row.kind,
      nameZh: row.name_zh,
      nameEn: row.name_en,
      description: row.description,
      levels: levels.get(row.id) ?? [],
      editVersion: row.edit_version,
    }));
  }

  /** Adds a dictionary entry with its levels in one transaction. */
  create(input: CompetencyInput): number {
    return this.createTransaction(input);
  }

  /** Replaces an entry and its levels as a whole, if its edit version is still `expectedVersion`. */
  update(id: number, input: CompetencyInput, expectedVersion: number): boolean {
    return this.updateTransaction(id, input, expectedVersion);
  }

  exists(id: number): boolean {
    return this.byId.get(id) !== undefined;
  }

  /** Roles that require this competency (shown before an edit of the entry is saved). */
  rolesUsing(competencyId: number): { roleId: number; title: string; requiredLevel: number }[] {
    return this.usedBy.all(competencyId).map((row) => ({
      roleId: row.role_id,
      title: row.title,
      requiredLevel: row.required_level,
    }));
  }
}
