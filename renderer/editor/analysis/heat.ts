/*
 * The colour of a hand-off matrix cell (pure, tested): white for none, deepening blue with the
 * count, and the number in black or white, whichever contrasts more (always ≥ 4.5:1, WCAG AA). The scale is relative to the largest cell, so the busiest hand-off
 * stands out in any process.
 */

const LIGHT: readonly [number, number, number] = [255, 255, 255];
const DARK: readonly [number, number, number] = [23, 50, 77]; // #17324d, the app's ink
// Black, not the app's ink: between the shades where white text passes 4.5:1 and those
// where a dark blue-grey would, there is a band where neither does; black closes it.
const BLACK = [0, 0, 0];
const WHITE = [255, 255, 255];

export type Heat = { background: string; color: string };

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function luminance([r, g, b]: readonly number[]): number {
  return 0.2126 * channel(r ?? 0) + 0.7152 * channel(g ?? 0) + 0.0722 * channel(b ?? 0);
}

export function contrast(a: readonly number[], b: readonly number[]): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

export function hex(rgb: readonly number[]): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** The cell colour for `value` out of `max` (0 or less: blank). */
export function heatColour(value: number, max: number): Heat & { rgb: number[] } {
  const level = max > 0 && value > 0 ? Math.min(1, value / max) : 0;
  // Never quite white for a non-zero count: the eye must see that something is there.
  const mix = level === 0 ? 0 : 0.12 + 0.88 * level;
  const rgb = LIGHT.map((light, i) => light + ((DARK[i] ?? 0) - light) * mix);
  const color = contrast(rgb, BLACK) >= contrast(rgb, WHITE) ? '#000000' : '#ffffff';
  return { background: hex(rgb), color, rgb };
}
