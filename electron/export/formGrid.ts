import { lines } from './blocks';
import { COLORS, TEXT_WIDTH } from './docxStyles';
import { fieldRows, fieldWidths, labelCell, type Field } from './gridTables';
import { zhNumeral } from './labels';
import type { FlowPiece } from './pageFlow';
import { flowTable, twips, type RowSpec } from './tables';

/*
 * The parts of the compact Chinese form (zhFormTemplate.ts): section bands, free-text and
 * label–value sections, and the signature block, all in the same bordered grid.
 */

const LANG = 'zh';

/** A section's band: "三、工作职责" across the grid, shaded like column titles. */
export function band(index: number, title: string, columns: number): RowSpec {
  const value = `${zhNumeral(index)}、${title}`;
  return {
    cells: [{ value, header: true, align: 'left', fill: COLORS.headerFill, span: columns }],
  };
}

/** Lines of text one cell holds; a longer text takes a row per line, so it can break between them. */
const LINES_PER_CELL = 8;

/** A section of free text: the band and a cell, a paragraph per line. */
export function textSection(index: number, title: string, text: string): FlowPiece {
  const list = lines(text);
  const rows =
    list.length > LINES_PER_CELL
      ? list.map((line) => ({ cells: [{ value: line }] }))
      : [{ cells: [{ value: text }] }];
  return flowTable(
    {
      widths: [TEXT_WIDTH],
      lead: [band(index, title, 1)],
      rows,
      keepTogether: true,
    },
    LANG,
  );
}

export function fieldSection(index: number, title: string, fields: Field[]): FlowPiece {
  return flowTable(
    {
      widths: fieldWidths(2, 0.13),
      lead: [band(index, title, 4)],
      rows: fieldRows(fields, 2),
      keepTogether: true,
    },
    LANG,
  );
}
export function signatures(index: number): FlowPiece {
  const statement = '本人已阅读并理解本职位说明书的全部内容，同意按此履行岗位职责。';
  return flowTable(
    {
      widths: twips([0.26, 0.44, 0.3]),
      lead: [band(index, '签字确认', 3), { cells: [{ value: statement, span: 3 }] }],
      header: {
        cells: ['确认人', '签字', '日期'].map((value) => ({
          value,
          header: true,
          fill: COLORS.headerFill,
        })),
      },
      rows: ['任职者', '直接上级', '人力资源部'].map((signer) => ({
        minHeight: 560,
        cells: [labelCell(signer), { value: '', blank: true }, { value: '', blank: true }],
      })),
      keepTogether: true,
      keepWithNext: true,
    },
    LANG,
  );
}
