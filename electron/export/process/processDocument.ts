import { planPages, renderFlow, type Block, type FlowPiece } from '../pageFlow';
import {
  Document,
  Footer,
  Header,
  ImageRun,
  Packer,
  PageOrientation,
  Paragraph,
  type ISectionOptions,
} from 'docx';
import { A4, pageProperties, spacing } from '../docxStyles';
import { fontTableOverride } from '../fontTable';
import { pageFooter, roleHeader } from '../headerFooter';
import { EMPTY } from '../labels';
import { documentOptions } from '../roleDocument';
import { analysisAppendix } from './analysisAppendix';
import type { ProcessDocContext } from './context';
import { controlsSection, documentsSection, kpiSection, recordsSection } from './controlSections';
import { headerBlock, revisionRecord, versionText } from './headerSections';
import { instructionAppendix } from './instructionAppendix';
import {
  boundariesSection,
  mapLeadIn,
  purposeSection,
  rolesSection,
  scopeSection,
} from './overviewSections';
import { PROCESS_LABELS } from './processLabels';
import { documentSteps } from './processSteps';
import { raciMatrix, stepTable } from './stepSections';

/*
 * One 流程说明书 (or English process description) as a .docx: a portrait section with the
 * header table and sections 1–6, the map's pages in a landscape section of their own, and a
 * portrait section with the step table, RACI, controls, KPIs, documents, records and the two
 * appendices. Runs in plain Node (main process, tests, browser host).
 */

/** Margins of the map's pages in twips (3 mm): the pictures bring their own 8 mm margins. */
const MAP_MARGIN = 170;
/** Room left under a map picture on its page (pt), so its paragraph never spills a blank page. */
const MAP_SLACK = 6;

/** The area a map page is drawn for, in points: the landscape page inside the map margins. */
export const MAP_AREA = {
  width: (A4.height - 2 * MAP_MARGIN) / 20,
  height: (A4.width - 2 * MAP_MARGIN) / 20 - MAP_SLACK,
} as const;

const PX_PER_PT = 96 / 72;

function mapSection(ctx: ProcessDocContext): ISectionOptions {
  const labels = PROCESS_LABELS[ctx.lang];
  const margin = {
    top: MAP_MARGIN,
    bottom: MAP_MARGIN,
    left: MAP_MARGIN,
    right: MAP_MARGIN,
    header: 0,
    footer: 0,
  };
  return {
    properties: {
      page: {
        size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE },
        margin,
      },
    },
    // Empty, not inherited: each picture carries its own title block with page numbers.
    headers: { default: new Header({ children: [] }) },
    footers: { default: new Footer({ children: [] }) },
    children: ctx.mapPages.map(
      (page, i) =>
        new Paragraph({
          pageBreakBefore: i > 0,
          spacing: spacing(0, 0, 240),
          children: [
            new ImageRun({
              type: 'png',
              data: page.png,
              transformation: {
                width: page.widthPt * PX_PER_PT,
                height: page.heightPt * PX_PER_PT,
              },
              altText: {
                name: `map-${i + 1}`,
                title: `${labels.sections.map} ${i + 1}/${ctx.mapPages.length}`,
                description: ctx.process.name,
              },
            }),
          ],
        }),
    ),
  };
}

export type ProcessSectionOptions = {
  /** Bookmark on the title: the anchor a process handbook's contents link to. */
  bookmark?: string;
  /** The right side of the running header; the document kind when not given. */
  headerRight?: string;
};

/**
 * The pieces of a portrait section with their page breaks planned (pageFlow.ts), as for a
 * position description: tables that fit stay whole, headings stay with what follows.
 */
function planned(pieces: FlowPiece[]): Block[] {
  return renderFlow(pieces, planPages(pieces));
}

/** The process as docx sections (two or three): reused by the process handbook. */
export function buildProcessSections(
  ctx: ProcessDocContext,
  options: ProcessSectionOptions = {},
): ISectionOptions[] {
  const { lang, process } = ctx;
  const labels = PROCESS_LABELS[lang];
  const steps = documentSteps(ctx);
  const line = `${process.code.trim() === '' ? '' : `${process.code.trim()} `}${process.name.trim() || EMPTY} · ${versionText(ctx)}`;
  const header = () => ({ default: roleHeader(line, lang, options.headerRight ?? labels.docKind) });
  const footer = () => ({ default: pageFooter(lang) });
  const first: ISectionOptions = {
    properties: pageProperties(),
    headers: header(),
    footers: footer(),
    children: planned([
      ...headerBlock(ctx, options.bookmark),
      ...revisionRecord(ctx),
      ...purposeSection(ctx),
      ...scopeSection(ctx, steps),
      ...rolesSection(ctx, steps),
      ...boundariesSection(ctx, steps),
      ...mapLeadIn(ctx),
    ]),
  };
  const rest: ISectionOptions = {
    properties: pageProperties(),
    headers: header(),
    footers: footer(),
    children: planned([
      ...stepTable(ctx, steps),
      ...raciMatrix(ctx, steps),
      ...controlsSection(ctx, steps),
      ...kpiSection(ctx),
      ...documentsSection(ctx, steps),
      ...recordsSection(ctx, steps),
      ...analysisAppendix(ctx),
      ...instructionAppendix(ctx, steps),
    ]),
  };
  return ctx.mapPages.length > 0 ? [first, mapSection(ctx), rest] : [first, rest];
}

export async function buildProcessDocx(ctx: ProcessDocContext): Promise<Buffer> {
  const labels = PROCESS_LABELS[ctx.lang];
  const doc = new Document({
    ...documentOptions(ctx.process.name, ctx.lang),
    description: labels.docKind,
    sections: buildProcessSections(ctx),
  });
  return Packer.toBuffer(doc, false, [fontTableOverride()]);
}
