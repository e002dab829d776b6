import { isValidWeight } from './weights';

/*
 * "Paste a list into duties" (issue 11): text of several lines pasted into a duty — from Word,
 * from Excel (cells separated by tabs) or from a web page — read as one duty per line.
 *   - Empty lines are skipped; line breaks of any platform count (\r\n, \r, \n).
 *   - A leading number or bullet goes: "1." "1、" "1)" "(1)" "（1）" "一、" "（一）" "•" "-" "·" …
 *     and in Excel, a first cell that is only a number (a 序号 column).
 *   - A trailing weight is read: "… 20%", "…（20%）", "… (20 %)", "… 权重：20%", and in Excel a
 *     last cell that is a number, with or without "%". A percentage is a weight only when set
 *     apart from the text (a space, a tab, brackets, "：" or a dash): "到岗率90%" stays text.
 *   - A weight the contract would refuse (over 100, more than one decimal) is not taken: it
 *     stays in the text, the line is flagged, and the user sets the weight by hand. Never clamped.
 *   - The other cells of an Excel row are kept, joined by a space, in their order.
 */

/** One line of a pasted list, as a duty. */
export type PastedDuty = {
  text: string;
  /** The weight read from the end of the line; null when there is none or it was refused. */
  weight: number | null;
  /** The line ended in a weight outside 0–100 (or too precise): it is left in `text`. */
  weightRefused: boolean;
};

const NUMBERING = new RegExp(
  [
    String.raw`^[(（]\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[)）]`, // (1) （一）
    String.raw`^\d{1,3}(?:\.\d{1,2})*\s*[.、．)）](?!\d)`, // 1.  1、  1)  2.1.
    String.raw`^[一二三四五六七八九十]{1,3}\s*[、.．]`, // 一、
    String.raw`^[•·‧∙●○◦▪■□◆◇►▶➢➤✓✔※*\-–—]`, // bullets and dashes
  ].join('|'),
  'u',
);

/** A percentage at the end: in brackets, or set apart from the text before it. */
const TRAILING_PERCENT = new RegExp(
  [
    String.raw`[(（]\s*(?:权重\s*[:：]?\s*)?(\d+(?:\.\d+)?)\s*[%％]\s*[)）]\s*$`,
    String.raw`(?:^|[\s:：,，;；\-–—])(\d+(?:\.\d+)?)\s*[%％]\s*$`,
  ].join('|'),
  'u',
);
/** What may stand between a duty's text and its weight: separators and the word 权重 / weight. */
const WEIGHT_LEAD = /(?:[\s:：,，;；\-–—]|权重|\bweight\b)+$/iu;
/** An Excel cell that is only a number (weight or 序号), with or without a percent sign. */
const NUMBER_CELL = /^(\d+(?:\.\d+)?)\s*[%％]?$/u;
const NUMBERING_CELL = /^\d{1,3}\s*[.、．]?$/u;

function withoutNumbering(text: string): string {
  let rest = text.trim();
  // "1. • text" happens when a numbered list is copied from a page with its bullets.
  for (let i = 0; i < 2; i += 1) {
    const match = NUMBERING.exec(rest);
    if (!match) break;
    rest = rest.slice(match[0].length).trim();
  }
  return rest;
}

/** The text and the weight of a line whose trailing number is `number` and whose rest is `text`. */
function weighed(text: string, number: string, whole: string): PastedDuty {
  const weight = Number(number);
  if (isValidWeight(weight)) return { text: text.trim(), weight, weightRefused: false };
  return { text: whole.trim(), weight: null, weightRefused: true };
}

function plainLine(line: string): PastedDuty {
  const text = withoutNumbering(line);
  const match = TRAILING_PERCENT.exec(text);
  const number = match?.[1] ?? match?.[2];
  if (!match || number === undefined) return { text, weight: null, weightRefused: false };
  const before = text.slice(0, match.index).replace(WEIGHT_LEAD, '');
  // A line that is nothing but a percentage is not a duty with a weight.
  if (before.trim() === '') return { text, weight: null, weightRefused: false };
  return weighed(before, number, text);
}

function excelRow(line: string): PastedDuty {
  const cells = line
    .split('\t')
    .map((cell) => cell.trim())
    .filter((cell) => cell !== '');
  if (cells.length > 1 && NUMBERING_CELL.test(cells[0] ?? '')) cells.shift();
  const last = cells.at(-1) ?? '';
  const number = NUMBER_CELL.exec(last);
  if (cells.length > 1 && number?.[1] !== undefined) {
    const text = withoutNumbering(cells.slice(0, -1).join(' '));
    return weighed(text, number[1], withoutNumbering(cells.join(' ')));
  }
  return plainLine(cells.join(' '));
}

/** The pasted text as duties, one per non-empty line (see the rules above). */
export function parsePastedDuties(pasted: string): PastedDuty[] {
  return pasted
    .split(/\r\n|\r|\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => (line.includes('\t') ? excelRow(line) : plainLine(line)))
    .filter((duty) => duty.text !== '');
}

/** True when a paste is worth offering to split: it makes two duties or more. */
export function offersSplit(pasted: string): boolean {
  return parsePastedDuties(pasted).length >= 2;
}
