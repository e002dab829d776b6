import type { CellValue, Workbook } from 'exceljs';
import { AppError } from '../../../shared/errors';
import { MESSAGES, type Locale } from '../../../shared/i18n';
import {
  MEASUREMENT_COLUMNS,
  MEASUREMENT_HEADERS,
} from '../../../shared/inspection/measurementRows';
import type { Cell } from '../../../shared/inspection/sheetCells';
import type { InspectionPlan, Period } from '../../../shared/inspection/types';
import { addDays, parseDate } from '../../../shared/inspection/calendar';

/*
 * The measurement import's files (issue 12): the .xlsx template RoleFlow hands out, and the
 * reading of an .xlsx or .csv the user sends back into rows of cells for measurementRows.ts.
 * exceljs is loaded only when a sheet is made or read (it is large).
 */

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

async function exceljs() {
  // A CommonJS module: Node's own loader has its exports only as `default` (see workbook.ts).
  return (await import('exceljs')).default;
}

function utcDate(date: string): Date {
  const parts = parseDate(date);
  if (!parts) throw new Error(`Not a calendar date: ${date}`);
  return new Date(Date.UTC(parts.year, parts.month - 1, parts.day));
}

/**
 * The template: the heading row in the interface language, then one row per KPI for each
 * period still to be inspected (start and last day filled in, the value left to the user), the
 * KPI names exactly as the plan writes them. A note on the KPI heading says what to fill in.
 */
export async function measurementTemplate(
  plan: InspectionPlan,
  periods: readonly Period[],
  locale: Locale,
): Promise<Buffer> {
  const { Workbook: WorkbookClass } = await exceljs();
  const workbook: Workbook = new WorkbookClass();
  workbook.creator = 'RoleFlow';
  const text = MESSAGES[locale].inspection.template;
  const sheet = workbook.addWorksheet(text.sheet);
  const headers = MEASUREMENT_HEADERS[locale];
  const heading = sheet.addRow(MEASUREMENT_COLUMNS.map((column) => headers[column]));
  heading.font = { bold: true };
  const separator = locale === 'zh-CN' ? '、' : ', ';
  heading.getCell(3).note = text.instructions.replace(
    '{{kpis}}',
    plan.kpis.map((kpi) => kpi.name).join(separator),
  );
  for (const period of periods) {
    for (const kpi of plan.kpis) {
      sheet.addRow([utcDate(period.start), utcDate(addDays(period.end, -1)), kpi.name, null, null]);
    }
  }
  sheet.columns.forEach((column, index) => {
    column.width = index === 2 ? 40 : 16;
    if (index < 2) column.numFmt = 'yyyy-mm-dd';
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** exceljs's cell value as the import reads cells: text, number, date or empty. */
function cellOf(value: CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return cellOf((value.result ?? null) as CellValue);
  if ('text' in value) return String(value.text);
  return null;
}

async function xlsxRows(bytes: Buffer): Promise<Cell[][]> {
  const { Workbook: WorkbookClass } = await exceljs();
  const workbook: Workbook = new WorkbookClass();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: Cell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    rows[number - 1] = values.map((value) => cellOf(value as CellValue));
  });
  return Array.from(rows, (row) => row ?? []);
}

/** RFC 4180 text: quoted fields may hold separators, quotes ("") and line breaks. */
export function csvRows(text: string): Cell[][] {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  // Excel writes ';' where the decimal separator is a comma, and some exports use tabs.
  const separator = [',', ';', '\t'].find((s) => firstLine.includes(s)) ?? ',';
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === separator) endField();
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && body[i + 1] === '\n') i++;
      endField();
      rows.push(row);
      row = [];
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** The file's rows: an .xlsx by its zip signature, else UTF-8 .csv text. */
export async function sheetRows(bytes: Buffer, fileName: string): Promise<Cell[][]> {
  const isZip = ZIP_MAGIC.every((byte, index) => bytes[index] === byte);
  try {
    if (isZip) return await xlsxRows(bytes);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.includes('\u0000')) throw new Error('binary data');
    return csvRows(text);
  } catch (error) {
    throw new AppError(
      'INSPECTION_FILE_UNREADABLE',
      `${fileName} is neither a readable .xlsx nor UTF-8 .csv: ${String(error)}`,
      { name: fileName },
    );
  }
}
