import type { Database, Statement } from 'better-sqlite3';
import type {
  Duty,
  DutyCategory,
  DutyDraft,
  DutyFrequency,
  DutySource,
  Role,
  RoleBasics,
  RoleStatus,
  RoleSummary,
  RoleTemplate,
} from '../../../shared/domain';
import { nowIso } from '../clock';

type RoleRow = {
  id: number;
  department_id: number;
  title: string;
  code: string;
  reports_to_id: number | null;
  headcount: number | null;
  grade: string;
  purpose: string;
  template: RoleTemplate;
  status: RoleStatus;
  version: number;
  created_at: string;
  updated_at: string;
};

type DutyRow = {
  id: number;
  text: string;
  category: DutyCategory | null;
  weight: number | null;
  frequency: DutyFrequency | null;
  standard: string;
  kpi: string;
  source: DutySource;
};

type SummaryRow = {
  id: number;
  title: string;
  code: string;
  department_id: number;
  status: RoleStatus;
  duty_count: number;
};

export function toRoleSummary(row: SummaryRow): RoleSummary {
  return {
    id: row.id,
    title: row.title,
    code: row.code,
    departmentId: row.department_id,
    status: row.status,
    dutyCount: row.duty_count,
  };
}

function toDuty(row: DutyRow): Duty {
  return { ...row };
}

/** SQL for the columns of a role summary, for this repository and the search repository. */
export const ROLE_SUMMARY_COLUMNS = `r.id, r.title, r.code, r.department_id, r.status,
  (SELECT count(*) FROM duties d WHERE d.role_id = r.id) AS duty_count`;

/**
 * Roles and their duties, one aggregate: a role is always read and written with all its
 * duties, and every write is one transaction, so a crash never leaves half a role.
 */
export class RoleRepository {
  private readonly db: Database;
  private readonly roleById: Statement<[number], RoleRow>;
  private readonly dutiesOf: Statement<[number], DutyRow>;
  private readonly summariesAll: Statement<[], SummaryRow>;
  private readonly summariesOf: Statement<[number], SummaryRow>;
  private readonly insertRole: Statement<Record<string, unknown>>;
  private readonly updateRole: Statement<Record<string, unknown>>;
  private readonly deleteRole: Statement<[number]>;
  private readonly dutyIdsOf: Statement<[number], { id: number }>;
  private readonly insertDuty: Statement<Record<string, unknown>>;
  private readonly updateDuty: Statement<Record<string, unknown>>;
  private readonly deleteDuty: Statement<[number]>;
  private readonly managerChain: Statement<[number], { id: number }>;
  private readonly saveTransaction: (id: number, basics: RoleBasics, duties: DutyDraft[]) => void;

  constructor(db: Database) {
    this.db = db;
    this.roleById = db.prepare('SELECT * FROM roles WHERE id = ?');
    this.dutiesOf = db.prepare(
      'SELECT id, text, category, weight, frequency, standard, kpi, source FROM duties WHERE role_id = ? ORDER BY position, id',
    );
    this.summariesAll = db.prepare(
      `SELECT ${ROLE_SUMMARY_COLUMNS} FROM roles r ORDER BY r.title COLLATE NOCASE, r.id`,
    );
    this.summariesOf = db.prepare(
      `SELECT ${ROLE_SUMMARY_COLUMNS} FROM roles r WHERE r.department_id = ? ORDER BY r.title COLLATE NOCASE, r.id`,
    );
    this.insertRole = db.prepare(`
      INSERT INTO roles (department_id, title, code, reports_to_id, headcount, grade, purpose,
                         template, status, version, created_at, updated_at)
      VALUES (@departmentId, @title, @code, @reportsToId, @headcount, @grade, @purpose,
              @template, 'draft', 0, @now, @now)`);
    this.updateRole = db.prepare(`
      UPDATE roles SET department_id = @departmentId, title = @title, code = @code,
        reports_to_id = @reportsToId, headcount = @headcount, grade = @grade, purpose = @purpose,
        template = @template, updated_at = @now
      WHERE id = @id`);
    this.deleteRole = db.prepare('DELETE FROM roles WHERE id = ?');
    this.dutyIdsOf = db.prepare('SELECT id FROM duties WHERE role_id = ?');
    this.insertDuty = db.prepare(`
      INSERT INTO duties (role_id, position, text, category, weight, frequency, standard, kpi, source)
      VALUES (@roleId, @position, @text, @category, @weight, @frequency, @standard, @kpi, @source)`);
    this.updateDuty = db.prepare(`
      UPDATE duties SET position = @position, text = @text, category = @category, weight = @weight,
        frequency = @frequency, standard = @standard, kpi = @kpi, source = @source
      WHERE id = @id AND role_id = @roleId`);
    this.deleteDuty = db.prepare('DELETE FROM duties WHERE id = ?');
    this.managerChain = db.prepare(`
      WITH RECURSIVE chain(id) AS (
        SELECT reports_to_id FROM roles WHERE id = ?
        UNION SELECT r.reports_to_id FROM roles r JOIN chain c ON r.id = c.id
      ) SELECT id FROM chain WHERE id IS NOT NULL`);
    this.saveTransaction = db.transaction((id: number, basics: RoleBasics, duties: DutyDraft[]) => {
      this.updateRole.run({ ...basics, id, now: nowIso() });
      this.replaceDuties(id, duties);
    });
  }

  get(id: number): Role | undefined {
    const row = this.roleById.get(id);
    if (!row) return undefined;
    return {
      id: row.id,
      title: row.title,
      code: row.code,
      departmentId: row.department_id,
      reportsToId: row.reports_to_id,
      headcount: row.headcount,
      grade: row.grade,
      purpose: row.purpose,
      template: row.template,
      status: row.status,
      version: row.version,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      duties: this.dutiesOf.all(id).map(toDuty),
    };
  }

  list(departmentId: number | null): RoleSummary[] {
    const rows =
      departmentId === null ? this.summariesAll.all() : this.summariesOf.all(departmentId);
    return rows.map(toRoleSummary);
  }

  create(basics: RoleBasics): number {
    return Number(this.insertRole.run({ ...basics, now: nowIso() }).lastInsertRowid);
  }

  /** Writes the role's basics and its whole duty list, in the given order, atomically. */
  save(id: number, basics: RoleBasics, duties: DutyDraft[]): void {
    this.saveTransaction(id, basics, duties);
  }

  delete(id: number): void {
    this.deleteRole.run(id);
  }

  /** Ids of every role above this one, following 直接上级 (for refusing cycles). */
  managersOf(id: number): number[] {
    return this.managerChain.all(id).map((row) => row.id);
  }

  /** Runs `work` in one transaction (for writes that span several roles, such as imports). */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  private replaceDuties(roleId: number, duties: DutyDraft[]): void {
    const existing = new Set(this.dutyIdsOf.all(roleId).map((row) => row.id));
    const kept = new Set<number>();
    duties.forEach((duty, position) => {
      const values = {
        roleId,
        position,
        text: duty.text,
        category: duty.category,
        weight: duty.weight,
        frequency: duty.frequency,
        standard: duty.standard,
        kpi: duty.kpi,
        source: duty.source,
      };
      if (duty.id !== undefined && existing.has(duty.id)) {
        this.updateDuty.run({ ...values, id: duty.id });
        kept.add(duty.id);
      } else {
        // An id that is not this role's (stale or forged) is treated as a new duty.
        this.insertDuty.run(values);
      }
    });
    for (const id of existing) if (!kept.has(id)) this.deleteDuty.run(id);
  }
}
