import type { NodeKind } from '../../../shared/process';

/*
 * Labels wrap inside their shape and are never clipped. The font shrinks a little (12 → 10 px)
 * when a long label would not fit at full size; a label too long even then is still shown
 * whole — it runs past the shape rather than being cut, and its full text is the tooltip.
 * Widths are estimated (a CJK character is one em, other characters about half an em), which
 * is close enough to pick a size without measuring the DOM on every render.
 */

export const LABEL_SIZES = [12, 11, 10] as const;
const SMALLEST = 10;
const LINE_HEIGHT = 1.3;

/** The part of each shape's box that text may fill, as fractions of its width and height. */
const TEXT_AREA: Readonly<Record<NodeKind, { width: number; height: number }>> = {
  start: { width: 0.8, height: 0.75 },
  end: { width: 0.8, height: 0.75 },
  activity: { width: 1, height: 1 },
  decision: { width: 0.62, height: 0.62 },
  document: { width: 1, height: 0.82 },
  data: { width: 1, height: 0.72 },
  subProcess: { width: 0.84, height: 1 },
  annotation: { width: 1, height: 1 },
};

/** Padding around the text inside the text area, px. */
const PADDING = 6;

/** Estimated width of `text` in ems. */
export function textEms(text: string): number {
  let ems = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0x2e80) ems += 1;
    else if (char === ' ') ems += 0.3;
    else if (/[A-Z]/.test(char)) ems += 0.66;
    else ems += 0.55;
  }
  return ems;
}

export type LabelFit = { fontSize: number; fits: boolean; textWidth: number };

export function fitLabel(kind: NodeKind, label: string, width: number, height: number): LabelFit {
  const area = TEXT_AREA[kind];
  const textWidth = Math.max(8, width * area.width - PADDING * 2);
  const textHeight = Math.max(8, height * area.height - PADDING * 2);
  const ems = textEms(label);
  for (const fontSize of LABEL_SIZES) {
    // A wrapped line is rarely filled to the edge: allow a tenth for the ragged right.
    const lines = Math.max(1, Math.ceil((ems * fontSize * 1.1) / textWidth));
    if (lines * fontSize * LINE_HEIGHT <= textHeight) return { fontSize, fits: true, textWidth };
  }
  return { fontSize: SMALLEST, fits: false, textWidth };
}

/**
 * The font size of a lane title in its title band (13 px down to 10 px), so a bilingual
 * name like 客户服务部 / Customer Service wraps inside a 48-unit column header, not past it.
 */
export function laneTitleFontSize(name: string, width: number, height: number): number {
  const room = { width: Math.max(8, width - 8), height: Math.max(8, height - 6) };
  for (const fontSize of [13, 12, 11, 10]) {
    const lines = Math.max(1, Math.ceil((textEms(name) * fontSize * 1.1) / room.width));
    if (lines * fontSize * 1.25 <= room.height) return fontSize;
  }
  return 10;
}
