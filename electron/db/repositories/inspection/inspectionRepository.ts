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
import { AggregateTable, type Row } from './aggregateTable';
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
  private readonly periodRows: Statement<[], Row>;
  private readonly readSetting: Statement<[string], { value: string }>;
  private readonly writeSetting: Statement<[string, string]>;

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
    this.latestRows = db.prepare(`SELECT i.* FROM inspections i
      WHERE i.period_start = (SELECT max(period_start) FROM inspections WHERE plan_key = i.plan_key)`);
    this.periodRows = db.prepare(
      "SELECT plan_key, process_key, period_start, period_end, '[]' AS measurements FROM inspections",
    );
    this.readSetting = db.prepare('SELECT value FROM library_settings WHERE key = ?');
    this.writeSetting = db.prepare(
      'INSERT INTO library_settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    );
  }

  /** The actions that opened this revision (a process variant or a role's draft). */
  actionsLinkedTo(link: Exclude<ActionLink, { kind: 'none' }>): ImprovementAction[] {
    return this.actionsByLink
      .all(link.kind, linkSubject(link) ?? '')
      .map((row) => actionTable.fromRow(row));
  }

  /** The inspection of a plan's period, if one is recorded (one per plan and period). */
  inspectionOf(planKey: string, periodStart: string): Inspection | null {
    const row = this.inspectionOfPeriod.get(planKey, periodStart);
    return row ? inspectionTable.fromRow(row) : null;
  }

  inspectionsOf(planKey: string): Inspection[] {
    return this.inspectionsOfPlan.all(planKey).map((row) => inspectionTable.fromRow(row));
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

  /** What the dashboard reads: every recorded period, and each plan's latest inspection whole. */
  dashboardInspections(): Pick<Inspection, 'planKey' | 'processKey' | 'period' | 'measurements'>[] {
    const periods = this.periodRows.all().map((row) => ({
      planKey: String(row.plan_key),
      processKey: String(row.process_key),
      period: { start: String(row.period_start), end: String(row.period_end) },
      measurements: [],
    }));
    const latest = this.latestRows.all().map((row) => inspectionTable.fromRow(row));
    // Equal starts: dashboard.ts keeps the first it meets, so the whole ones come first.
    return [...latest, ...periods];
  }

  /** The library's IANA time zone for "today", null while the library has none set. */
  timeZone(): string | null {
    return this.readSetting.get(TIME_ZONE_SETTING)?.value ?? null;
  }

  setTimeZone(timeZone: string): void {
    this.writeSetting.run(TIME_ZONE_SETTING, timeZone);
  }
}

const TIME_ZONE_SETTING = 'inspectionTimeZone';
