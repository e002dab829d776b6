import type { Point } from '../../process';
import { boxesOverlap, type Box } from '../geometry';
import type { SpatialIndex } from './spatialIndex';

/*
 * Where a connector's label (是 / 否, a condition) goes: beside its route, as near the
 * source as it fits — a decision's exits are read at the decision — on the first spot that
 * covers no shape, no other label and no other connector. Sizes are estimated from the
 * text at the drawers' 12 px label font; a label the drawers render a little smaller or
 * larger still sits clear, thanks to the margin.
 */

const FONT_SIZE = 12;
const LABEL_HEIGHT = 18;
const PADDING_X = 6;
/** Space between a label and the line it belongs to. */
const OFFSET = 4;
/** Space kept between a label and anything else. */
const MARGIN = 3;
/** Distance between candidate spots along the route. */
const STEP = 8;
/** How far along the route labels are tried before settling for the least bad spot. */
const MAX_CANDIDATES = 160;

/** Wide (CJK, full-width) characters take a full em; the rest about 0.6 em. */
function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  const wide =
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6);
  return wide ? FONT_SIZE : FONT_SIZE * 0.6;
}

/** The estimated size of a connector label drawn at 12 px on one line. */
export function labelSize(text: string): { width: number; height: number } {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return { width: Math.ceil(width + 2 * PADDING_X), height: LABEL_HEIGHT };
}

export function labelBox(text: string, centre: Point): Box {
  const { width, height } = labelSize(text);
  return {
    left: centre.x - width / 2,
    right: centre.x + width / 2,
    top: centre.y - height / 2,
    bottom: centre.y + height / 2,
  };
}

export type LabelSpace = {
  /** Shapes (not inflated). */
  shapes: SpatialIndex<Box>;
  /** Routed connector segments, tagged with their edge's index. */
  lines: SpatialIndex<Box & { edge: number }>;
  /** Labels placed so far. */
  placed: SpatialIndex<Box>;
};

/** The centre for a label of `text` on the route `points` of edge `edge`. */
export function placeLabel(
  space: LabelSpace,
  edge: number,
  text: string,
  points: readonly Point[],
): Point {
  const size = labelSize(text);
  let best: { at: Point; score: number } | null = null;
  let tried = 0;
  for (const at of candidates(points, size)) {
    const score = collisions(space, edge, labelBox(text, at));
    if (score === 0) return at;
    if (!best || score < best.score) best = { at, score };
    if (++tried >= MAX_CANDIDATES) break;
  }
  return best?.at ?? points[0] ?? { x: 0, y: 0 };
}

/** 4 for a shape, 2 for a label, 1 for another connector: shapes matter most. */
function collisions(space: LabelSpace, edge: number, box: Box): number {
  const around = { left: box.left, right: box.right, top: box.top, bottom: box.bottom };
  let score = 0;
  space.shapes.visit(around, (shape) => {
    if (boxesOverlap(shape, box, MARGIN)) score += 4;
  });
  space.placed.visit(around, (label) => {
    if (boxesOverlap(label, box, MARGIN)) score += 2;
  });
  space.lines.visit(around, (line) => {
    if (line.edge !== edge && boxesOverlap(line, box, 0)) score += 1;
  });
  return score;
}

/**
 * Spots along the route from its source end: beside each segment (after the first stretch
 * that leaves the shape), on either side, every STEP units.
 */
function* candidates(
  points: readonly Point[],
  size: { width: number; height: number },
): Generator<Point> {
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (!a || !b) continue;
    const length = Math.abs(b.x - a.x) + Math.abs(b.y - a.y);
    if (length === 0) continue;
    const ux = (b.x - a.x) / length;
    const uy = (b.y - a.y) / length;
    const horizontal = uy === 0;
    // Half the label's extent along the segment: keep it off the bend at either end.
    const half = horizontal ? size.width / 2 : size.height / 2;
    const side = horizontal ? size.height / 2 + OFFSET : size.width / 2 + OFFSET;
    const first = Math.min(half + OFFSET, length / 2);
    const last = Math.max(first, length - half);
    for (let d = first; d <= last; d += STEP) {
      const x = a.x + ux * d;
      const y = a.y + uy * d;
      // Above a horizontal line first, right of a vertical one first: how charts read.
      if (horizontal) {
        yield { x, y: y - side };
        yield { x, y: y + side };
      } else {
        yield { x: x + side, y };
        yield { x: x - side, y };
      }
    }
  }
}
