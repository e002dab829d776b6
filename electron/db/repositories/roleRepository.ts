import { randomUUID } from 'node:crypto';
import type { Database, Statement } from 'better-sqlite3';
import type {
  Duty,
  DutyCategory,
  DutyDraft,
  DutyFrequency,
  DutyStepLink,
  LinkedStep,
  PendingNote,
  DutySource,
  Role,
  RoleBasics,
  RoleCompetency,
  RoleDraft,
  RoleStatus,
  RoleSummary,
  RoleTemplate,
  StepLinkState,
} from '../../../shared/domain';
import { recoverRoleDetails } from '../../../shared/documentRecovery';
import { parseRoleDetails } from '../../../shared/roleDetails';
import { nowIso } from '../clock';
import { PendingNoteRepository } from './pendingNoteRepository';

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
  not_process_work: number;
  minutes_per_occurrence: number | null;
  occurrences_per_year: number | null;
  partner_role_ids: string;
};

/** A duty's link to a step, with what the library holds of the step now. */
type StepLinkRow = {
  duty_id: number;
  process_id: number;
  node_id: string;
  label: string;
  process_name: string | null;
  current_label: string | null;
};

const DUTY_COLUMNS = `id, text, category, weight, frequency, standard, kpi, source, not_process_work,
  minutes_per_occurrence, occurrences_per_year, partner_role_ids`;

// A link reads the step from the activity index the process save writes in its transaction:
// no index row means the step (or its process) is gone, a different label that it was renamed.
const STEP_LINKS = `SELECT s.duty_id, s.process_id, s.node_id, s.label, p.name AS process_name,
    a.label AS current_label
  FROM duty_steps s JOIN duties d ON d.id = s.duty_id
  LEFT JOIN processes p ON p.id = s.process_id
  LEFT JOIN process_activities a ON a.process_id = s.process_id AND a.node_id = s.node_id`;

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

function toLinkedStep(row: StepLinkRow): LinkedStep {
  const state: StepLinkState =
    row.current_label === null
      ? 'stepDeleted'
      : row.current_label === row.label
        ? 'ok'
        : 'stepRenamed';
  return {
    processId: row.process_id,
    nodeId: row.node_id,
    label: row.label,
    processName: row.process_name,
    currentLabel: row.current_label,
    state,
  };
}

/** The role ids a duty names as 协作对象 (stored as JSON; anything else reads as none). */
function parsePartnerIds(json: string): number[] {
  try {
    const value: unknown = JSON.parse(json);
    if (!Array.isArray(value)) return [];
    return value.filter((id): id is number => Number.isSafeInteger(id) && (id as number) > 0);
  } catch {
    return [];
  }
}

function toDuty(row: DutyRow, links: readonly StepLinkRow[]): Duty {
  return {
    id: row.id,
    text: row.text,
    category: row.category,
    weight: row.weight,
    frequency: row.frequency,
    standard: row.standard,
    kpi: row.kpi,
    source: row.source,
    steps: links.map(toLinkedStep),
    notProcessWork: row.not_process_work === 1,
    minutesPerOccurrence: row.minutes_per_occurrence,
    occurrencesPerYear: row.occurrences_per_year,
    partnerRoleIds: parsePartnerIds(row.partner_role_ids),
  };
}

function groupByDuty(rows: StepLinkRow[]): Map<number, StepLinkRow[]> {
  const groups = new Map<number, StepLinkRow[]>();
  for (const row of rows) {
    const group = groups.get(row.duty_id);
    if (group) group.push(row);
    else groups.set(row.duty_id, [row]);
  }
  return groups;
}

