import { analyseProcess } from '../../../shared/analysis';
import { DAY_MINUTES } from '../../../shared/analysis/settings';
import { safeFileName } from '../../../shared/fileNames';
import type { Locale } from '../../../shared/i18n';
import { addDays, compareDates, todayIn } from '../../../shared/inspection/calendar';
import { modelledValue } from '../../../shared/inspection/modelled';
import {
  inspectionReportModel,
  type InspectionReportModel,
} from '../../../shared/inspection/reportModel';
import { parseTarget } from '../../../shared/inspection/target';
import type { Inspection, InspectionPlan, Period } from '../../../shared/inspection/types';
import { AppError } from '../../../shared/errors';
import { buildInspectionReportDocx } from '../../export/inspection/reportDocument';
import { buildInspectionReportXlsx } from '../../export/inspection/reportSheets';
import {
  buildLibraryInspectionReportDocx,
  buildLibraryInspectionReportXlsx,
} from '../../export/inspection/libraryReport';
import { rangeText, reportTranslator } from '../../export/inspection/reportText';
import { findCjkFont, systemCjkFonts, type CjkFont } from '../../export/picture/cjkFont';
import type { LibrarySession } from '../../library/librarySession';
import type { AnalysisService } from '../analysisService';
import { deliver, type ExportResult, type FileDelivery } from '../exportService';
import { languageOf } from '../processDocService';
import { stored } from './aggregateWrites';
import type { InspectionInsights } from './inspectionInsights';

/*
 * The inspection report (检查报告) of one plan's process, to Word or Excel (issue 12): gathers
 * the records of the process from the library, judges them once (reportModel.ts) and hands
 * the model to the builders. The modelled figure beside a 时限 KPI is the saved map's
 * critical-path lead time, the same analysis the editor shows.
 */

export type ReportFormat = 'docx' | 'xlsx';

