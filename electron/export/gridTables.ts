import { COLORS } from './docxStyles';
import type { ExportLanguage } from './labels';
import type { FlowTable } from './pageFlow';
import {
  flowTable,
  twips,
  type Align,
  type CellSpec,
  type CellValue,
  type RowSpec,
} from './tables';

/*
 * The kinds of table the templates print: a grid with column titles (duties, competencies,
 * KPIs), label–value fields (基本信息), and the signature block.
 */

/** `width` is relative: the columns' widths are scaled to fill the text width (cm read well). */
export type Column = { title: string; width: number; align?: Align };

export type GridOptions = {
  columns: Column[];
  rows: CellValue[][];
  /** A closing row such as 合计 / Total: its first cell spans `span` columns. */
  total?: { cells: CellValue[]; span: number };
  /** Keep the whole table on one page where it fits; a longer one breaks between rows. */
  keepTogether?: boolean;
  /** Rows above the column titles, printed once (the compact form's section band). */
  lead?: RowSpec[];
  keepWithNext?: boolean;
};

/** A table with column titles, repeated on every page it spans; no row is split. */
export function gridTable(options: GridOptions, lang: ExportLanguage): FlowTable {
  const { columns, total } = options;
  const rows: RowSpec[] = options.rows.map((cells) => ({
    cells: columns.map((column, i) => ({ value: cells[i] ?? '', align: column.align })),
  }));
  if (total !== undefined) {
    rows.push({
      cells: total.cells.map((value, i) => ({
        value,
        // The total row's empty cells stay empty: a dash there would read as missing data.
        blank: value === '',
        span: i === 0 ? total.span : undefined,
        align: i === 0 ? 'center' : columns[i + total.span - 1]?.align,
        fill: COLORS.labelFill,
      })),
    });
  }
  return flowTable(
    {
      widths: twips(columns.map((c) => c.width)),
      lead: options.lead,
      header: {
        cells: columns.map((c) => ({ value: c.title, header: true, fill: COLORS.headerFill })),
      },
      rows,
      keepTogether: options.keepTogether ?? false,
      keepWithNext: options.keepWithNext,
    },
    lang,
  );
}

export type Field = { label: string; value: string };

/** A shaded label cell, as forms print them. */
export function labelCell(label: string, span?: number): CellSpec {
  return { value: label, fill: COLORS.labelFill, align: 'center', span };
}

/** Label–value rows, `pairsPerRow` pairs to a row; the last value takes any free columns. */
export function fieldRows(fields: readonly Field[], pairsPerRow: 1 | 2): RowSpec[] {
  const rows: RowSpec[] = [];
  for (let i = 0; i < fields.length; i += pairsPerRow) {
    const group = fields.slice(i, i + pairsPerRow);
    const cells = group.flatMap((f): CellSpec[] => [labelCell(f.label), { value: f.value }]);
    const missing = pairsPerRow - group.length;
    const last = cells[cells.length - 1];
    if (missing > 0 && last !== undefined) last.span = 1 + missing * 2;
    rows.push({ cells });
  }
  return rows;
}

/** Column widths of label–value rows: `labelShare` of the width for each label. */
export function fieldWidths(pairsPerRow: 1 | 2, labelShare: number): number[] {
  const valueShare = 1 / pairsPerRow - labelShare;
  return twips(Array.from({ length: pairsPerRow }, () => [labelShare, valueShare]).flat());
}

/** Label–value pairs (基本信息 prints two a row, like the paper form), kept on one page. */
export function fieldTable(
  fields: Field[],
  lang: ExportLanguage,
  pairsPerRow: 1 | 2,
  labelShare = 0.18,
): FlowTable {
  return flowTable(
    {
      widths: fieldWidths(pairsPerRow, labelShare),
      rows: fieldRows(fields, pairsPerRow),
      keepTogether: true,
    },
    lang,
  );
}

export type SignatureOptions = { columns: [string, string, string]; signers: string[] };

/** 1.1 cm: enough for a handwritten signature. */
const SIGNATURE_ROW = 620;

/** 签字确认 / acknowledgement: one row per signer, with room to sign and date by hand. */
export function signatureTable(options: SignatureOptions, lang: ExportLanguage): FlowTable {
  return flowTable(
    {
      widths: twips([0.26, 0.44, 0.3]),
      header: {
        cells: options.columns.map((title) => ({
          value: title,
          header: true,
          fill: COLORS.headerFill,
        })),
      },
      rows: options.signers.map((signer) => ({
        minHeight: SIGNATURE_ROW,
        cells: [labelCell(signer), { value: '', blank: true }, { value: '', blank: true }],
      })),
      keepTogether: true,
    },
    lang,
  );
}
