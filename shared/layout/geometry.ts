import type { Lane, NodeKind } from '../process';

/** Width of the lane title column on the left of every lane band (editor, layout, images). */
export const LANE_HEADER_WIDTH = 120;

/** Height of a new lane. */
export const DEFAULT_LANE_SIZE = 160;

/** Default size of a new step of each kind, in diagram units (editor, sample, BPMN import). */
export const NODE_SIZE: Readonly<Record<NodeKind, { width: number; height: number }>> = {
  start: { width: 44, height: 44 },
  end: { width: 44, height: 44 },
  activity: { width: 140, height: 64 },
  decision: { width: 80, height: 80 },
  document: { width: 120, height: 70 },
  data: { width: 110, height: 64 },
  subProcess: { width: 150, height: 70 },
  annotation: { width: 150, height: 50 },
};

/*
 * Plain geometry of the process map, shared by the auto-layout, its tests and the editor
 * (hit-testing a drop into a lane, checking a hand-made layout for overlaps). Diagram units,
 * top-left origin, lanes stacked from `origin` downwards in array order.
 */

/** Anything drawn as a rectangle: a ProcessNode, or a React Flow node mapped to these names. */
export type Rect = { x: number; y: number; width: number; height: number };

export type Box = { left: number; top: number; right: number; bottom: number };

/** The vertical extent of one lane band. */
export type LaneBand = { laneId: string; top: number; bottom: number };

export function boxOf(rect: Rect): Box {
  return { left: rect.x, top: rect.y, right: rect.x + rect.width, bottom: rect.y + rect.height };
}

/**
 * True when the boxes are closer than `gap` on both axes, so that two boxes exactly `gap`
 * apart (or touching, with gap 0) do not count: a layout that keeps its gaps passes.
 */
export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return (
    a.left < b.right + gap &&
    b.left < a.right + gap &&
    a.top < b.bottom + gap &&
    b.top < a.bottom + gap
  );
}

/** The smallest box around all rects, or null for none. */
export function boundsOf(rects: readonly Rect[]): Box | null {
  let bounds: Box | null = null;
  for (const rect of rects) {
    const box = boxOf(rect);
    bounds = bounds
      ? {
          left: Math.min(bounds.left, box.left),
          top: Math.min(bounds.top, box.top),
          right: Math.max(bounds.right, box.right),
          bottom: Math.max(bounds.bottom, box.bottom),
        }
      : box;
  }
  return bounds;
}

/**
 * Every pair of items whose boxes overlap (closer than `gap`), as [id, id] in input order.
 * A sweep over the left edges: only boxes whose x-range is still open are compared, so a
 * laid-out map (few boxes per column) costs O(n log n); the worst case, everything in one
 * column, degrades to O(n²) comparisons like the naive check.
 */
export function findOverlaps<T extends Rect & { id: string }>(
  items: readonly T[],
  gap = 0,
): [string, string][] {
  const boxes = items.map(boxOf);
  const order = items.map((_, i) => i);
  const leftOf = (i: number) => boxes[i]?.left ?? 0;
  order.sort((a, b) => leftOf(a) - leftOf(b) || a - b);
  const found: [number, number][] = [];
  let open: number[] = [];
  for (const i of order) {
    const box = boxes[i];
    if (!box) continue;
    open = open.filter((j) => (boxes[j]?.right ?? 0) + gap > box.left);
    for (const j of open) {
      const other = boxes[j];
      if (other && boxesOverlap(box, other, gap)) found.push(j < i ? [j, i] : [i, j]);
    }
    open.push(i);
  }
  found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return found.map(([a, b]) => [items[a]?.id ?? '', items[b]?.id ?? '']);
}

/** Where each lane lies vertically: lanes are stacked from `origin` in array order. */
export function laneBands(lanes: readonly Lane[], origin = 0): LaneBand[] {
  let top = origin;
  return lanes.map((lane) => {
    const band = { laneId: lane.id, top, bottom: top + lane.size };
    top = band.bottom;
    return band;
  });
}

/** The band containing `y` (a band owns its top edge, not its bottom), if any. */
export function laneAtY(bands: readonly LaneBand[], y: number): LaneBand | undefined {
  return bands.find((band) => y >= band.top && y < band.bottom);
}
