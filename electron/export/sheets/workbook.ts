import type { Cell as ExcelCell, Workbook, Worksheet } from 'exceljs';
import type { Cell, CellFormat, SheetTable } from './sheetModel';
import { columnWidth, shownText } from './textWidth';

/*
 * Writes the builders' tables with exceljs: a title row, its notes, the heading row frozen
 * with a filter, numbers stored as numbers with a number format, widths measured from the
 * text each column shows. Printing is set up too (landscape, one page wide, the heading row
 * repeated), so a sheet sent to a printer or converted to PDF reads like the screen.
 */

const NUMBER_FORMATS: Record<CellFormat, string | undefined> = {
  text: undefined,
  plain: undefined,
  integer: '#,##0',
  decimal: '#,##0.0',
  hours: '#,##0.0',
  twoDecimals: '0.00',
  percent: '0.0%',
  money: '"¥"#,##0.00',
};

const HEADING_FILL = 'FFDDE6F0';
const GROUP_FILL = 'FFF0F4F8';
const NOTE_COLOUR = 'FF3B4A5A';

/** Excel refuses these in a sheet's name, and names longer than 31 characters. */
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/g;

/** Builds the workbook; exceljs is loaded only now (it is large, and most sessions never need it). */
export async function writeWorkbook(tables: SheetTable[], created: Date): Promise<Buffer> {
  const { Workbook: WorkbookClass } = await import('exceljs');
  const workbook: Workbook = new WorkbookClass();
  workbook.creator = 'RoleFlow';
  workbook.created = created;
  const used = new Set<string>();
  for (const table of tables) writeTable(workbook.addWorksheet(sheetName(table.name, used)), table);
  const bytes = await workbook.xlsx.writeBuffer();
  return Buffer.from(bytes);
}

function writeTable(sheet: Worksheet, table: SheetTable): void {
  const title = sheet.addRow([table.title]);
  title.font = { bold: true, size: 14 };
  for (const note of table.notes) sheet.addRow([note]).font = { color: { argb: NOTE_COLOUR } };
  sheet.addRow([]);

  const heading = sheet.addRow(table.columns.map((column) => column.heading));
  heading.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADING_FILL } };
    cell.border = { bottom: { style: 'thin' } };
  });
  table.columns.forEach((column, index) => {
    const alignment = column.center ? 'center' : column.format === 'text' ? 'left' : 'right';
    heading.getCell(index + 1).alignment = {
      horizontal: alignment,
      vertical: 'bottom',
      wrapText: true,
    };
  });

  for (const row of table.rows) {
    const added = sheet.addRow(row.cells.map(cellValue));
    row.cells.forEach((cell, index) => {
      const column = table.columns[index];
      const target = added.getCell(index + 1);
      const format = NUMBER_FORMATS[formatOf(cell, column?.format ?? 'text')];
      if (format) target.numFmt = format;
      if (column?.wrap) target.alignment = { wrapText: true, vertical: 'top' };
      if (column?.center) target.alignment = { horizontal: 'center' };
      if (index === 0 && row.indent) target.alignment = { indent: row.indent };
      styleRow(target, row.style);
    });
  }

  const headingRow = heading.number;
  sheet.views = [{ state: 'frozen', xSplit: table.frozenColumns ?? 0, ySplit: headingRow }];
  if (table.columns.length > 0) {
    sheet.autoFilter = {
      from: { row: headingRow, column: 1 },
      to: { row: headingRow, column: table.columns.length },
    };
  }
  table.columns.forEach((column, index) => {
    const shown = table.rows.map((row) => {
      const text = shownText(row.cells[index] ?? null, column.format);
      // The indent of a department tree takes room too (about two characters a level).
      return index === 0 && row.indent ? `${'  '.repeat(row.indent)}${text}` : text;
    });
    sheet.getColumn(index + 1).width =
      column.width ?? columnWidth(column.heading, shown, column.wrap ?? false);
  });
  sheet.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${headingRow}:${headingRow}`,
  };
}

function styleRow(cell: ExcelCell, style: 'group' | 'total' | undefined): void {
  if (!style) return;
  cell.font = { bold: true };
  if (style === 'group') {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: GROUP_FILL } };
  }
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
