import type { Cell, CellFormat } from './sheetModel';

/*
 * Column widths in Excel's unit (the width of one "0" of the default font). A CJK character,
 * a full-width sign or an emoji is about two of those; everything else about one. Measuring
 * the text the cell will show (its number format applied) gives widths that fit in Excel,
 * LibreOffice and WPS without hiding a digit behind "###".
 */

const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Excel's width units of one line of text. */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) || char.length > 1 ? 2 : 1;
  return width;
}

const DIGITS: Record<CellFormat, number> = {
  text: 0,
  plain: 2,
  integer: 0,
  decimal: 1,
  hours: 1,
  twoDecimals: 2,
  percent: 1,
  precisePercent: 2,
  money: 2,
};

/** What a cell shows, as text, for measuring: numbers with their format's digits and signs. */
export function shownText(cell: Cell, columnFormat: CellFormat): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  const { value, format } = typeof cell === 'number' ? { value: cell, format: columnFormat } : cell;
  const percent = format === 'percent' || format === 'precisePercent';
  const scaled = percent ? value * 100 : value;
  const digits = DIGITS[format];
  const body = scaled.toLocaleString('en-US', {
    minimumFractionDigits: format === 'plain' ? 0 : digits,
    maximumFractionDigits: digits,
    useGrouping: format !== 'plain',
  });
  if (percent) return `${body}%`;
  if (format === 'money') return `¥${body}`;
  return body;
}

/** Room for the filter arrow and a little air either side. */
const PADDING = 2;
export const MIN_WIDTH = 6;
/** Wider columns wrap: a duty list or a message reads better in a column of this width. */
export const WRAP_WIDTH = 60;
/** No single-line column grows past this; longer text is the exception, not the width. */
export const MAX_WIDTH = 80;

/** The width that fits the column's heading and its widest cell (wrapped columns stop at WRAP_WIDTH). */
export function columnWidth(heading: string, cells: string[], wrap: boolean): number {
  const widest = Math.max(
    ...heading.split('\n').map(textWidth),
    ...cells.flatMap((text) => text.split('\n').map(textWidth)),
  );
  const limit = wrap ? WRAP_WIDTH : MAX_WIDTH;
  return Math.min(limit, Math.max(MIN_WIDTH, widest + PADDING));
}

/** A run of Latin (narrow, non-space) characters, or one CJK character: where lines may break. */
const TOKEN = new RegExp(`(?:(?!${WIDE.source})\\S)+|\\S`, 'gu');

/**
 * Lines a text takes wrapped at `room` width units, as a spreadsheet wraps it: Latin text at
 * spaces (a word longer than the room is broken), CJK text between any two characters.
 */
export function wrappedLines(text: string, room: number): number {
  let lines = 1;
  let used = 0;
  for (const match of text.matchAll(TOKEN)) {
    const token = match[0];
    const space = used > 0 && /\s/u.test(text[match.index - 1] ?? '') ? 1 : 0;
    const width = textWidth(token);
    if (used > 0 && used + space + width > room) {
      lines += 1;
      used = 0;
    } else {
      used += space;
    }
    // A word longer than a line is broken over as many lines as it needs.
    lines += Math.ceil(width / room) - 1;
    used = width > room ? width % room || room : used + width;
  }
  return lines;
}