function toRole(
  row: RoleRow,
  duties: DutyRow[],
  links: LinkRow[],
  stepLinks: ReadonlyMap<number, StepLinkRow[]>,
  pendingNotes: PendingNote[] = [],
): Role {
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
    duties: duties.map((duty) => toDuty(duty, stepLinks.get(duty.id) ?? [])),
    details: details.value,
    competencies: links.map((link) => ({
      competencyId: link.competency_id,
      requiredLevel: link.required_level,
      importance: link.importance,
    })),
    ...(pendingNotes.length > 0 ? { pendingNotes } : {}),
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
  private readonly stepLinksOf: Statement<[number], StepLinkRow>;
  private readonly allStepLinks: Statement<[], StepLinkRow>;
  private readonly clearStepLinks: Statement<[number]>;
  private readonly insertStepLink: Statement<[number, number, string, string, number]>;
  /** Notes of changes waiting for the role's next approval (see Role.pendingNotes). */
  readonly pendingNotes: PendingNoteRepository;

  constructor(db: Database) {
    this.db = db;
    this.roleById = db.prepare(`${ROLE_WITH_DETAILS} WHERE r.id = ?`);
    this.dutiesOf = db.prepare(
      `SELECT ${DUTY_COLUMNS} FROM duties WHERE role_id = ? ORDER BY position, id`,
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
    this.insertDuty = db.prepare(`
      INSERT INTO duties (role_id, position, text, category, weight, frequency, standard, kpi, source,
        not_process_work, minutes_per_occurrence, occurrences_per_year, partner_role_ids)
      VALUES (@roleId, @position, @text, @category, @weight, @frequency, @standard, @kpi, @source,
        @notProcessWork, @minutesPerOccurrence, @occurrencesPerYear, @partnerRoleIds)`);
    this.updateDuty = db.prepare(`
      UPDATE duties SET position = @position, text = @text, category = @category, weight = @weight,
        frequency = @frequency, standard = @standard, kpi = @kpi, source = @source,
        not_process_work = @notProcessWork, minutes_per_occurrence = @minutesPerOccurrence,
        occurrences_per_year = @occurrencesPerYear, partner_role_ids = @partnerRoleIds
      WHERE id = @id AND role_id = @roleId`);
    this.stepLinksOf = db.prepare(
      `${STEP_LINKS} WHERE d.role_id = ? ORDER BY s.duty_id, s.position`,
    );
    this.allStepLinks = db.prepare(`${STEP_LINKS} ORDER BY s.duty_id, s.position`);
    this.clearStepLinks = db.prepare('DELETE FROM duty_steps WHERE duty_id = ?');
    this.insertStepLink = db.prepare(
      'INSERT OR IGNORE INTO duty_steps (duty_id, process_id, node_id, label, position) VALUES (?, ?, ?, ?, ?)',
    );
    this.pendingNotes = new PendingNoteRepository(db);
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
      `SELECT role_id, ${DUTY_COLUMNS} FROM duties ORDER BY role_id, position, id`,
    );
    this.allLinks = db.prepare(
      'SELECT role_id, competency_id, required_level, importance FROM role_competencies ORDER BY role_id, competency_id',
    );
    this.storedDetailsRow = db.prepare('SELECT document FROM role_details WHERE role_id = ?');
    this.fingerprintRow = db.prepare(
      "SELECT count(*) AS n, max(updated_at) || '#' || max(id) || '#' || sum(edit_version) AS latest FROM roles",
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
    const stepLinks = groupByDuty(this.stepLinksOf.all(id));
    const notes = this.pendingNotes.list('role', id);
    return toRole(row, this.dutiesOf.all(id), this.linksOf.all(id), stepLinks, notes);
  }

  /** Every role with its duties and competencies, in three queries (for checks and exports). */
  all(): Role[] {
    const duties = groupByRole(this.allDuties.all());
    const links = groupByRole(this.allLinks.all());
    const stepLinks = groupByDuty(this.allStepLinks.all());
    return this.allRoles
      .all()
      .map((row) => toRole(row, duties.get(row.id) ?? [], links.get(row.id) ?? [], stepLinks));
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
    const stored = new Map(this.dutiesOf.all(roleId).map((row) => [row.id, row]));
    const kept = new Set<number>();
    duties.forEach((duty, position) => {
      // A field the caller left out keeps what is stored (an older caller, a partial import).
      const before = duty.id === undefined ? undefined : stored.get(duty.id);
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
        notProcessWork: (duty.notProcessWork ?? before?.not_process_work === 1) ? 1 : 0,
        minutesPerOccurrence:
          duty.minutesPerOccurrence !== undefined
            ? duty.minutesPerOccurrence
            : (before?.minutes_per_occurrence ?? null),
        occurrencesPerYear:
          duty.occurrencesPerYear !== undefined
            ? duty.occurrencesPerYear
            : (before?.occurrences_per_year ?? null),
        partnerRoleIds:
          duty.partnerRoleIds !== undefined
            ? JSON.stringify([...new Set(duty.partnerRoleIds)])
            : (before?.partner_role_ids ?? '[]'),
      };
      let dutyId: number;
      if (duty.id !== undefined && before) {
        this.updateDuty.run({ ...values, id: duty.id });
        dutyId = duty.id;
      } else {
        // An id that is not this role's (stale or forged) is treated as a new duty.
        dutyId = Number(this.insertDuty.run(values).lastInsertRowid);
      }
      kept.add(dutyId);
      if (duty.steps !== undefined) this.replaceStepLinks(dutyId, duty.steps);
    });
    for (const id of stored.keys()) if (!kept.has(id)) this.deleteDuty.run(id);
  }

  /** Writes a duty's links in the given order (a step named twice is kept once). */
  private replaceStepLinks(dutyId: number, links: readonly DutyStepLink[]): void {
    this.clearStepLinks.run(dutyId);
    links.forEach((link, position) => {
      this.insertStepLink.run(dutyId, link.processId, link.nodeId, link.label, position);
    });
  }
}
