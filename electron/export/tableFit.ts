import { A4, MARGINS, SIZES } from './docxStyles';
import { lineHeight, textWidth, type TextStyle } from './fontMetrics';

/*
 * Heights of paragraphs and table rows as Word and LibreOffice lay them out, from the
 * fonts' metrics (fontMetrics.ts): lines are broken the way a word processor breaks them
 * (between Latin words, between any two ideographs, never before a closing mark), and a
 * line is as tall as the taller font it may use. Every guess errs long — a little width held
 * back, the taller line — because pagination.ts plans pages from these heights: a height
 * estimated short would let a page overflow into one nobody planned.
 */

/** Height of the text area of an A4 page, twips. */
export const PAGE_TEXT_HEIGHT = A4.height - MARGINS.top - MARGINS.bottom;
/** Share of a line's width planned on: kerning, justification and rounding differ by program. */
const WIDTH_SAFETY = 0.97;

/** Characters that never start a line (closing marks), and that never end one (opening marks). */
const NO_LINE_START = new Set([...'，。、；：？！）」』】》〉”’,.;:!?)]}%…·']);
const NO_LINE_END = new Set([...'（「『【《〈“‘([{']);

const isSpace = (char: string) => char === ' ' || char === '\t';
const isIdeographic = (char: string) => (char.codePointAt(0) ?? 0) >= 0x2e80;

/** Units a line may break between; each keeps the spaces after it (not counted at a line end). */
function breakUnits(text: string): { word: string; space: string }[] {
  const units: { word: string; space: string }[] = [];
  let carry = ''; // opening marks waiting for what they open
  for (const char of text) {
    const last = units[units.length - 1];
    if (isSpace(char)) {
      if (last === undefined) carry += char;
      else last.space += char;
    } else if (NO_LINE_END.has(char)) {
      carry += char;
    } else if (last !== undefined && last.space === '' && NO_LINE_START.has(char)) {
      last.word += char;
    } else if (
      last !== undefined &&
      last.space === '' &&
      carry === '' &&
      !isIdeographic(char) &&
      !isIdeographic(last.word.slice(-1))
    ) {
      last.word += char; // inside a Latin word
    } else {
      units.push({ word: carry + char, space: '' });
      carry = '';
    }
  }
  if (carry !== '') units.push({ word: carry, space: '' });
  return units;
}

/** How many lines `text` (one paragraph) takes in `width` twips. */
export function lineCount(text: string, width: number, style: TextStyle): number {
  const room = Math.max(width * WIDTH_SAFETY, style.size * 10);
  let lines = 1;
  let used = 0;
  for (const { word, space } of breakUnits(text)) {
    let wordWidth = textWidth(word, style);
    if (used > 0 && used + wordWidth > room) {
      lines += 1;
      used = 0;
    }
    // A word longer than the line is broken by character, as word processors do.
    while (wordWidth > room) {
      lines += 1;
      wordWidth -= room;
    }
    used += wordWidth + textWidth(space, style);
  }
  return lines;
}

/** A paragraph style's geometry: font, spacing before/after (twips), line spacing multiple. */
export type ParagraphMetrics = TextStyle & {
  before: number;
  after: number;
  lineSpacing: number;
  /** Borders and their spacing (a heading's rule), twips. */
  extra?: number;
};

export function paragraphHeight(text: string, width: number, metrics: ParagraphMetrics): number {
  const line = Math.ceil(lineHeight(metrics, text) * metrics.lineSpacing);
  return (
    metrics.before + metrics.after + (metrics.extra ?? 0) + lineCount(text, width, metrics) * line
  );
}

/** Table cells: margins (tables.ts) and the rule between rows. */
export const CELL_PADDING_X = 170;
const CELL_PADDING_Y = 90;
const ROW_RULE = 10;

/** The TableText style (docxStyles.ts): 9.5 pt, 1 pt before and after, single spacing. */
export function tableTextMetrics(eastAsian: boolean, bold = false): ParagraphMetrics {
  return { size: SIZES.table, bold, eastAsian, before: 20, after: 20, lineSpacing: 1 };
}

export type MeasuredCell = { paragraphs: string[]; bold?: boolean; span?: number };

/** Height of a table row whose cells hold `cells`, in columns `widths` (twips). */
export function rowHeight(
  cells: readonly MeasuredCell[],
  widths: readonly number[],
  eastAsian: boolean,
  minHeight = 0,
): number {
  let column = 0;
  let tallest = 0;
  for (const cell of cells) {
    const span = cell.span ?? 1;
    const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
    column += span;
    const metrics = tableTextMetrics(eastAsian, cell.bold);
    const inner = Math.max(width - CELL_PADDING_X, metrics.size * 10);
    const paragraphs = cell.paragraphs.length === 0 ? [''] : cell.paragraphs;
    const height = paragraphs.reduce((sum, p) => sum + paragraphHeight(p, inner, metrics), 0);
    tallest = Math.max(tallest, height);
  }
  return Math.max(tallest + CELL_PADDING_Y, minHeight) + ROW_RULE;
}
