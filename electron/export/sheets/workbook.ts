import type { Row, Workbook, Worksheet } from 'exceljs';
import type { Cell, CellFormat, SheetColumn, SheetRow, SheetTable } from './sheetModel';
import { columnWidth, shownText, wrappedLines } from './textWidth';

/*
 * Writes the builders' tables with exceljs: a title row, its notes, the heading row frozen
 * with a filter, numbers stored as numbers with a number format, widths measured from the
 * text each column shows. Printing is set up too (landscape, one page wide, the heading row
 * repeated), so a sheet sent to a printer or converted to PDF reads like the screen.
 */

/** `_ ` keeps a space's room after a number, so a text column beside it does not touch it. */
const NUMBER_FORMATS: Record<CellFormat, string | undefined> = {
  text: undefined,
  plain: undefined,
  integer: '#,##0_ ',
  decimal: '#,##0.0_ ',
  hours: '#,##0.0_ ',
  twoDecimals: '0.00_ ',
  percent: '0.0%_ ',
  precisePercent: '0.00%_ ',
  money: '"¥"#,##0.00_ ',
};

const HEADING_FILL = 'FFDDE6F0';
const GROUP_FILL = 'FFF0F4F8';
const NOTE_COLOUR = 'FF3B4A5A';
/** Points a line of 11 pt text takes, CJK included (Excel's default row is 15). */
const LINE_HEIGHT = 16;

/** Excel refuses these in a sheet's name, and names longer than 31 characters. */
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/g;

/** Builds the workbook; exceljs is loaded only now (it is large, and most sessions never need it). */
export async function writeWorkbook(tables: SheetTable[], created: Date): Promise<Buffer> {
  // A CommonJS module: Node's own loader (the built app and host) has its exports only as
  // `default`, not as named exports.
  const { Workbook: WorkbookClass } = (await import('exceljs')).default;
  const workbook: Workbook = new WorkbookClass();
  workbook.creator = 'RoleFlow';
  workbook.created = created;
  const used = new Set<string>();
  for (const table of tables) writeTable(workbook.addWorksheet(sheetName(table.name, used)), table);
  const bytes = await workbook.xlsx.writeBuffer();
  return Buffer.from(bytes);
}

function writeTable(sheet: Worksheet, table: SheetTable): void {
  sheet.addRow([table.title]).font = { bold: true, size: 14 };
  for (const note of table.notes) sheet.addRow([note]).font = { color: { argb: NOTE_COLOUR } };
  sheet.addRow([]);
  const widths = table.columns.map((column, index) => widthOf(column, index, table.rows));
  const heading = writeHeading(sheet, table.columns, widths);
  for (const row of table.rows) writeRow(sheet, row, table.columns, widths);

  widths.forEach((width, index) => (sheet.getColumn(index + 1).width = width));
  sheet.views = [{ state: 'frozen', xSplit: table.frozenColumns ?? 0, ySplit: heading.number }];
  if (table.columns.length > 0) {
    sheet.autoFilter = {
      from: { row: heading.number, column: 1 },
      to: { row: heading.number, column: table.columns.length },
    };
  }
  sheet.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${heading.number}:${heading.number}`,
  };
}

function writeHeading(sheet: Worksheet, columns: SheetColumn[], widths: number[]): Row {
  const heading = sheet.addRow(columns.map((column) => column.heading));
  let lines = 1;
  columns.forEach((column, index) => {
    const cell = heading.getCell(index + 1);
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADING_FILL } };
    cell.border = { bottom: { style: 'thin' } };
    const horizontal = column.center ? 'center' : column.format === 'text' ? 'left' : 'right';
    cell.alignment = { horizontal, vertical: 'bottom', wrapText: true };
    lines = Math.max(lines, linesIn(column.heading, widths[index]));
  });
  heading.height = lines * LINE_HEIGHT;
  return heading;
}

/**
 * Lines a wrapped cell takes in its column. Spreadsheets do not always grow a row for text
 * they did not lay out themselves (LibreOffice keeps the default height), so rows say.
 */
function linesIn(text: string, width = 10): number {
  return wrappedLines(text, Math.max(1, width - 1));
}

function writeRow(sheet: Worksheet, row: SheetRow, columns: SheetColumn[], widths: number[]) {
  const added = sheet.addRow(row.cells.map(cellValue));
  const lines = columns.map((column, index) => {
    const cell = row.cells[index];
    return column.wrap && typeof cell === 'string' ? linesIn(cell, widths[index]) : 1;
  });
  if (Math.max(...lines) > 1) added.height = Math.max(...lines) * LINE_HEIGHT;
  columns.forEach((column, index) => {
    const cell = row.cells[index] ?? null;
    const target = added.getCell(index + 1);
    const format = NUMBER_FORMATS[formatOf(cell, column.format)];
    if (format) target.numFmt = format;
    // Centred in the row: Latin and CJK lines differ in height, and a row grown by a wrapped
    // message keeps its short cells level with each other.
    target.alignment = {
      vertical: 'middle',
      ...(column.wrap ? { wrapText: true } : {}),
      ...(column.center ? { horizontal: 'center' as const } : {}),
      ...(index === 0 && row.indent ? { horizontal: 'left' as const, indent: row.indent } : {}),
    };
    if (row.style) target.font = { bold: true };
    // A department heading is a band across the table, not one tinted cell.
    if (row.style === 'group') {
      target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: GROUP_FILL } };
    }
  });
}

function widthOf(column: SheetColumn, index: number, rows: SheetRow[]): number {
  if (column.width !== undefined) return column.width;
  const shown = rows
    // A group heading spans the row: it is not what the first column has to fit.
    .filter((row) => !(row.style === 'group' && index === 0))
    .map((row) => {
      const text = shownText(row.cells[index] ?? null, column.format);
      // An indent takes about two characters' room a level.
      return index === 0 && row.indent ? `${'  '.repeat(row.indent)}${text}` : text;
    });
  return columnWidth(column.heading, shown, column.wrap ?? false);
}

function cellValue(cell: Cell): string | number | null {
  if (cell === null || typeof cell !== 'object') return cell;
  return cell.value;
}

function formatOf(cell: Cell, columnFormat: CellFormat): CellFormat {
  if (cell !== null && typeof cell === 'object') return cell.format;
  return typeof cell === 'number' ? columnFormat : 'text';
}

/** A valid, unique sheet name (the builders' names are i18n text; two may shorten alike). */
function sheetName(wanted: string, used: Set<string>): string {
  const base = wanted.replace(SHEET_NAME_FORBIDDEN, ' ').trim().slice(0, 31) || 'Sheet';
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, 27)} (${n})`;
  used.add(name.toLowerCase());
  return name;
}
