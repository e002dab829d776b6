import { randomUUID } from 'node:crypto';
import type { Database, Statement } from 'better-sqlite3';
import type {
  Duty,
  DutyCategory,
  DutyDraft,
  DutyFrequency,
  DutySource,
  Role,
  RoleBasics,
  RoleCompetency,
  RoleDraft,
  RoleStatus,
  RoleSummary,
  RoleTemplate,
} from '../../../shared/domain';
import { recoverRoleDetails } from '../../../shared/documentRecovery';
import { parseRoleDetails } from '../../../shared/roleDetails';
import { nowIso } from '../clock';

type RoleRow = {
  id: number;
  key: string;
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
  edit_version: number;
  details: string | null;
  created_at: string;
  updated_at: string;
};

type HeadingRow = {
  id: number;
  key: string;
  title: string;
  department_id: number;
  reports_to_id: number | null;
};

type CostRow = { id: number; title: string; department_id: number; details: string | null };

/** What a role costs, as its details give it (the process analysis's rates). */
export type RoleCost = {
  id: number;
  title: string;
  departmentId: number;
  annualCost: number | null;
  monthlyWage: number | null;
};

/** Where a role sits: enough to name managers and subordinates without loading contents. */
export type RoleHeading = {
  id: number;
  /** Stable key: how the role is named outside this library. */
  key: string;
  title: string;
  departmentId: number;
  reportsToId: number | null;
};

type LinkRow = { competency_id: number; required_level: number; importance: number };

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
  reports_to_id: number | null;
  status: RoleStatus;
  duty_count: number;
  edit_version: number;
};

export function toRoleSummary(row: SummaryRow): RoleSummary {
  return {
    id: row.id,
    title: row.title,
    code: row.code,
    departmentId: row.department_id,
    reportsToId: row.reports_to_id,
    status: row.status,
    dutyCount: row.duty_count,
    editVersion: row.edit_version,
  };
}

function toDuty(row: DutyRow): Duty {
  return {
    id: row.id,
    text: row.text,
    category: row.category,
    weight: row.weight,
    frequency: row.frequency,
    standard: row.standard,
    kpi: row.kpi,
    source: row.source,
  };
}

function toRole(row: RoleRow, duties: DutyRow[], links: LinkRow[]): Role {
  // No row yet is an empty document; a row that fails its schema is reported, not emptied.
  const details = recoverRoleDetails(row.details ?? '{}');
  return {
    id: row.id,
    key: row.key,
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
    editVersion: row.edit_version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    duties: duties.map(toDuty),
    details: details.value,
    competencies: links.map((link) => ({
      competencyId: link.competency_id,
      requiredLevel: link.required_level,
      importance: link.importance,
    })),
    ...(details.intact ? {} : { damaged: ['details' as const] }),
  };
}

function groupByRole<T extends { role_id: number }>(rows: T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const group = groups.get(row.role_id);
    if (group) group.push(row);
    else groups.set(row.role_id, [row]);
  }
  return groups;
}

const ROLE_WITH_DETAILS =
  'SELECT r.*, d.document AS details FROM roles r LEFT JOIN role_details d ON d.role_id = r.id';

