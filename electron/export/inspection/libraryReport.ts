import { Document, Packer, type ISectionOptions } from 'docx';
import type { InspectionReportModel } from '../../../shared/inspection/reportModel';
import type { Period } from '../../../shared/inspection/types';
import type { Translate } from '../../../shared/i18n/errorText';
import { note, subtitle, titleHeading } from '../blocks';
import { pageProperties } from '../docxStyles';
import { fontTableOverride } from '../fontTable';
import { gridTable } from '../gridTables';
import { pageFooter, roleHeader } from '../headerFooter';
import { isoDate, type ExportLanguage } from '../labels';
import { planPages, renderFlow, type FlowPiece } from '../pageFlow';
import { numberedHeading } from '../process/headerSections';
import { documentOptions } from '../roleDocument';
import type { SheetTable } from '../sheets/sheetModel';
import { writeWorkbook } from '../sheets/workbook';
import { inspectionReportPieces, type InspectionReportSettings } from './reportDocument';
import { inspectionReportTables } from './reportSheets';
import { R, rangeText, reportTranslator } from './reportText';

/*
 * The inspection report of one period of the library (issue 12 "Report … for one process or
 * one period of the library"): an overview of every plan — how many periods were inspected,
 * which KPIs met or missed their target at the latest inspection, the actions still open —
 * then each process's own report on its own pages, the same pieces as the one-process report.
 * Each process is a Word section, so its running header names it and its page plan is its own.
 */

const L = `${R}.library`;

/** The scope in the title: a department's name, or "all processes". */
export type LibraryReportScope = { departmentName: string | null };

type PlanFigures = { inspected: number; met: number; missed: number; openActions: number };

/** The overview's figures of one plan, from the judged model alone. */
export function planFigures(model: InspectionReportModel): PlanFigures {
  const periods = new Set(model.kpis.flatMap((k) => k.points.map((p) => p.period.start)));
  const latest = model.kpis.map((k) => k.points.at(-1)?.status ?? null);
  return {
    inspected: periods.size,
    met: latest.filter((s) => s?.met === true).length,
    missed: latest.filter((s) => s?.met === false).length,
    openActions: model.actions.filter((a) => a.status === 'open' || a.status === 'inProgress')
      .length,
  };
}

function scopeText(scope: LibraryReportScope, t: Translate): string {
  return scope.departmentName ?? t(`${L}.wholeLibrary`);
}

function overviewPieces(
  models: readonly InspectionReportModel[],
  range: Period,
  scope: LibraryReportScope,
  lang: ExportLanguage,
  exportedAt: Date,
): FlowPiece[] {
  const t = reportTranslator(lang);
  const processes = new Set(models.map((m) => `${m.process.code}\u0000${m.process.name}`)).size;
  const opening = [
    titleHeading(t(`${L}.title`, { scope: scopeText(scope, t) }), lang),
    subtitle([rangeText(range, t), isoDate(exportedAt)], lang),
    numberedHeading(0, t(`${L}.overview`), lang),
  ];
  if (models.length === 0) return [...opening, note(t(`${L}.noPlans`), lang)];
  const rows = models.map((model) => {
    const figures = planFigures(model);
    return [
      `${model.process.code} ${model.process.name}`.trim(),
      `${t(`inspection.frequencies.${model.frequency}`, { count: '' })} · ${t(`inspection.inspectionKinds.${model.kind}`)}`,
      String(figures.inspected),
      String(figures.met),
      String(figures.missed),
      String(figures.openActions),
    ];
  });
  return [
    ...opening,
    note(t(`${L}.lead`, { count: models.length, processes }), lang, true),
    gridTable(
      {
        columns: [
          { title: t(`${R}.process`), width: 2.8 },
          { title: t(`${L}.planColumn`), width: 1.8 },
          { title: t(`${L}.inspected`), width: 1.1, align: 'center' },
          { title: t(`${L}.metColumn`), width: 1.1, align: 'center' },
          { title: t(`${L}.missedColumn`), width: 1.1, align: 'center' },
          { title: t(`${L}.openActions`), width: 1.2, align: 'center' },
        ],
        rows,
      },
      lang,
    ),
  ];
}

export async function buildLibraryInspectionReportDocx(
  models: readonly InspectionReportModel[],
  range: Period,
  scope: LibraryReportScope,
  settings: InspectionReportSettings,
): Promise<Buffer> {
  const { lang, documents, exportedAt } = settings;
  const t = reportTranslator(lang);
  const right = [documents.organisationName.trim(), t(`${R}.docKind`)]
    .filter((part) => part !== '')
    .join('  ');
  const section = (line: string, pieces: FlowPiece[]): ISectionOptions => ({
    properties: pageProperties(),
    headers: { default: roleHeader(line, lang, right) },
    footers: { default: pageFooter(lang, documents.confidentiality) },
    children: renderFlow(pieces, planPages(pieces)),
  });
  const title = t(`${L}.title`, { scope: scopeText(scope, t) });
  const overview = overviewPieces(models, range, scope, lang, exportedAt);
  const doc = new Document({
    ...documentOptions(title, lang),
    description: t(`${R}.docKind`),
    sections: [
      section(`${title} · ${rangeText(range, t)}`, overview),
      ...models.map((model) =>
        section(
          `${model.process.code} ${model.process.name} · ${rangeText(range, t)}`.trim(),
          inspectionReportPieces(model, settings),
        ),
      ),
    ],
  });
  return Packer.toBuffer(doc, false, [fontTableOverride()]);
}

/** One measurements sheet and one actions sheet for the library, a process column first. */
export function libraryReportTables(
  models: readonly InspectionReportModel[],
  range: Period,
  scope: LibraryReportScope,
  lang: ExportLanguage,
  exportedAt: Date,
): SheetTable[] {
  const t = reportTranslator(lang);
  const perModel = models.map((model) => ({
    process: `${model.process.code} ${model.process.name}`.trim(),
    tables: inspectionReportTables(model, lang, exportedAt),
  }));
  const template = inspectionReportTables(
    { ...(models[0] ?? emptyModel(range)), kpis: [], actions: [] },
    lang,
    exportedAt,
  );
  const title = t(`${L}.title`, { scope: scopeText(scope, t) });
  const notes = [rangeText(range, t), exportedAt.toISOString().slice(0, 10)];
  return template.map((sheet, index) => ({
    ...sheet,
    title,
    notes,
    columns: [{ heading: t(`${R}.process`), format: 'text', wrap: true }, ...sheet.columns],
    rows: perModel.flatMap(({ process, tables }) =>
      (tables[index]?.rows ?? []).map((row) => ({ ...row, cells: [process, ...row.cells] })),
    ),
  }));
}

/** Only the sheets' headings are read from it, when the library has no plan to report. */
function emptyModel(range: Period): InspectionReportModel {
  return {
    process: { code: '', name: '', ownerTitle: '' },
    range,
    inspectors: [],
    frequency: 'quarterly',
    kind: 'regular',
    kpis: [],
    revisions: [],
    survey: null,
    complaints: [],
    findings: [],
    actions: [],
  };
}

export function buildLibraryInspectionReportXlsx(
  models: readonly InspectionReportModel[],
  range: Period,
  scope: LibraryReportScope,
  lang: ExportLanguage,
  exportedAt: Date,
): Promise<Buffer> {
  return writeWorkbook(libraryReportTables(models, range, scope, lang, exportedAt), exportedAt);
}
