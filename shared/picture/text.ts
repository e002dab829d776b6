/*
 * Measuring and wrapping label text without a font at hand: the pictures are drawn in shared
 * code (main draws the PDF, the renderer the PNG), so widths are estimated from a table.
 * CJK ideographs, kana, hangul and full-width punctuation take one em; the printable ASCII
 * widths are Noto Sans CJK SC's own (the font the PDF embeds), and every estimate is padded by
 * LATIN_SLACK for the wider Latin of Microsoft YaHei or PingFang in the PNG and SVG.
 */

/** Advance widths of ASCII 32…126 in hundredths of an em (Noto Sans CJK SC). */
const ASCII_WIDTHS = [
  22, 32, 47, 56, 56, 92, 68, 28, 34, 34, 47, 56, 28, 35, 28, 39, 56, 56, 56, 56, 56, 56, 56, 56,
  56, 56, 28, 28, 56, 56, 56, 47, 95, 61, 66, 64, 69, 59, 55, 69, 73, 29, 54, 65, 54, 81, 72, 74,
  63, 74, 64, 60, 60, 72, 57, 88, 57, 53, 60, 34, 39, 34, 56, 56, 61, 56, 62, 51, 62, 55, 33, 56,
  61, 28, 28, 55, 28, 93, 61, 61, 62, 62, 39, 47, 38, 61, 52, 80, 50, 52, 48, 34, 27, 34, 56,
];
const LATIN_SLACK = 1.08;
/** Line height as a multiple of the font size. */
export const LINE_HEIGHT = 1.3;

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x20000
  );
}

/** Estimated width of one character, in ems. */
function charEm(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 32 && code < 127) return ((ASCII_WIDTHS[code - 32] ?? 56) / 100) * LATIN_SLACK;
  if (isWide(code)) return 1;
  // Other scripts (accented Latin, Cyrillic, symbols): a generous average.
  return 0.62 * LATIN_SLACK;
}

/** Estimated width of `text` at `size` (diagram units or points alike). */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const char of text) em += charEm(char);
  return em * size;
}

// Kinsoku: these may not start a line (closing marks) or end one (opening marks).
const NO_LINE_START = new Set([...'，。、；：？！）》」』】〕’”,.;:?!)]}%·…—～/']);
const NO_LINE_END = new Set([...'（《「『【〔‘“([{']);

/**
 * The text cut into units that are never broken: a CJK character (with any closing mark after
 * it, or opening mark before it), or a run of Latin/digits with its trailing space.
 */
function breakUnits(text: string): string[] {
  const chars = [...text];
  const units: string[] = [];
  let current = '';
  const flush = () => {
    if (current) units.push(current);
    current = '';
  };
  for (const char of chars) {
    const code = char.codePointAt(0) ?? 0;
    const wide = isWide(code);
    if (NO_LINE_START.has(char)) {
      // Stays with what it closes, even across a space ("客户服务部 / Customer").
      if (!current && units.length > 0) current = units.pop() ?? '';
      current += char;
      continue;
    }
    const last = [...current].pop();
    if (last !== undefined && NO_LINE_END.has(last)) {
      current += char;
      continue;
    }
    if (char === ' ') {
      current += char;
      flush();
      continue;
    }
    if (wide) {
      flush();
      current = char;
      continue;
    }
    // Latin: continues a Latin run, starts a new one after a CJK character.
    const lastCode = last === undefined ? 0 : (last.codePointAt(0) ?? 0);
    if (last !== undefined && isWide(lastCode)) flush();
    current += char;
  }
  flush();
  return units;
}

/** Splits a unit wider than a line into pieces that fit (a long word, a URL). */
function splitUnit(unit: string, maxWidth: number, size: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of unit) {
    if (piece && textWidth(piece + char, size) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * Greedy line breaking where line i may be `widths(i)` wide. Explicit newlines are kept.
 * Returns null when the text needs more than `maxLines` lines.
 */
export function wrapLines(
  text: string,
  size: number,
  widths: (line: number) => number,
  maxLines = Number.POSITIVE_INFINITY,
): string[] | null {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    const units = breakUnits(paragraph.trim());
    const queue = [...units];
    while (queue.length > 0) {
      const unit = queue.shift() ?? '';
      const width = widths(lines.length);
      const candidate = line + unit;
      if (textWidth(candidate.trimEnd(), size) <= width) {
        line = candidate;
        continue;
      }
      if (line) {
        lines.push(line.trimEnd());
        line = '';
        queue.unshift(unit);
      } else {
        const [first, ...rest] = splitUnit(unit, width, size);
        lines.push((first ?? '').trimEnd());
        queue.unshift(...rest);
      }
      if (lines.length > maxLines) return null;
    }
    lines.push(line.trimEnd());
    if (lines.length > maxLines) return null;
  }
  return lines;
}

/** Text set in a region: its size and lines. */
export type SetText = { size: number; lines: string[] };

/**
 * The largest size (from `size` down to `minSize` in steps of half a unit) at which the text
 * fits a box `width` × `height`; at `minSize` it is wrapped to the width even if it runs
 * taller, so nothing is ever cut off — the caller grows the box or accepts the overflow.
 */
export function fitText(
  text: string,
  width: number,
  height: number,
  size: number,
  minSize: number,
): SetText {
  for (let s = size; s >= minSize; s -= 0.5) {
    const maxLines = Math.max(1, Math.floor(height / (s * LINE_HEIGHT)));
    const lines = wrapLines(text, s, () => width, maxLines);
    if (lines) return { size: s, lines: balanced(text, s, width, lines) };
  }
  return { size: minSize, lines: wrapLines(text, minSize, () => width) ?? [text] };
}

/**
 * The same number of lines at the narrowest width that still gives that many, so a label
 * breaks into even lines (检查申请书 / 填写是否完整) rather than leaving one character alone.
 */
function balanced(text: string, size: number, width: number, lines: string[]): string[] {
  if (lines.length < 2) return lines;
  // Never narrower than the widest unbreakable unit: balancing must not split a word.
  const widestUnit = Math.max(...breakUnits(text).map((unit) => textWidth(unit.trimEnd(), size)));
  if (widestUnit > width) return lines;
  let low = Math.max(width / lines.length, widestUnit);
  let high = width;
  let best = lines;
  for (let i = 0; i < 12; i++) {
    const mid = (low + high) / 2;
    const attempt = wrapLines(text, size, () => mid, lines.length);
    if (attempt && attempt.length === lines.length) {
      best = attempt;
      high = mid;
    } else low = mid;
  }
  return best;
}

/**
 * Like fitText for shapes whose width changes with the height (a diamond, an ellipse):
 * `widthAt(top, bottom)` gives the usable width of a line band, relative to the box centre.
 */
export function fitShaped(
  text: string,
  height: number,
  widthAt: (top: number, bottom: number) => number,
  size: number,
  minSize: number,
): SetText | null {
  for (let s = size; s >= minSize; s -= 0.5) {
    const lineHeight = s * LINE_HEIGHT;
    const most = Math.max(1, Math.floor(height / lineHeight));
    for (let count = 1; count <= most; count++) {
      const top = -(count * lineHeight) / 2;
      const band = (i: number) => widthAt(top + i * lineHeight, top + (i + 1) * lineHeight);
      const lines = wrapLines(text, s, band, count);
      if (lines && lines.length <= count) return { size: s, lines };
    }
  }
  return null;
}