/** SQL for the columns of a role summary, for this repository and the search repository. */
export const ROLE_SUMMARY_COLUMNS = `r.id, r.title, r.code, r.department_id, r.reports_to_id, r.status,
  r.edit_version, (SELECT count(*) FROM duties d WHERE d.role_id = r.id) AS duty_count`;

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
  private readonly deleteRole: Statement<[number, number]>;
  private readonly dutyIdsOf: Statement<[number], { id: number }>;
  private readonly insertDuty: Statement<Record<string, unknown>>;
  private readonly updateDuty: Statement<Record<string, unknown>>;
  private readonly deleteDuty: Statement<[number]>;
  private readonly managerChain: Statement<[number], { id: number }>;
  private readonly linksOf: Statement<[number], LinkRow>;
  private readonly clearLinks: Statement<[number]>;
  private readonly insertLink: Statement<[number, number, number, number]>;
  private readonly setStatusRow: Statement<[RoleStatus, number, string, number, number]>;
  private readonly saveTransaction: (draft: RoleDraft, expectedVersion: number) => boolean;
  private readonly allRoles: Statement<[], RoleRow>;
  private readonly upsertDetails: Statement<[number, string]>;
  private readonly headingRows: Statement<[], HeadingRow>;
  private readonly costRows: Statement<[], CostRow>;
  private readonly allDuties: Statement<[], DutyRow & { role_id: number }>;
  private readonly allLinks: Statement<[], LinkRow & { role_id: number }>;
  private readonly storedDetailsRow: Statement<[number], { document: string }>;
  private readonly fingerprintRow: Statement<[], { n: number; latest: string | null }>;
  private readonly reportsOf: Statement<[number], { id: number; title: string }>;
  private readonly setManagerRow: Statement<[number | null, string, number]>;
  private readonly moveDepartmentRows: Statement<[number, string, number]>;

  constructor(db: Database) {
    this.db = db;
    this.roleById = db.prepare(`${ROLE_WITH_DETAILS} WHERE r.id = ?`);
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
      INSERT INTO roles (key, department_id, title, code, reports_to_id, headcount, grade, purpose,
                         template, status, version, created_at, updated_at)
      VALUES (@key, @departmentId, @title, @code, @reportsToId, @headcount, @grade, @purpose,
              @template, 'draft', 0, @now, @now)`);
    this.updateRole = db.prepare(`
      UPDATE roles SET department_id = @departmentId, title = @title, code = @code,
        reports_to_id = @reportsToId, headcount = @headcount, grade = @grade, purpose = @purpose,
        template = @template, updated_at = @now, edit_version = edit_version + 1,
        status = 'draft' -- an edit after approval starts a new draft
      WHERE id = @id AND edit_version = @expectedVersion`);
    this.deleteRole = db.prepare('DELETE FROM roles WHERE id = ? AND edit_version = ?');
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
    this.linksOf = db.prepare(
      'SELECT competency_id, required_level, importance FROM role_competencies WHERE role_id = ? ORDER BY competency_id',
    );
    this.clearLinks = db.prepare('DELETE FROM role_competencies WHERE role_id = ?');
    this.insertLink = db.prepare(
      'INSERT INTO role_competencies (role_id, competency_id, required_level, importance) VALUES (?, ?, ?, ?)',
    );
    this.setStatusRow = db.prepare(
      `UPDATE roles SET status = ?, version = ?, updated_at = ?, edit_version = edit_version + 1
       WHERE id = ? AND edit_version = ?`,
    );
    this.allRoles = db.prepare(`${ROLE_WITH_DETAILS} ORDER BY r.id`);
    this.costRows = db.prepare(
      'SELECT r.id, r.title, r.department_id, d.document AS details FROM roles r LEFT JOIN role_details d ON d.role_id = r.id ORDER BY r.id',
    );
    this.headingRows = db.prepare(
      'SELECT id, key, title, department_id, reports_to_id FROM roles ORDER BY title COLLATE NOCASE, id',
    );
    this.upsertDetails = db.prepare(
      'INSERT INTO role_details (role_id, document) VALUES (?, ?) ON CONFLICT(role_id) DO UPDATE SET document = excluded.document',
    );
    this.allDuties = db.prepare(
      'SELECT role_id, id, text, category, weight, frequency, standard, kpi, source FROM duties ORDER BY role_id, position, id',
    );
    this.allLinks = db.prepare(
      'SELECT role_id, competency_id, required_level, importance FROM role_competencies ORDER BY role_id, competency_id',
    );
    this.storedDetailsRow = db.prepare('SELECT document FROM role_details WHERE role_id = ?');
    this.fingerprintRow = db.prepare(
      "SELECT count(*) AS n, max(updated_at) || '#' || max(id) AS latest FROM roles",
    );
    this.reportsOf = db.prepare(
      'SELECT id, title FROM roles WHERE reports_to_id = ? ORDER BY title COLLATE NOCASE, id',
    );
    // A role changed on another's behalf counts as an edit: a window holding it must reload.
    this.setManagerRow = db.prepare(
      'UPDATE roles SET reports_to_id = ?, updated_at = ?, edit_version = edit_version + 1 WHERE id = ?',
    );
    this.moveDepartmentRows = db.prepare(
      'UPDATE roles SET department_id = ?, updated_at = ?, edit_version = edit_version + 1 WHERE department_id = ?',
    );
    this.saveTransaction = db.transaction((draft: RoleDraft, expectedVersion: number) => {
      const { id, duties, details, competencies, ...basics } = draft;
      // The version check and the write are one statement: nothing else is written if it fails.
      const updated = this.updateRole.run({ ...basics, id, expectedVersion, now: nowIso() });
      if (updated.changes === 0) return false;
      this.upsertDetails.run(id, JSON.stringify(details));
      this.replaceDuties(id, duties);
      this.replaceCompetencies(id, competencies);
      return true;
    });
  }

  /** The role's sections exactly as stored (to keep them before a repair replaces them). */
  storedDetails(id: number): string | null {
    return this.storedDetailsRow.get(id)?.document ?? null;
  }

  get(id: number): Role | undefined {
    const row = this.roleById.get(id);
    if (!row) return undefined;
    return toRole(row, this.dutiesOf.all(id), this.linksOf.all(id));
  }

  /** Every role with its duties and competencies, in three queries (for checks and exports). */
  all(): Role[] {
    const duties = groupByRole(this.allDuties.all());
    const links = groupByRole(this.allLinks.all());
    return this.allRoles
      .all()
      .map((row) => toRole(row, duties.get(row.id) ?? [], links.get(row.id) ?? []));
  }

  /** Every role's title and place in the organisation, without its contents (one cheap query). */
  headings(): RoleHeading[] {
    return this.headingRows.all().map((row) => ({
      id: row.id,
      key: row.key,
      title: row.title,
      departmentId: row.department_id,
      reportsToId: row.reports_to_id,
    }));
  }

  /** Every role's cost fields, without duties or competencies (one query). */
  costs(): RoleCost[] {
    return this.costRows.all().map((row) => {
      const details = parseRoleDetails(row.details ?? '{}');
      return {
        id: row.id,
        title: row.title,
        departmentId: row.department_id,
        annualCost: details.annualCost,
        monthlyWage: details.monthlyWage,
      };
    });
  }

  /** Changes whenever any role is saved, approved, added or deleted (cache key for checks). */
  fingerprint(): string {
    const row = this.fingerprintRow.get();
    return `${row?.n ?? 0}:${row?.latest ?? ''}`;
  }

  list(departmentId: number | null): RoleSummary[] {
    const rows =
      departmentId === null ? this.summariesAll.all() : this.summariesOf.all(departmentId);
    return rows.map(toRoleSummary);
  }

  create(basics: RoleBasics): number {
    return Number(
      this.insertRole.run({ ...basics, key: randomUUID(), now: nowIso() }).lastInsertRowid,
    );
  }

  /**
   * Writes the whole role — basics, sections, duties in the given order and required
   * competencies — atomically, if its edit version is still `expectedVersion`; false (and
   * nothing written) when another save came first. Saving an approved role makes it a draft.
   */
  save(draft: RoleDraft, expectedVersion: number): boolean {
    return this.saveTransaction(draft, expectedVersion);
  }

  /**
   * Sets status and version (approval) if the edit version is still `expectedVersion`; the
   * caller wraps it with the revision in one transaction.
   */
  setStatus(id: number, status: RoleStatus, version: number, expectedVersion: number): boolean {
    return this.setStatusRow.run(status, version, nowIso(), id, expectedVersion).changes > 0;
  }

  /** Deletes the role if its edit version is still `expectedVersion`. */
  delete(id: number, expectedVersion: number): boolean {
    return this.deleteRole.run(id, expectedVersion).changes > 0;
  }

  /** The roles whose 直接上级 is this role. */
  reportingTo(id: number): { id: number; title: string }[] {
    return this.reportsOf.all(id);
  }

  /** Sets one role's 直接上级 (when its manager is deleted); the caller holds the transaction. */
  setManager(id: number, managerId: number | null): void {
    this.setManagerRow.run(managerId, nowIso(), id);
  }

  /** Moves every role of one department into another (when the first is deleted). */
  moveDepartment(fromId: number, toId: number): void {
    this.moveDepartmentRows.run(toId, nowIso(), fromId);
  }

  /** Ids of every role above this one, following 直接上级 (for refusing cycles). */
  managersOf(id: number): number[] {
    return this.managerChain.all(id).map((row) => row.id);
  }

  /** Runs `work` in one transaction (for writes that span several roles, such as imports). */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  private replaceCompetencies(roleId: number, links: RoleCompetency[]): void {
    this.clearLinks.run(roleId);
    for (const link of links) {
      this.insertLink.run(roleId, link.competencyId, link.requiredLevel, link.importance);
    }
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
