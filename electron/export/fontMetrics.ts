import fs from 'node:fs';
import path from 'node:path';
import { openSync, type Font } from 'fontkit';
import { FONT_WIDTHS } from './fontWidths.generated';

/*
 * Text measured with the metrics of the fonts the documents name: Calibri for Latin text
 * (Carlito is metric-compatible, and is what LibreOffice draws Calibri with), Cambria
 * (Caladea) for completeness, and the East Asian font — Microsoft YaHei, SimSun or Noto Sans
 * CJK, whose ideographs are all 1 em wide.
 *
 * The widths come from the font file when this machine has one (Carlito or Calibri itself)
 * and otherwise from tables generated from Carlito/Caladea (fontWidths.generated.ts), so a
 * machine without the fonts measures the same Latin text the same way. Whatever neither
 * knows is taken as 1 em, the widest a character of these fonts gets: an error there
 * overestimates, which costs space but never a page that was not planned.
 */

export type LatinFace = 'calibri' | 'cambria';
export type TextStyle = {
  /** Font size in half-points, as docx writes it. */
  size: number;
  bold?: boolean;
  face?: LatinFace;
  /**
   * Text of a Chinese document: its runs carry the eastAsia hint, so shared punctuation
   * (“”, ·, —, …) is drawn full-width in the Chinese font. Every non-ASCII character is
   * then taken as 1 em.
   */
  eastAsian?: boolean;
};

type FaceKey = keyof typeof FONT_WIDTHS;

/** Where the fonts live on the systems RoleFlow runs on; the first file found is read. */
const FONT_FILES: Record<FaceKey, string[]> = {
  calibri: ['crosextra/Carlito-Regular.ttf', 'calibri.ttf', 'Calibri.ttf'],
  calibriBold: ['crosextra/Carlito-Bold.ttf', 'calibrib.ttf', 'Calibri Bold.ttf'],
  cambria: ['crosextra/Caladea-Regular.ttf'],
  cambriaBold: ['crosextra/Caladea-Bold.ttf'],
};
const FONT_FOLDERS = [
  '/usr/share/fonts/truetype',
  '/usr/local/share/fonts',
  path.join(process.env.WINDIR ?? 'C:\\Windows', 'Fonts'),
  '/Library/Fonts/Microsoft',
];

/**
 * Line height at single spacing, in em, of the East Asian font. Noto Sans CJK's (1.448:
 * ascent 1.16 + descent 0.288) is taller than YaHei's (1.32), so a plan made with it holds
 * for both.
 */
export const EAST_ASIAN_LINE_EM = 1.448;

/** Per face: advance width in em by code point, filled from the table or the font file. */
const widthCache = new Map<FaceKey, Map<number, number>>();
const fontCache = new Map<FaceKey, Font | null>();

function fontFile(face: FaceKey): Font | null {
  const cached = fontCache.get(face);
  if (cached !== undefined) return cached;
  let font: Font | null = null;
  for (const folder of FONT_FOLDERS) {
    const file = FONT_FILES[face].map((name) => path.join(folder, name)).find(fs.existsSync);
    if (file === undefined) continue;
    try {
      const opened = openSync(file);
      // A collection (.ttc) is not what these paths name; a single font is.
      font = 'glyphForCodePoint' in opened ? opened : null;
    } catch {
      font = null; // unreadable: the tables serve
    }
    if (font !== null) break;
  }
  fontCache.set(face, font);
  return font;
}

function tableWidth(face: FaceKey, codePoint: number): number | null {
  const metrics = FONT_WIDTHS[face];
  for (const range of metrics.ranges) {
    const width = range.widths[codePoint - range.first];
    if (width !== undefined) return width > 0 ? width / metrics.unitsPerEm : null;
  }
  return null;
}

function fileWidth(face: FaceKey, codePoint: number): number | null {
  const font = fontFile(face);
  if (font === null || !font.hasGlyphForCodePoint(codePoint)) return null;
  return font.glyphForCodePoint(codePoint).advanceWidth / font.unitsPerEm;
}

/** CJK ideographs, kana, hangul, full-width forms and CJK punctuation: 1 em in every CJK font. */
export function isEastAsianChar(codePoint: number): boolean {
  return codePoint >= 0x2e80;
}

function latinWidth(face: FaceKey, codePoint: number): number {
  let cache = widthCache.get(face);
  if (cache === undefined) {
    cache = new Map();
    widthCache.set(face, cache);
  }
  let width = cache.get(codePoint);
  if (width === undefined) {
    width = fileWidth(face, codePoint) ?? tableWidth(face, codePoint) ?? 1;
    cache.set(codePoint, width);
  }
  return width;
}

function faceKey(style: TextStyle): FaceKey {
  const face = style.face ?? 'calibri';
  return style.bold === true ? `${face}Bold` : face;
}

/** Width of one character in em. */
export function charWidthEm(codePoint: number, style: TextStyle): number {
  if (isEastAsianChar(codePoint)) return 1;
  if (style.eastAsian === true && codePoint > 0x7f) return 1;
  return latinWidth(faceKey(style), codePoint);
}

/** Width of `text` in twips (1/20 pt) at the style's size, without kerning. */
export function textWidth(text: string, style: TextStyle): number {
  let em = 0;
  for (const char of text) em += charWidthEm(char.codePointAt(0) ?? 0, style);
  return em * style.size * 10;
}

/** Height of one line at single spacing, in twips: the taller font the line may use. */
export function lineHeight(style: TextStyle, text = ''): number {
  const metrics = FONT_WIDTHS[faceKey(style)];
  const latinEm = (metrics.ascent + metrics.descent + metrics.lineGap) / metrics.unitsPerEm;
  const hasEastAsian =
    style.eastAsian === true || [...text].some((c) => isEastAsianChar(c.codePointAt(0) ?? 0));
  const em = hasEastAsian ? Math.max(latinEm, EAST_ASIAN_LINE_EM) : latinEm;
  return em * style.size * 10;
}
