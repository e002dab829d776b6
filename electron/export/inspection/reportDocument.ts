import { Document, Packer } from 'docx';
import type { DocumentSettings } from '../../../shared/documentSettings';
import type { InspectionReportModel } from '../../../shared/inspection/reportModel';
import { subtitle, titleHeading } from '../blocks';
import { pageProperties } from '../docxStyles';
import { fontTableOverride } from '../fontTable';
import { fieldTable } from '../gridTables';
import { pageFooter, roleHeader } from '../headerFooter';
import { EMPTY, isoDate, type ExportLanguage } from '../labels';
import { planPages, renderFlow, sectionsFlow, type FlowPiece } from '../pageFlow';
import type { CjkFont } from '../picture/cjkFont';
import { numberedHeading } from '../process/headerSections';
import { documentOptions } from '../roleDocument';
import {
  actionsSection,
  beforeAfterSection,
  complaintsSection,
  findingsSection,
  kpiSections,
  resultsTable,
  servqualSection,
  type SectionContext,
} from './reportSections';
import { drawReportCharts } from './reportCharts';
import { R, rangeText, reportTranslator } from './reportText';

/*
 * The inspection report (检查报告, issue 12) as a .docx, in the style of the other documents:
 * A4, the running header with the process and the organisation, the page footer with the
 * confidentiality line, the header table, numbered sections, and a page plan (pageFlow.ts)
 * so a chart or a table is never cut. Built from the plain model alone (reportModel.ts);
 * the charts are the screen's ECharts options rendered in Node.
 */

export type InspectionReportSettings = {
  lang: ExportLanguage;
  documents: DocumentSettings;
  exportedAt: Date;
  /** The CJK font the charts are drawn with (picture/cjkFont.ts); null = system fonts. */
  font: CjkFont | null;
};

function headerTable(ctx: SectionContext, exportedAt: Date): FlowPiece[] {
  const { model, lang, t } = ctx;
  const name = model.process.name.trim() || EMPTY;
  const plan = `${t(`inspection.frequencies.${model.frequency}`, { count: '' })} · ${t(`inspection.inspectionKinds.${model.kind}`)}`;
  return [
    titleHeading(t(`${R}.title`, { process: name }), lang),
    subtitle([model.process.code, rangeText(model.range, t)], lang),
    fieldTable(
      [
        { label: t(`${R}.process`), value: `${model.process.code} ${name}`.trim() },
        { label: t(`${R}.owner`), value: model.process.ownerTitle },
        { label: t(`${R}.period`), value: rangeText(model.range, t) },
        { label: t(`${R}.inspector`), value: model.inspectors.join('、') },
        { label: t(`${R}.plan`), value: plan },
        { label: t(`${R}.exported`), value: isoDate(exportedAt) },
      ],
      lang,
      2,
    ),
  ];
}

export function inspectionReportPieces(
  model: InspectionReportModel,
  settings: InspectionReportSettings,
): FlowPiece[] {
  const { lang } = settings;
  const t = reportTranslator(lang);
  const charts = drawReportCharts(model, t, settings.font);
  const ctx: SectionContext = { model, lang, t, charts };
  const heading = (index: number, key: string) =>
    numberedHeading(index, t(`${R}.sections.${key}`), lang);
  const sections: [FlowPiece, FlowPiece[]][] = [
    [heading(0, 'results'), resultsTable(ctx)],
    [heading(1, 'charts'), kpiSections(ctx)],
    [heading(2, 'servqual'), servqualSection(ctx)],
    [heading(3, 'complaints'), complaintsSection(ctx)],
    [heading(4, 'findings'), findingsSection(ctx)],
    [heading(5, 'actions'), actionsSection(ctx)],
    [heading(6, 'beforeAfter'), beforeAfterSection(ctx)],
  ];
  return sectionsFlow(headerTable(ctx, settings.exportedAt), sections, []);
}

/** The report's bytes: the entry point the export service calls once the store feeds it. */
export async function buildInspectionReportDocx(
  model: InspectionReportModel,
  settings: InspectionReportSettings,
): Promise<Buffer> {
  const { lang, documents } = settings;
  const t = reportTranslator(lang);
  const pieces = inspectionReportPieces(model, settings);
  const line = `${model.process.code} ${model.process.name} · ${rangeText(model.range, t)}`.trim();
  const right = [documents.organisationName.trim(), t(`${R}.docKind`)]
    .filter((part) => part !== '')
    .join('  ');
  const doc = new Document({
    ...documentOptions(t(`${R}.title`, { process: model.process.name }), lang),
    description: t(`${R}.docKind`),
    sections: [
      {
        properties: pageProperties(),
        headers: { default: roleHeader(line, lang, right) },
        footers: { default: pageFooter(lang, documents.confidentiality) },
        children: renderFlow(pieces, planPages(pieces)),
      },
    ],
  });
  return Packer.toBuffer(doc, false, [fontTableOverride()]);
}
