import type { Locale } from '../../../shared/i18n';
import { todayIn } from '../../../shared/inspection/calendar';
import {
  readMeasurementRows,
  type ImportError,
  type ImportedMeasurement,
} from '../../../shared/inspection/measurementRows';
import { planSchedule } from '../../../shared/inspection/schedule';
import type { Inspection, InspectionPlan, Measurement } from '../../../shared/inspection/types';
import { nowIso } from '../../db/clock';
import type { LibrarySession } from '../../library/librarySession';
import { AppError } from '../../../shared/errors';
import { safeFileName } from '../../../shared/fileNames';
import { editConflict } from '../editConflict';
import { deliver, type ExportResult, type FileDelivery } from '../exportService';
import { stored } from './aggregateWrites';
import type { InspectionInsights } from './inspectionInsights';
import { measurementTemplate, sheetRows } from './inspectionSheets';
import { randomUUID } from 'node:crypto';

/*
 * Measurements from a spreadsheet (issue 12): the template of a plan, and the import of a
 * filled one. All or nothing: the rows are read whole first (measurementRows.ts names every bad
 * row and column), then every inspection is written in one transaction. A period already
 * inspected takes the file's values for the KPIs the file measures and keeps the others.
 */

export type ImportOutcome =
  { ok: true; inspections: number; measurements: number } | { ok: false; errors: ImportError[] };

export class InspectionImport {
  constructor(
    private readonly session: LibrarySession,
    private readonly insights: InspectionInsights,
    private readonly delivery: FileDelivery,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private today(): string {
    return todayIn(this.now(), this.insights.timeZone());
  }

  /** The template lists the periods to be inspected (due or overdue), or the running one. */
  async template(planKey: string, locale: Locale): Promise<ExportResult> {
    const { inspection } = this.session.repositories();
    const plan = stored(inspection.plans, 'inspectionPlan', planKey);
    const recorded = new Set(inspection.inspectionsOf(planKey).map((i) => i.period.start));
    const schedule = planSchedule(plan, recorded, this.today());
    const open = [...schedule.overdue, ...schedule.due];
    const periods = open.length > 0 ? open : schedule.running ? [schedule.running] : [];
    const bytes = await measurementTemplate(plan, periods, locale);
    const name = this.session.repositories().inspection.process(plan.processKey)?.name ?? '';
    const title = locale === 'zh-CN' ? `${name} 测量数据模板` : `${name} measurements template`;
    const fileName = safeFileName(title, 'xlsx');
    const target = await this.delivery.chooseTarget(fileName, 'xlsx');
    if (target === null) throw new AppError('CANCELLED', 'No file was chosen.');
    return deliver(target, fileName, bytes);
  }

  async measurements(
    planKey: string,
    fileName: string,
    data: string,
    locale: Locale,
  ): Promise<ImportOutcome> {
    const plan = stored(this.session.repositories().inspection.plans, 'inspectionPlan', planKey);
    const rows = await sheetRows(Buffer.from(data, 'base64'), fileName);
    const reading = readMeasurementRows(rows, plan, locale);
    if (!reading.ok) return { ok: false, errors: reading.errors };
    return this.store(plan, reading.measurements);
  }

  private store(plan: InspectionPlan, measurements: ImportedMeasurement[]): ImportOutcome {
    const byPeriod = new Map<string, ImportedMeasurement[]>();
    for (const measurement of measurements) {
      const list = byPeriod.get(measurement.period.start) ?? [];
      list.push(measurement);
      byPeriod.set(measurement.period.start, list);
    }
    const repositories = this.session.repositories();
    const { inspection } = repositories;
    const stamp = nowIso();
    const today = this.today();
    repositories.transaction(() => {
      for (const list of byPeriod.values()) {
        const period = list[0]?.period;
        if (!period) continue;
        const imported: Measurement[] = list.map(({ kpiKey, value, sampleSize }) => ({
          kpiKey,
          value,
          sampleSize,
        }));
        const existing = inspection.inspectionOf(plan.key, period.start);
        if (existing) {
          const kept = existing.measurements.filter(
            (m) => !imported.some((i) => i.kpiKey === m.kpiKey),
          );
          const merged = { ...existing, measurements: [...kept, ...imported] };
          // Read in this transaction: the version can only differ through a bug.
          if (!inspection.inspections.update(merged, stamp)) {
            throw editConflict('inspection', period.start);
          }
        } else {
          inspection.inspections.insert(newInspection(plan, period, imported, today, stamp));
        }
      }
    });
    return { ok: true, inspections: byPeriod.size, measurements: measurements.length };
  }
}

function newInspection(
  plan: InspectionPlan,
  period: Inspection['period'],
  measurements: Measurement[],
  today: string,
  stamp: string,
): Inspection {
  return {
    key: randomUUID(),
    editVersion: 0,
    createdAt: stamp,
    updatedAt: stamp,
    planKey: plan.key,
    processKey: plan.processKey,
    period,
    kind: plan.kind,
    // Figures from a spreadsheet come from records, not from a questionnaire or observation.
    method: 'dataAnalysis',
    inspectorRoleId: plan.inspectorRoleId,
    inspectorName: '',
    measurements,
    notes: '',
    inspectedOn: today,
  };
}
