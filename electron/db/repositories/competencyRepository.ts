import type { Database, Statement } from 'better-sqlite3';
import type { Competency, CompetencyKind, CompetencyLevel } from '../../../shared/domain';

type CompetencyRow = {
  id: number;
  kind: CompetencyKind;
  name_zh: string;
  name_en: string;
  description_zh: string;
  description_en: string;
  edit_version: number;
};
type LevelRow = {
  competency_id: number;
  level: number;
  indicator_zh: string;
  indicator_en: string;
};
type RowValues = [CompetencyKind, string, string, string, string];
type UsedByRow = { role_id: number; title: string; required_level: number };

export type CompetencyInput = Omit<Competency, 'id' | 'editVersion'>;

/** The competency dictionary (知识 / 技能 / 能力 / 素质) with levels, and who uses each entry. */
export class CompetencyRepository {
  private readonly listRows: Statement<[], CompetencyRow>;
  private readonly listLevels: Statement<[], LevelRow>;
  private readonly insertRow: Statement<RowValues>;
  private readonly insertLevel: Statement<[number, number, string, string]>;
  private readonly byId: Statement<[number], { id: number }>;
  private readonly updateRow: Statement<[...RowValues, number, number]>;
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
      `SELECT id, kind, name_zh, name_en, description_zh, description_en, edit_version
         FROM competencies ORDER BY kind, id`,
    );
    this.listLevels = db.prepare(
      `SELECT competency_id, level, indicator_zh, indicator_en FROM competency_levels
         ORDER BY competency_id, level`,
    );
    this.insertRow = db.prepare(
      `INSERT INTO competencies (kind, name_zh, name_en, description_zh, description_en)
         VALUES (?, ?, ?, ?, ?)`,
    );
    this.insertLevel = db.prepare(
      `INSERT INTO competency_levels (competency_id, level, indicator_zh, indicator_en)
         VALUES (?, ?, ?, ?)`,
    );
    this.byId = db.prepare('SELECT id FROM competencies WHERE id = ?');
    this.updateRow = db.prepare(
      `UPDATE competencies SET kind = ?, name_zh = ?, name_en = ?, description_zh = ?,
         description_en = ?, edit_version = edit_version + 1 WHERE id = ? AND edit_version = ?`,
    );
    this.clearLevels = db.prepare('DELETE FROM competency_levels WHERE competency_id = ?');
    this.usedBy = db.prepare(`
      SELECT rc.role_id, r.title, rc.required_level FROM role_competencies rc
      JOIN roles r ON r.id = rc.role_id WHERE rc.competency_id = ? ORDER BY r.title`);
    this.createTransaction = db.transaction((input: CompetencyInput) => {
      const id = Number(this.insertRow.run(...rowValues(input)).lastInsertRowid);
      this.insertLevels(id, input);
      return id;
    });
    this.updateTransaction = db.transaction(
      (id: number, input: CompetencyInput, expectedVersion: number) => {
        const updated = this.updateRow.run(...rowValues(input), id, expectedVersion);
        if (updated.changes === 0) return false;
        this.clearLevels.run(id);
        this.insertLevels(id, input);
        return true;
      },
    );
  }

  list(): Competency[] {
    const levels = new Map<number, CompetencyLevel[]>();
    for (const row of this.listLevels.all()) {
      const list = levels.get(row.competency_id) ?? [];
      list.push({ level: row.level, indicatorZh: row.indicator_zh, indicatorEn: row.indicator_en });
      levels.set(row.competency_id, list);
    }
    return this.listRows.all().map((row) => ({
      id: row.id,
      kind: row.kind,
      nameZh: row.name_zh,
      nameEn: row.name_en,
      descriptionZh: row.description_zh,
      descriptionEn: row.description_en,
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

  private insertLevels(id: number, input: CompetencyInput): void {
    for (const level of input.levels) {
      this.insertLevel.run(id, level.level, level.indicatorZh, level.indicatorEn);
    }
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

function rowValues(input: CompetencyInput): RowValues {
  return [input.kind, input.nameZh, input.nameEn, input.descriptionZh, input.descriptionEn];
}
