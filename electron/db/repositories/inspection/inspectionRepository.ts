import type { Database, Statement } from 'better-sqlite3';
import type {
  ActionLink,
  Complaint,
  ImprovementAction,
  Inspection,
  InspectionPlan,
  Survey,
} from '../../../../shared/inspection/types';
import { actionTable, linkSubject } from './actionRows';
import { AggregateTable, readRow, type Row } from './aggregateTable';
import { complaintTable, inspectionTable, planTable, surveyTable } from './inspectionRows';

/**
 * The inspection aggregates of one library (issue 12): plans, inspections, surveys,
 * complaints and improvement actions, each a versioned table, plus the two lookups the
 * services need beyond them — the actions a revision answers, and whether a process exists.
 */
export class InspectionRepository {
  readonly plans: AggregateTable<InspectionPlan>;
  readonly inspections: AggregateTable<Inspection>;
  readonly surveys: AggregateTable<Survey>;
  readonly complaints: AggregateTable<Complaint>;
  readonly actions: AggregateTable<ImprovementAction>;
  private readonly actionsByLink: Statement<[string, string], Row>;
  private readonly inspectionOfPeriod: Statement<[string, string], Row>;
  private readonly inspectionsOfPlan: Statement<[string], Row>;
  private readonly processByKey: Statement<[string], { id: number; name: string }>;
  private readonly processRows: Statement<
    [],
    { id: number; key: string; department_id: number | null }
  >;
  private readonly latestRows: Statement<[], Row>;
  private readonly periodRows: Statement<[], { plan_key: string; starts: string }>;
  private readonly openActionRows: Statement<
    [],
    { key: string; process_key: string; due_date: string; status: ImprovementAction['status'] }
  >;
  private readonly readSetting: Statement<[string], { value: string }>;
  private readonly writeSetting: Statement<[string, string]>;
  private readonly deleteSetting: Statement<[string]>;

  constructor(db: Database) {
    this.plans = new AggregateTable(db, planTable);
    this.inspections = new AggregateTable(db, inspectionTable);
    this.surveys = new AggregateTable(db, surveyTable);
    this.complaints = new AggregateTable(db, complaintTable);
    this.actions = new AggregateTable(db, actionTable);
    this.actionsByLink = db.prepare(
      'SELECT * FROM improvement_actions WHERE link_kind = ? AND link_subject = ? ORDER BY id',
    );
    this.inspectionOfPeriod = db.prepare(
      'SELECT * FROM inspections WHERE plan_key = ? AND period_start = ?',
    );
    this.inspectionsOfPlan = db.prepare(
      'SELECT * FROM inspections WHERE plan_key = ? ORDER BY period_start, id',
    );
    this.processByKey = db.prepare('SELECT id, name FROM processes WHERE key = ?');
    this.processRows = db.prepare('SELECT id, key, department_id FROM processes ORDER BY id');
    // The dashboard judges each plan's latest period only: the other inspections are read
    // without their measurements (the unique (plan_key, period_start) index serves both).
    this.latestRows = db.prepare(`SELECT i.* FROM inspections i JOIN
      (SELECT plan_key, max(period_start) AS latest FROM inspections GROUP BY plan_key) m
      ON i.plan_key = m.plan_key AND i.period_start = m.latest`);
    // One row per plan: building 24,000 row objects costs more than the rest of the dashboard.
    this.periodRows = db.prepare(
      "SELECT plan_key, group_concat(period_start, ',') AS starts FROM inspections GROUP BY plan_key",
    );
    this.openActionRows = db.prepare(`SELECT key, process_key, due_date, status
      FROM improvement_actions WHERE status NOT IN ('done', 'cancelled') AND due_date IS NOT NULL`);
    this.readSetting = db.prepare('SELECT value FROM library_settings WHERE key = ?');
    this.deleteSetting = db.prepare('DELETE FROM library_settings WHERE key = ?');
    this.writeSetting = db.prepare(
      'INSERT INTO library_settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    );
  }

  /** The actions that opened this revision (a process variant or a role's draft). */
  actionsLinkedTo(link: Exclude<ActionLink, { kind: 'none' }>): ImprovementAction[] {
    return this.actionsByLink
      .all(link.kind, linkSubject(link) ?? '')
      .map((row) => readRow(actionTable, row));
  }

  /** The inspection of a plan's period, if one is recorded (one per plan and period). */
  inspectionOf(planKey: string, periodStart: string): Inspection | null {
    const row = this.inspectionOfPeriod.get(planKey, periodStart);
    return row ? readRow(inspectionTable, row) : null;
  }

  inspectionsOf(planKey: string): Inspection[] {
    return this.inspectionsOfPlan.all(planKey).map((row) => readRow(inspectionTable, row));
  }

  /** The process a key names: its id and name, or null when the library has none. */
  process(key: string): { id: number; name: string } | null {
    return this.processByKey.get(key) ?? null;
  }

  /** Every process's key and department (the dashboard groups by department). */
  processDepartments(): { key: string; departmentId: number | null }[] {
    return this.processRows.all().map((row) => ({ key: row.key, departmentId: row.department_id }));
  }

  /** Process id → stable key, for every process. */
  processKeys(): Map<number, string> {
    return new Map(this.processRows.all().map((row) => [row.id, row.key]));
  }

  /**
   * What the dashboard reads: each plan's latest inspection whole, and the start of every other
   * recorded period (dashboard.ts reads only the plan and the start of those: what is recorded).
   */
  dashboardInspections(): Pick<Inspection, 'planKey' | 'processKey' | 'period' | 'measurements'>[] {
    const latest = this.latestRows.all().map((row) => readRow(inspectionTable, row));
    const processOf = new Map(latest.map((i) => [i.planKey, i.processKey]));
    const recorded = this.periodRows.all().flatMap((row) => {
      const processKey = processOf.get(row.plan_key) ?? '';
      return row.starts.split(',').map((start) => ({
        planKey: row.plan_key,
        processKey,
        period: { start, end: start },
        measurements: [],
      }));
    });
    // Equal starts: dashboard.ts keeps the first it meets, so the whole ones come first.
    return [...latest, ...recorded];
  }

  /** What the dashboard reads of actions: those still open that have a due date. */
  dashboardActions(): Pick<ImprovementAction, 'key' | 'processKey' | 'dueDate' | 'status'>[] {
    return this.openActionRows.all().map((row) => ({
      key: row.key,
      processKey: row.process_key,
      dueDate: row.due_date,
      status: row.status,
    }));
  }

  /** The library's IANA time zone for "today", null while the library has none set. */
  timeZone(): string | null {
    return this.readSetting.get(TIME_ZONE_SETTING)?.value ?? null;
  }

  /** null: no zone of the library's own (this computer's applies). */
  setTimeZone(timeZone: string | null): void {
    if (timeZone === null) this.deleteSetting.run(TIME_ZONE_SETTING);
    else this.writeSetting.run(TIME_ZONE_SETTING, timeZone);
  }
}

const TIME_ZONE_SETTING = 'inspectionTimeZone';
