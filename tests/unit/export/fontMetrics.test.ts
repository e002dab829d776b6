import fs from 'node:fs';
import { openSync, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { EAST_ASIAN_LINE_EM, lineHeight, textWidth } from '../../../electron/export/fontMetrics';
import { FONT_WIDTHS } from '../../../electron/export/fontWidths.generated';
import { lineCount } from '../../../electron/export/tableFit';

/*
 * Text widths against fontkit's own figures for the fonts LibreOffice draws Calibri and
 * Cambria with. CI installs fonts-crosextra-carlito and -caladea (.ci/run); without them
 * this fails, and says what to install, rather than skipping.
 */

const FOLDER = '/usr/share/fonts/truetype/crosextra';
const INSTALL = 'apt-get install fonts-crosextra-carlito fonts-crosextra-caladea';

function font(file: string): Font {
  const full = `${FOLDER}/${file}`;
  if (!fs.existsSync(full)) throw new Error(`${full} missing: ${INSTALL}`);
  const opened = openSync(full);
  if (!('glyphForCodePoint' in opened)) throw new Error(`${full} is a collection`);
  return opened;
}

/** Sum of the glyphs' advances (no kerning), in twips at `halfPoints`. */
function fontkitWidth(f: Font, text: string, halfPoints: number): number {
  const units = [...text].reduce(
    (sum, c) => sum + f.glyphForCodePoint(c.codePointAt(0) ?? 0).advanceWidth,
    0,
  );
  return (units / f.unitsPerEm) * halfPoints * 10;
}

const SAMPLES = [
  'Recruit and place staff for all departments',
  'Key positions filled within 30 days of approval',
  'HR-100 · $85,000 – $110,000 “quoted” café',
];

describe('font metrics', () => {
  it('measures Latin text as Carlito (Calibri) does, regular and bold', () => {
    const regular = font('Carlito-Regular.ttf');
    const bold = font('Carlito-Bold.ttf');
    for (const text of SAMPLES) {
      expect(textWidth(text, { size: 19 })).toBeCloseTo(fontkitWidth(regular, text, 19), 6);
      expect(textWidth(text, { size: 21, bold: true })).toBeCloseTo(
        fontkitWidth(bold, text, 21),
        6,
      );
    }
    // "Hello world" at 10.5 pt: fontkit's laid-out advance (with kerning) is within 1 %.
    const laidOut = (regular.layout('Hello world').advanceWidth / regular.unitsPerEm) * 210;
    expect(textWidth('Hello world', { size: 21 }) / laidOut).toBeCloseTo(1, 2);
  });

  it('measures Cambria text as Caladea does', () => {
    const caladea = font('Caladea-Regular.ttf');
    for (const text of SAMPLES) {
      expect(textWidth(text, { size: 21, face: 'cambria' })).toBeCloseTo(
        fontkitWidth(caladea, text, 21),
        6,
      );
    }
  });

  it('ships width tables that are the fonts’ own (regenerate with scripts/generateFontWidths.mjs)', () => {
    const faces = {
      calibri: font('Carlito-Regular.ttf'),
      calibriBold: font('Carlito-Bold.ttf'),
      cambria: font('Caladea-Regular.ttf'),
      cambriaBold: font('Caladea-Bold.ttf'),
    };
    for (const [name, f] of Object.entries(faces)) {
      const table = FONT_WIDTHS[name as keyof typeof FONT_WIDTHS];
      expect(table.unitsPerEm).toBe(f.unitsPerEm);
      for (const range of table.ranges) {
        range.widths.forEach((width, i) => {
          const cp = range.first + i;
          expect(width).toBe(f.hasGlyphForCodePoint(cp) ? f.glyphForCodePoint(cp).advanceWidth : 0);
        });
      }
    }
  });

  it('gives ideographs a full em, and a Chinese document’s shared punctuation too', () => {
    expect(textWidth('人力资源经理', { size: 20 })).toBe(6 * 200);
    expect(textWidth('“·”', { size: 20, eastAsian: true })).toBe(3 * 200);
    expect(textWidth('“·”', { size: 20 })).toBeLessThan(3 * 200);
  });

  it('takes the taller line of Noto Sans CJK for Chinese text, Carlito’s for Latin', () => {
    const carlito = font('Carlito-Regular.ttf');
    const latinEm = (carlito.ascent - carlito.descent + carlito.lineGap) / carlito.unitsPerEm;
    expect(lineHeight({ size: 20 }, 'Latin only')).toBeCloseTo(latinEm * 200, 6);
    expect(lineHeight({ size: 20 }, '中文')).toBeCloseTo(EAST_ASIAN_LINE_EM * 200, 6);
    expect(lineHeight({ size: 20, eastAsian: true })).toBeCloseTo(EAST_ASIAN_LINE_EM * 200, 6);
  });

  it('breaks lines between words and ideographs, never before a closing mark', () => {
    const style = { size: 20 };
    const word = textWidth('Recruit ', style);
    expect(lineCount('Recruit Recruit Recruit', word * 2.5, style)).toBe(2);
    // Ten ideographs in a line of 9.5 em: two lines, however the comma falls.
    expect(lineCount('一二三四五六七八九十', (200 * 9.5) / 0.97, style)).toBe(2);
    expect(lineCount('一二三四五六七八九，', (200 * 9.5) / 0.97, style)).toBe(2);
    expect(lineCount('一二三四五六七八九', (200 * 9.5) / 0.97, style)).toBe(1);
  });
});
