import { A4, MARGINS, SIZES } from './docxStyles';

/*
 * Whether a table fits on one page, estimated from its text. It decides whether a table is
 * kept together (keepNext on its rows): Word and LibreOffice both answer a keep-together
 * chain longer than a page by starting it on a new page and breaking it anyway, which
 * leaves most of a page blank for nothing. So only tables that fit are kept together; a
 * longer one flows, with its header row repeated and no row split.
 *
 * The estimate errs on the long side (wide glyphs, generous line height) and keeps a
 * margin below a full page, since the exact layout depends on the fonts on the reader's
 * machine.
 */

const PAGE_TEXT_HEIGHT = A4.height - MARGINS.top - MARGINS.bottom;
/** Keep together only what takes at most this share of a page. */
const KEEP_SHARE = 0.8;

const FONT_TWIPS = SIZES.table * 10; // half-points → twips
const LINE_TWIPS = Math.ceil(FONT_TWIPS * 1.45); // CJK fonts' line height at single spacing
const CELL_PADDING_X = 170; // left + right cell margins (tables.ts)
const ROW_OVERHEAD = 90 + 40; // top + bottom cell margins, paragraph spacing

/** East Asian and full-width characters take a full em; others about half. */
function textWidth(text: string): number {
  let em = 0;
  for (const char of text) em += (char.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.6;
  return em * FONT_TWIPS;
}

function cellLines(text: string, width: number): number {
  const inner = Math.max(width - CELL_PADDING_X, FONT_TWIPS);
  const paragraphs = text.split('\n');
  return paragraphs.reduce((sum, p) => sum + Math.max(1, Math.ceil(textWidth(p) / inner)), 0);
}

export function estimateRowHeight(cells: readonly string[], widths: readonly number[]): number {
  const lines = Math.max(1, ...cells.map((text, i) => cellLines(text, widths[i] ?? FONT_TWIPS)));
  return lines * LINE_TWIPS + ROW_OVERHEAD;
}

export function fitsOnOnePage(rows: readonly (readonly string[])[], widths: readonly number[]) {
  const height = rows.reduce((sum, cells) => sum + estimateRowHeight(cells, widths), 0);
  return height <= PAGE_TEXT_HEIGHT * KEEP_SHARE;
}
