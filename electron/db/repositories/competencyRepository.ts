import type { Database, Statement } from 'better-sqlite3';
import type {
  Competency,
  CompetencyKind,
  CompetencyLevel,
  RoleCompetency,
} from '../../../shared/domain';

type CompetencyRow = {
  id: number;
  kind: CompetencyKind;
  name_zh: string;
  name_en: string;
  description: string;
};
type LevelRow = { competency_id: number; level: number; indicator: string };
type RoleCompetencyRow = { competency_id: number; required_level: number; importance: number };

export type CompetencyInput = Omit<Competency, 'id'>;

/** The competency dictionary (知识 / 技能 / 能力 / 素质) and which roles require what. */
export class CompetencyRepository {
  private readonly listRows: Statement<[], CompetencyRow>;
  private readonly listLevels: Statement<[], LevelRow>;
  private readonly insertRow: Statement<[CompetencyKind, string, string, string]>;
  private readonly insertLevel: Statement<[number, number, string]>;
  private readonly ofRole: Statement<[number], RoleCompetencyRow>;
  private readonly clearRole: Statement<[number]>;
  private readonly attach: Statement<[number, number, number, number]>;
  private readonly createTransaction: (input: CompetencyInput) => number;
  private readonly setRoleTransaction: (roleId: number, links: RoleCompetency[]) => void;

  constructor(db: Database) {
    this.listRows = db.prepare(
      'SELECT id, kind, name_zh, name_en, description FROM competencies ORDER BY kind, id',
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
    this.ofRole = db.prepare(
      'SELECT competency_id, required_level, importance FROM role_competencies WHERE role_id = ? ORDER BY competency_id',
    );
    this.clearRole = db.prepare('DELETE FROM role_competencies WHERE role_id = ?');
    this.attach = db.prepare(
      'INSERT INTO role_competencies (role_id, competency_id, required_level, importance) VALUES (?, ?, ?, ?)',
    );
    this.createTransaction = db.transaction((input: CompetencyInput) => {
      const id = Number(
        this.insertRow.run(input.kind, input.nameZh, input.nameEn, input.description)
          .lastInsertRowid,
      );
      for (const level of input.levels) this.insertLevel.run(id, level.level, level.indicator);
      return id;
    });
    this.setRoleTransaction = db.transaction((roleId: number, links: RoleCompetency[]) => {
      this.clearRole.run(roleId);
      for (const link of links) {
        this.attach.run(roleId, link.competencyId, link.requiredLevel, link.importance);
      }
    });
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
    }));
  }

  /** Adds a dictionary entry with its levels in one transaction. */
  create(input: CompetencyInput): number {
    return this.createTransaction(input);
  }

  forRole(roleId: number): RoleCompetency[] {
    return this.ofRole.all(roleId).map((row) => ({
      competencyId: row.competency_id,
      requiredLevel: row.required_level,
      importance: row.importance,
    }));
  }

  /** Replaces the role's required competencies as a whole. */
  setForRole(roleId: number, links: RoleCompetency[]): void {
    this.setRoleTransaction(roleId, links);
  }
}
