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

/** Insets of the label from a shape's box edges, px: where text may go inside each shape. */
export type LabelInsets = { left: number; right: number; top: number; bottom: number };

/** Where the label sits inside each shape: a diamond's text stays in its middle half. */
export function labelInsets(kind: NodeKind, width: number, height: number): LabelInsets {
  switch (kind) {
    case 'decision':
      return { left: width * 0.19, right: width * 0.19, top: height * 0.19, bottom: height * 0.19 };
    case 'subProcess':
      // inside the double side bars (SUBPROCESS_BAR = 10)
      return { left: 12, right: 12, top: 10, bottom: 6 };
    case 'document':
      return { left: 4, right: 4, top: 8, bottom: height * 0.18 };
    case 'data':
      return { left: 4, right: 4, top: height * 0.2, bottom: height * 0.1 };
    case 'annotation':
      return { left: 16, right: 2, top: 2, bottom: 2 };
    case 'activity':
      // room for the step number above and the value band below
      return { left: 4, right: 4, top: 12, bottom: 9 };
    default:
      return { left: 2, right: 2, top: 2, bottom: 2 };
  }
}

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
  const insets = labelInsets(kind, width, height);
  const textWidth = Math.max(8, width - insets.left - insets.right);
  const textHeight = Math.max(8, height - insets.top - insets.bottom);
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
    // Bold, and wrapped at word ends: a quarter more than the plain estimate.
    const lines = Math.max(1, Math.ceil((textEms(name) * fontSize * 1.25) / room.width));
    if (lines * fontSize * 1.25 <= room.height) return fontSize;
  }
  return 10;
}