export class InspectionReportService {
  constructor(
    private readonly session: LibrarySession,
    private readonly insights: InspectionInsights,
    private readonly analysis: AnalysisService,
    private readonly delivery: FileDelivery,
    private readonly fonts: () => CjkFont[] = () => systemCjkFonts(),
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async report(
    planKey: string,
    range: Period | null,
    locale: Locale,
    format: ReportFormat,
  ): Promise<ExportResult> {
    const model = this.model(planKey, range);
    const lang = languageOf(locale);
    const title = lang === 'zh' ? '检查报告' : 'Inspection report';
    const fileName = safeFileName(`${model.process.code} ${model.process.name} ${title}`, format);
    const target = await this.delivery.chooseTarget(fileName, format);
    if (target === null) throw new AppError('CANCELLED', 'No file was chosen.');
    const exportedAt = this.clock();
    const bytes =
      format === 'docx'
        ? await buildInspectionReportDocx(model, {
            lang,
            documents: this.session.repositories().settings.readDocuments(),
            exportedAt,
            font: findCjkFont(this.fonts()) ?? null,
          })
        : await buildInspectionReportXlsx(model, lang, exportedAt);
    return deliver(target, fileName, bytes);
  }

  /**
   * The report of one period of the library (or of one department's processes): the overview,
   * then every plan's report over the same range. A missing department is NOT_FOUND.
   */
  async libraryReport(
    range: Period,
    departmentId: number | null,
    locale: Locale,
    format: ReportFormat,
  ): Promise<ExportResult> {
    const repositories = this.session.repositories();
    const department = departmentId === null ? null : repositories.departments.get(departmentId);
    if (department === undefined) {
      throw new AppError('NOT_FOUND', `Department ${departmentId} does not exist.`, {
        what: 'department',
      });
    }
    const models = this.plansIn(departmentId).map((plan) => this.model(plan.key, range));
    const lang = languageOf(locale);
    const scope = { departmentName: department?.name ?? null };
    const t = reportTranslator(lang);
    const title = t('inspectionReport.report.library.title', {
      scope: scope.departmentName ?? t('inspectionReport.report.library.wholeLibrary'),
    });
    const fileName = safeFileName(`${title} ${rangeText(range, t)}`, format);
    const target = await this.delivery.chooseTarget(fileName, format);
    if (target === null) throw new AppError('CANCELLED', 'No file was chosen.');
    const exportedAt = this.clock();
    const bytes =
      format === 'docx'
        ? await buildLibraryInspectionReportDocx(models, range, scope, {
            lang,
            documents: repositories.settings.readDocuments(),
            exportedAt,
            font: findCjkFont(this.fonts()) ?? null,
          })
        : await buildLibraryInspectionReportXlsx(models, range, scope, lang, exportedAt);
    return deliver(target, fileName, bytes);
  }

  /** Every plan of the library or of the department's processes, by process code and name. */
  private plansIn(departmentId: number | null): InspectionPlan[] {
    const repositories = this.session.repositories();
    // Summaries, not whole processes: the list reads no map to know a department.
    const byKey = new Map(
      repositories.processes
        .list({ processClass: null, departmentId: null })
        .map((summary) => [summary.key, summary]),
    );
    const entries = repositories.inspection.plans.list(null).flatMap((plan) => {
      const process = byKey.get(plan.processKey);
      if (!process) return [];
      if (departmentId !== null && process.departmentId !== departmentId) return [];
      return [{ plan, order: `${process.code}\u0000${process.name}` }];
    });
    entries.sort((a, b) => a.order.localeCompare(b.order, 'zh-CN'));
    return entries.map((entry) => entry.plan);
  }

  /** The judged report of the plan over `range`, or over every period it has on record. */
  model(planKey: string, range: Period | null): InspectionReportModel {
    const repositories = this.session.repositories();
    const plan = stored(repositories.inspection.plans, 'inspectionPlan', planKey);
    const found = repositories.inspection.process(plan.processKey);
    if (!found) throw new AppError('INSPECTION_PROCESS_UNKNOWN', 'The process is gone.');
    const process = repositories.processes.get(found.id);
    if (!process) throw new AppError('INSPECTION_PROCESS_UNKNOWN', 'The process is gone.');
    const inspections = repositories.inspection.inspectionsOf(planKey);
    const library = this.analysis.library();
    const leadTime =
      analyseProcess({ graph: process.graph, library, ownerRoleId: process.ownerRoleId }).figures
        .leadTime?.critical ?? null;
    const dayMinutes = DAY_MINUTES[library.settings.timeBasis];
    const modelled = new Map<string, number>();
    for (const kpi of plan.kpis) {
      const reading = parseTarget(kpi.target);
      const value = modelledValue(kpi, reading.ok ? reading.target : null, leadTime, dayMinutes);
      if (value !== null) modelled.set(kpi.key, value);
    }
    const { inspection } = repositories;
    return inspectionReportModel({
      process: {
        key: process.key,
        code: process.code,
        name: process.name,
        ownerRoleId: process.ownerRoleId,
      },
      plan,
      inspections,
      surveys: inspection.surveys.list(plan.processKey),
      complaints: inspection.complaints.list(plan.processKey),
      actions: inspection.actions.list(plan.processKey),
      roleTitles: new Map(repositories.roles.costs().map((role) => [role.id, role.title])),
      revisions: this.insights.revisionsOf(plan.processKey),
      range: range ?? this.recordedRange(plan, inspections),
      modelled,
    });
  }

  /** From the plan's start to the end of its last inspected period (or today, before any). */
  private recordedRange(plan: InspectionPlan, inspections: readonly Inspection[]): Period {
    const today = todayIn(this.clock(), this.insights.timeZone());
    const ends = inspections.map((i) => i.period.end).sort(compareDates);
    const end = ends.at(-1) ?? addDays(today, 1);
    const starts = [plan.startDate, ...inspections.map((i) => i.period.start)].sort(compareDates);
    const start = starts[0] ?? plan.startDate;
    return { start, end: compareDates(start, end) < 0 ? end : addDays(start, 1) };
  }
}
