import type { Point } from '../../process';
import type { Box } from '../geometry';
import { trafficCosts, type Traffic } from './gridTraffic';
import { MinHeap } from './minHeap';
import { byteBuffer, floatBuffer, intBuffer } from './scratch';

/** One heap for every search (they never overlap): it keeps its grown arrays. */
const sharedHeap = new MinHeap();
import type { Direction } from './sides';

/*
 * The shortest orthogonal path with few bends between two points, around boxes: A* over a
 * sparse grid whose lines are the boxes' edges, the two ends, and the midlines between
 * neighbouring lines (so a connector runs down the middle of the gap between two columns
 * rather than hugging one of them). A search state is a grid point and the heading the path
 * arrived with; a change of heading costs `bendCost` on top of the length, so among paths
 * of about the same length the one with the fewest bends wins.
 */

export type GridSearch = {
  /** Where the path starts, already heading `startHeading` (the stub out of the shape). */
  start: Point;
  startHeading: Direction;
  /** Where it ends; it must then head `endHeading` (into the target shape), or pay a bend. */
  end: Point;
  endHeading: Direction;
  /** The search stays inside this box. */
  region: Box;
  /** Boxes whose edges give grid lines (the obstacles near the path, already inflated). */
  lines: readonly Box[];
  /** True when the point lies strictly inside an obstacle. */
  blocked: (x: number, y: number) => boolean;
  bendCost: number;
  /** Connectors already routed: running on one costs per unit of length, crossing one a fee. */
  traffic?: Traffic;
  /** Grids larger than this (points) drop their midlines; it bounds memory and time. */
  maxPoints?: number;
};

const HEADINGS: readonly Direction[] = [
  { dx: 1, dy: 0 },
  { dx: 0, dy: 1 },
  { dx: -1, dy: 0 },
  { dx: 0, dy: -1 },
];
const DEFAULT_MAX_POINTS = 120_000;

function headingIndex(d: Direction): number {
  return HEADINGS.findIndex((h) => h.dx === d.dx && h.dy === d.dy);
}

function axis(values: number[], low: number, high: number, midlines: boolean): number[] {
  const inside = values.filter((v) => v >= low && v <= high);
  inside.push(low, high);
  inside.sort((a, b) => a - b);
  const unique = inside.filter((v, i) => i === 0 || v !== inside[i - 1]);
  if (!midlines) return unique;
  const withMid: number[] = [];
  unique.forEach((v, i) => {
    const next = unique[i + 1];
    withMid.push(v);
    if (next !== undefined) withMid.push((v + next) / 2);
  });
  return withMid;
}

function gridAxes(search: GridSearch, midlines: boolean): { xs: number[]; ys: number[] } {
  const { region, lines, start, end } = search;
  const xs = [start.x, end.x, ...lines.flatMap((b) => [b.left, b.right])];
  const ys = [start.y, end.y, ...lines.flatMap((b) => [b.top, b.bottom])];
  return {
    xs: axis(xs, region.left, region.right, midlines),
    ys: axis(ys, region.top, region.bottom, midlines),
  };
}

/** The grid points of the path from start to end, or null when the region has none. */
export function searchGrid(search: GridSearch): Point[] | null {
  let { xs, ys } = gridAxes(search, true);
  if (xs.length * ys.length > (search.maxPoints ?? DEFAULT_MAX_POINTS)) {
    ({ xs, ys } = gridAxes(search, false));
  }
  const nx = xs.length;
  const ny = ys.length;
  const sx = xs.indexOf(search.start.x);
  const sy = ys.indexOf(search.start.y);
  const ex = xs.indexOf(search.end.x);
  const ey = ys.indexOf(search.end.y);
  if (sx < 0 || sy < 0 || ex < 0 || ey < 0) return null;
  const startHeading = headingIndex(search.startHeading);
  const endHeading = headingIndex(search.endHeading);

  const { along: rowCost, down: columnCost } = trafficCosts(xs, ys, search.traffic);
  const free = byteBuffer(0, nx * ny * 2);
  const states = nx * ny * 4;
  const cost = floatBuffer(0, states, Infinity);
  const from = intBuffer(states, -1);
  const closed = byteBuffer(1, states);
  const heap = sharedHeap;
  heap.clear();
  const estimate = (i: number, j: number) =>
    Math.abs((xs[i] ?? 0) - search.end.x) + Math.abs((ys[j] ?? 0) - search.end.y);
  const first = (sy * nx + sx) * 4 + startHeading;
  cost[first] = 0;
  heap.push(estimate(sx, sy), first);

  let goal = -1;
  let goalCost = Infinity;
  while (heap.size > 0) {
    const state = heap.pop();
    if (closed[state]) continue;
    closed[state] = 1;
    const here = cost[state] ?? Infinity;
    if (here >= goalCost) break;
    const h = state & 3;
    const cellIndex = state >> 2;
    const i = cellIndex % nx;
    const j = (cellIndex - i) / nx;
    if (i === ex && j === ey) {
      const total = here + (h === endHeading ? 0 : search.bendCost);
      if (total < goalCost) {
        goalCost = total;
        goal = state;
      }
      continue;
    }
    for (let turn = 0; turn < 4; turn++) {
      if (turn === ((h + 2) & 3)) continue; // never double back on itself
      const step = HEADINGS[turn];
      if (!step) continue;
      const ni = i + step.dx;
      const nj = j + step.dy;
      if (ni < 0 || nj < 0 || ni >= nx || nj >= ny) continue;
      const x0 = xs[i] ?? 0;
      const y0 = ys[j] ?? 0;
      const x1 = xs[ni] ?? 0;
      const y1 = ys[nj] ?? 0;
      // The move between a point and its right (or lower) neighbour, one slot per direction.
      const low = step.dx + step.dy > 0 ? j * nx + i : nj * nx + ni;
      const slot = low * 2 + (step.dy === 0 ? 0 : 1);
      if (free[slot] === 0) free[slot] = search.blocked((x0 + x1) / 2, (y0 + y1) / 2) ? 2 : 1;
      if (free[slot] === 2) continue;
      const next = (nj * nx + ni) * 4 + turn;
      if (closed[next]) continue;
      const extra = (step.dy === 0 ? rowCost[low] : columnCost[low]) ?? 0;
      const moved =
        here + Math.abs(x1 - x0) + Math.abs(y1 - y0) + (turn === h ? 0 : search.bendCost) + extra;
      if (moved < (cost[next] ?? Infinity)) {
        cost[next] = moved;
        from[next] = state;
        heap.push(moved + estimate(ni, nj), next);
      }
    }
  }
  if (goal < 0) return null;
  const path: Point[] = [];
  for (let state = goal; state >= 0; state = from[state] ?? -1) {
    const cellIndex = state >> 2;
    const i = cellIndex % nx;
    path.push({ x: xs[i] ?? 0, y: ys[(cellIndex - i) / nx] ?? 0 });
  }
  return path.reverse();
}
