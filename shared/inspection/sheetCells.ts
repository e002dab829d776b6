import { formatDate, parseDate } from './calendar';
import type { CalendarDate } from './types';

/*
 * Reading one cell of an imported sheet (.xlsx through a reader, or .csv as text): a cell is
 * a string, a number, a Date or empty. Dates come as Date (read with their UTC fields: xlsx
 * readers give midnight UTC), as Excel serial numbers, or as text in the ways people type
 * them (2024-03-31, 2024/3/31, 2024.3.31, 2024年3月31日).
 */

export type Cell = string | number | Date | null;

/** Serial 1 is 1900-01-01 in Excel's 1900 system; counting from 1899-12-30 absorbs its fake Feb 29. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
const LAST_EXCEL_SERIAL = 2_958_465; // 9999-12-31
const TYPED_DATE = /^(\d{4})\s*(?:-|\/|\.|年)\s*(\d{1,2})\s*(?:-|\/|\.|月)\s*(\d{1,2})\s*日?$/u;

export function isEmptyCell(cell: Cell): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date)
    return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).normalize('NFKC').trim();
}

function fromUtc(date: Date): CalendarDate | null {
  if (Number.isNaN(date.getTime())) return null;
  return formatDate({
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
  });
}

export function cellDate(cell: Cell): CalendarDate | null {
  if (cell instanceof Date) return fromUtc(cell);
  if (typeof cell === 'number') {
    if (!Number.isInteger(cell) || cell < 1 || cell > LAST_EXCEL_SERIAL) return null;
    return fromUtc(new Date(EXCEL_EPOCH_MS + cell * DAY_MS));
  }
  const match = TYPED_DATE.exec(cellText(cell));
  if (!match) return null;
  const parts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const date = formatDate(parts);
  return parseDate(date) ? date : null;
}

/** A number, also typed as text: "1,200", "95%" (read as 95, the KPI's own unit), "０.５". */
export function cellNumber(cell: Cell): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (cell instanceof Date || cell === null) return null;
  const text = cellText(cell).replace(/,/g, '').replace(/\s*%$/, '');
  if (!/^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?$/i.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}
