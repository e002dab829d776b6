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
import { fitsOnOnePage } from './tableFit';

/*
 * Tables of the templates. Every table is laid out fixed against the text width, so Word,
 * LibreOffice and WPS agree on the columns instead of sizing them to their content, and is
 * ruled in light grey with a shaded header row, as HR forms are.
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
/** Cell padding in twips: room to breathe without wasting the narrow columns. */
const CELL_MARGINS = { top: 45, bottom: 45, left: 85, right: 85 } as const;

export type Align = 'left' | 'center' | 'right';
/** `width` is relative: the columns' widths are scaled to fill the text width (cm read well). */
export type Column = { title: string; width: number; align?: Align };
export type CellValue = string | { text: string; bold?: boolean };

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

/** Shares of the text width → whole twips that add up exactly to the text width. */
function twips(shares: readonly number[]): number[] {
  const total = shares.reduce((a, b) => a + b, 0);
  const widths = shares.map((share) => Math.floor((share / total) * TEXT_WIDTH));
  const rest = TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
  widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + rest;
  return widths;
}

function cellParagraphs(value: CellValue, lang: ExportLanguage, align: Align): Paragraph[] {
  const { text, bold } = typeof value === 'string' ? { text: value, bold: false } : value;
  const list = lines(text);
  const alignment = align === 'left' ? undefined : ALIGN[align];
  if (list.length === 0) list.push(EMPTY);
  return list.map(
    (line) =>
      new Paragraph({ style: STYLE.tableText, alignment, children: [run(line, lang, { bold })] }),
  );
}

type CellOptions = {
  fill?: string;
  span?: number;
  align?: Align;
  header?: boolean;
  /** Left empty on purpose (room to write by hand), so no dash. */
  blank?: boolean;
};

function cell(value: CellValue, lang: ExportLanguage, options: CellOptions = {}): TableCell {
  const align = options.align ?? 'left';
  const children = options.header
    ? [new Paragraph({ style: STYLE.tableHeading, children: [run(String(value), lang)] })]
    : options.blank
      ? [new Paragraph({ style: STYLE.tableText })]
      : cellParagraphs(value, lang, align);
  return new TableCell({
    children,
    columnSpan: options.span,
    verticalAlign: VerticalAlignTable.CENTER,
    shading: options.fill === undefined ? undefined : { fill: options.fill, color: 'auto' },
  });
}

function table(widths: number[], rows: TableRow[]): Table {
  return new Table({
    rows,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    margins: CELL_MARGINS,
  });
}

export type GridOptions = {
  columns: Column[];
  rows: CellValue[][];
  /** A closing row such as 合计 / Total: its first cell spans `totalSpan` columns. */
  total?: { cells: CellValue[]; span: number };
  /**
   * Keep the whole table on one page where it fits (tableFit.ts). Every row but the last is
   * then kept with the next (keepNext on its paragraphs), so Word and LibreOffice move a
   * table that would break to the next page. A table longer than that flows and breaks
   * between rows (rows never split), its header row repeated.
   */
  keepTogether?: boolean;
};

/**
 * A table with a header row. The header row repeats on every page the table spans
 * (tblHeader), and no row is split across pages (cantSplit), so a duty is read whole.
 */
export function gridTable(options: GridOptions, lang: ExportLanguage): Table {
  const { columns, total, keepTogether = false } = options;
  const widths = twips(columns.map((c) => c.width));
  const body = options.rows.map((cells) =>
    columns.map((column, i) => cell(cells[i] ?? '', lang, { align: column.align })),
  );
  if (total !== undefined) {
    body.push(
      total.cells.map((value, i) =>
        cell(value, lang, {
          // The total row's empty cells stay empty: a dash there would read as missing data.
          blank: value === '',
          span: i === 0 ? total.span : undefined,
          align: i === 0 ? 'center' : (columns[i + total.span - 1]?.align ?? 'left'),
          fill: COLORS.labelFill,
        }),
      ),
    );
  }
  const plain = (value: CellValue) => (typeof value === 'string' ? value : value.text);
  const keep =
    keepTogether &&
    fitsOnOnePage([columns.map((c) => c.title), ...options.rows.map((r) => r.map(plain))], widths);
  // The header row is always kept with the first row, and so with the heading above it.
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    keepNext: true,
    children: columns.map((c) => cell(c.title, lang, { header: true, fill: COLORS.headerFill })),
  });
  const rows = body.map(
    (children, i) =>
      new TableRow({
        children,
        cantSplit: true,
        keepNext: keep && i < body.length - 1,
      }),
  );
  return table(widths, [header, ...rows]);
}

export type Field = { label: string; value: string };

/**
 * Label–value pairs, `pairsPerRow` to a row (基本信息 prints two pairs a row, like the
 * paper form); labels shaded. Kept on one page where it fits.
 */
export function fieldTable(
  fields: Field[],
  lang: ExportLanguage,
  pairsPerRow: 1 | 2,
  labelShare = 0.18,
): Table {
  const valueShare = 1 / pairsPerRow - labelShare;
  const widths = twips(Array.from({ length: pairsPerRow }, () => [labelShare, valueShare]).flat());
  const texts: string[][] = [];
  for (let i = 0; i < fields.length; i += pairsPerRow) {
    texts.push(fields.slice(i, i + pairsPerRow).flatMap((f) => [f.label, f.value]));
  }
  const keep = fitsOnOnePage(texts, widths);
  const rows: TableRow[] = [];
  for (let i = 0; i < fields.length; i += pairsPerRow) {
    const group = fields.slice(i, i + pairsPerRow);
    const children = group.flatMap((field) => [
      cell(field.label, lang, { fill: COLORS.labelFill, align: 'center' }),
      cell(field.value, lang),
    ]);
    // A short last row: its last value cell takes the free columns.
    const missing = pairsPerRow - group.length;
    if (missing > 0 && children.length > 0) {
      const last = group[group.length - 1];
      children.pop();
      children.push(cell(last?.value ?? '', lang, { span: 1 + missing * 2 }));
    }
    rows.push(
      new TableRow({
        children,
        cantSplit: true,
        keepNext: keep && i + pairsPerRow < fields.length,
      }),
    );
  }
  return table(widths, rows);
}

export type SignatureOptions = { columns: [string, string, string]; signers: string[] };

/** 签字确认 / acknowledgement: one row per signer, with room to sign and date by hand. */
export function signatureTable(options: SignatureOptions, lang: ExportLanguage): Table {
  const widths = twips([0.26, 0.44, 0.3]);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    keepNext: true,
    children: options.columns.map((title) =>
      cell(title, lang, { header: true, fill: COLORS.headerFill }),
    ),
  });
  const rows = options.signers.map(
    (signer, i) =>
      new TableRow({
        cantSplit: true,
        keepNext: i < options.signers.length - 1,
        // 1.1 cm: enough for a handwritten signature.
        height: { value: 620, rule: HeightRule.ATLEAST },
        children: [
          cell(signer, lang, { fill: COLORS.labelFill, align: 'center' }),
          cell('', lang, { blank: true }),
          cell('', lang, { blank: true }),
        ],
      }),
  );
  return table(widths, [header, ...rows]);
}
