import { LINE_HEIGHT, type SetText } from './text';

/** Small pieces of SVG markup shared by every part of a picture. */

/** Fonts in order of preference: the PDF embeds whichever CJK font main finds instead. */
export const FONT_FAMILY =
  "'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', 'Hiragino Sans GB', 'Source Han Sans SC', sans-serif";

export const COLOURS = {
  ink: '#1d2b3a',
  muted: '#5b6b7c',
  stroke: '#4a6a8a',
  laneLine: '#7f93a8',
  laneTitle: '#dfe8f2',
  laneBand: ['#f6f8fb', '#ffffff'] as const,
  phaseTitle: '#eef2f7',
  connector: '#33506e',
} as const;

export function escapeXml(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      // Characters XML 1.0 forbids would make the file unreadable.
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
  );
}

/** A coordinate as SVG text: two decimals at most, no trailing zeros. */
export function n(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** Where a CJK glyph's baseline sits below the top of its em box. */
const ASCENT = 0.88;

export type TextOptions = {
  weight?: number;
  colour?: string;
  anchor?: 'start' | 'middle' | 'end';
};

/**
 * Lines of text centred on `centreY`, anchored at `x`. Each line is its own <text> with an
 * explicit baseline: no dominant-baseline, which svg-to-pdfkit and some viewers ignore.
 */
export function textBlock(
  set: SetText,
  x: number,
  centreY: number,
  options: TextOptions = {},
): string {
  const lineHeight = set.size * LINE_HEIGHT;
  const top = centreY - (set.lines.length * lineHeight) / 2;
  const attrs = `font-size="${n(set.size)}" font-weight="${options.weight ?? 400}" fill="${options.colour ?? COLOURS.ink}" text-anchor="${options.anchor ?? 'middle'}"`;
  return set.lines
    .map((line, i) => {
      const baseline = top + i * lineHeight + (lineHeight - set.size) / 2 + ASCENT * set.size;
      return `<text x="${n(x)}" y="${n(baseline)}" ${attrs}>${escapeXml(line)}</text>`;
    })
    .join('');
}

/** The height a block of text takes. */
export function blockHeight(set: SetText): number {
  return set.lines.length * set.size * LINE_HEIGHT;
}
