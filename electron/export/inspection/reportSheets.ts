import type { InspectionReportModel } from '../../../shared/inspection/reportModel';
import type { ExportLanguage } from '../labels';
import type { SheetTable } from '../sheets/sheetModel';
import { writeWorkbook } from '../sheets/workbook';
import { R, rangeText, reportTranslator, statusText } from './reportText';

/*
 * The measurements and the actions of an inspection report as .xlsx (issue 12 "Report"):
 * one row per KPI and period with its target, status and signed margin as numbers a
 * spreadsheet can sum, and one row per action with its 5W1H fields. Pure tables from the
 * model; workbook.ts writes them.
 */

export function inspectionReportTables(
  model: InspectionReportModel,
  lang: ExportLanguage,
  exportedAt: Date,
): SheetTable[] {
  const t = reportTranslator(lang);
  const title = `${model.process.code} ${model.process.name}`.trim();
  const notes = [rangeText(model.range, t), exportedAt.toISOString().slice(0, 10)];
  const measurements: SheetTable = {
    name: t(`${R}.sheetMeasurements`),
    title,
    notes,
    columns: [
      { heading: t(`${R}.kpi`), format: 'text', wrap: true },
      { heading: t(`${R}.periodStart`), format: 'text' },
      { heading: t(`${R}.periodEnd`), format: 'text' },
      { heading: t(`${R}.value`), format: 'plain' },
      { heading: t(`${R}.targetColumn`), format: 'text' },
      { heading: t(`${R}.status`), format: 'text' },
      { heading: t(`${R}.margin`), format: 'plain' },
      { heading: t(`${R}.sample`), format: 'integer' },
    ],
    rows: model.kpis.flatMap((kpi) =>
      kpi.points.map((point) => ({
        cells: [
          kpi.name,
          point.period.start,
          point.period.end,
          point.value,
          kpi.targetText,
          statusText(point.status, t),
          point.status?.margin ?? null,
          point.sampleSize,
        ],
      })),
    ),
  };
  const actions: SheetTable = {
    name: t(`${R}.sheetActions`),
    title,
    notes,
    columns: [
      { heading: t(`${R}.what`), format: 'text', wrap: true },
      { heading: t(`${R}.why`), format: 'text', wrap: true },
      { heading: t(`${R}.who`), format: 'text' },
      { heading: t(`${R}.where`), format: 'text' },
      { heading: t(`${R}.due`), format: 'text' },
      { heading: t(`${R}.how`), format: 'text', wrap: true },
      { heading: t(`${R}.stage`), format: 'text' },
      { heading: t(`${R}.statusColumn`), format: 'text' },
    ],
    rows: model.actions.map((a) => ({
      cells: [
        a.what,
        a.why,
        a.ownerTitle,
        a.stepIds.join(', '),
        a.dueDate ?? '',
        a.how,
        t(`inspection.pdcaStages.${a.stage}`),
        t(`inspection.actionStatuses.${a.status}`),
      ],
    })),
  };
  return [measurements, actions];
}

export function buildInspectionReportXlsx(
  model: InspectionReportModel,
  lang: ExportLanguage,
  exportedAt: Date,
): Promise<Buffer> {
  return writeWorkbook(inspectionReportTables(model, lang, exportedAt), exportedAt);
}
