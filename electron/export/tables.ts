import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { lines, run } from './blocks';
import { COLORS, STYLE, TEXT_WIDTH } from './docxStyles';
import { EMPTY, type ExportLanguage } from './labels';
import type { FlowTable } from './pageFlow';
import { rowHeight } from './tableFit';

/*
 * Tables of the templates, as pieces of a page plan (pageFlow.ts) that know their rows'
 * heights. Every table is laid out fixed against the text width, so Word, LibreOffice and
 * WPS agree on the columns instead of sizing them to their content, and is ruled in light
 * grey with a shaded header row, as HR forms are. Rows never split across pages (cantSplit);
 * where a table breaks is the plan's decision, and its column titles repeat on the next page.
 */

const RULE = { style: BorderStyle.SINGLE, size: 4, color: COLORS.border } as const;
const BORDERS = {
  top: RULE,
  bottom: RULE,
  left: RULE,
  right: RULE,
  insideHorizontal: RULE,
  insideVertical: RULE,
} as const;
/** Cell padding in twips (tableFit.ts measures with it): room to breathe in narrow columns. */
const CELL_MARGINS = { top: 45, bottom: 45, left: 85, right: 85 } as const;

export type Align = 'left' | 'center' | 'right';
export type CellValue = string | { text: string; bold?: boolean };

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

/** Shares of the text width → whole twips that add up exactly to the text width. */
export function twips(shares: readonly number[]): number[] {
  const total = shares.reduce((a, b) => a + b, 0);
  const widths = shares.map((share) => Math.floor((share / total) * TEXT_WIDTH));
  const rest = TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
  widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + rest;
  return widths;
}

export type CellSpec = {
  value: CellValue;
  fill?: string;
  span?: number;
  align?: Align;
  /** A column title or section band: the Table Heading style (bold, dark blue). */
  header?: boolean;
  /** Left empty on purpose (room to write by hand), so no dash. */
  blank?: boolean;
};
export type RowSpec = { cells: CellSpec[]; minHeight?: number };

const textOf = (value: CellValue) => (typeof value === 'string' ? value : value.text);
const boldOf = (spec: CellSpec) =>
  spec.header === true || (typeof spec.value !== 'string' && spec.value.bold === true);

/** The paragraphs a cell prints: its lines, a dash when it has none, nothing when blank. */
function cellLines(spec: CellSpec): string[] {
  if (spec.blank === true) return [''];
  if (spec.header === true) return [textOf(spec.value)];
  const list = lines(textOf(spec.value));
  return list.length === 0 ? [EMPTY] : list;
}

function cell(spec: CellSpec, lang: ExportLanguage): TableCell {
  const bold = boldOf(spec);
  const style = spec.header === true ? STYLE.tableHeading : STYLE.tableText;
  // Without an alignment the style's applies: left for text, centred for column titles.
  const alignment = spec.align === undefined ? undefined : ALIGN[spec.align];
  const children =
    spec.blank === true
      ? [new Paragraph({ style: STYLE.tableText })]
      : cellLines(spec).map(
          (line) =>
            new Paragraph({
              style,
              alignment,
              children: [run(line, lang, { bold: spec.header === true ? undefined : bold })],
            }),
        );
  return new TableCell({
    children,
    columnSpan: spec.span,
    verticalAlign: VerticalAlignTable.CENTER,
    shading: spec.fill === undefined ? undefined : { fill: spec.fill, color: 'auto' },
  });
}

export type TableSpec = {
  widths: number[];
  /** Rows printed once at the top, kept with the first body row (a form's section band). */
  lead?: RowSpec[];
  /** The column titles, repeated on every page the table spans. */
  header?: RowSpec;
  rows: RowSpec[];
  /** Keep the whole table on one page when it fits on one (pageFlow.ts). */
  keepTogether: boolean;
  keepWithNext?: boolean;
};

/** A table as a piece of the flow: measured rows, built in parts where the plan breaks it. */
export function flowTable(spec: TableSpec, lang: ExportLanguage): FlowTable {
  const eastAsian = lang === 'zh';
  const measure = (row: RowSpec) =>
    rowHeight(
      row.cells.map((c) => ({ paragraphs: cellLines(c), bold: boldOf(c), span: c.span })),
      spec.widths,
      eastAsian,
      row.minHeight,
    );
  const docxRow = (row: RowSpec, options: { keepNext: boolean; header?: boolean }) =>
    new TableRow({
      cantSplit: true,
      keepNext: options.keepNext,
      tableHeader: options.header,
      height:
        row.minHeight === undefined
          ? undefined
          : { value: row.minHeight, rule: HeightRule.ATLEAST },
      children: row.cells.map((c) => cell(c, lang)),
    });
  const lead = spec.lead ?? [];
  return {
    kind: 'table',
    leadHeight: lead.reduce((sum, row) => sum + measure(row), 0),
    headerHeight: spec.header === undefined ? 0 : measure(spec.header),
    rowHeights: spec.rows.map(measure),
    keepTogether: spec.keepTogether,
    keepWithNext: spec.keepWithNext ?? false,
    build: (splits) =>
      [0, ...splits].map((from, part, starts) => {
        const to = starts[part + 1] ?? spec.rows.length;
        const body = spec.rows.slice(from, to);
        // The lead and the titles stay with the first row; the body as a whole only when the
        // plan keeps it together (the plan has made sure it fits).
        const rows = [
          ...(part === 0 ? lead : []).map((row) => docxRow(row, { keepNext: true })),
          ...(spec.header === undefined
            ? []
            : [docxRow(spec.header, { keepNext: true, header: true })]),
          ...body.map((row, i) =>
            docxRow(row, { keepNext: spec.keepTogether && i < body.length - 1 }),
          ),
        ];
        return new Table({
          rows,
          width: { size: TEXT_WIDTH, type: WidthType.DXA },
          columnWidths: spec.widths,
          layout: TableLayoutType.FIXED,
          borders: BORDERS,
          margins: CELL_MARGINS,
        });
      }),
  };
}
