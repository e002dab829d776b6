import type { Box } from '../geometry';
import { floatBuffer } from './scratch';

/** A horizontal (top === bottom) or vertical (left === right) stretch of a routed connector. */
export type Traffic = { stretches: readonly Box[]; overlapCost: number; crossingCost: number };

/** Parallel lines closer than this read as one: running there costs as running on it. */
const NEAR = 5;

/** Index of the first value ≥ target in a sorted list. */
function lowerBound(values: readonly number[], target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((values[mid] ?? 0) < target) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The traffic cost of every move of the grid, computed once per search from the stretches:
 * `along[j*nx+i]` for the move from (i, j) to (i+1, j), `down[j*nx+i]` to (i, j+1). A
 * stretch on a grid line charges the moves it shares length with; one across the grid
 * charges each perpendicular move that passes through it (at a grid line, the move arriving).
 */
export function trafficCosts(
  xs: readonly number[],
  ys: readonly number[],
  traffic: Traffic | undefined,
): { along: Float64Array; down: Float64Array } {
  const nx = xs.length;
  const along = floatBuffer(1, nx * ys.length, 0);
  const down = floatBuffer(2, nx * ys.length, 0);
  if (!traffic) return { along, down };
  for (const s of traffic.stretches) {
    const horizontal = s.top === s.bottom;
    // Work as if horizontal: `line` is the stretch's own axis, `cross` the other.
    const line = horizontal ? xs : ys;
    const cross = horizontal ? ys : xs;
    const at = horizontal ? s.top : s.left;
    const from = horizontal ? s.left : s.top;
    const to = horizontal ? s.right : s.bottom;
    const index = (l: number, c: number) => (horizontal ? c * nx + l : l * nx + c);
    const same = horizontal ? along : down;
    const other = horizontal ? down : along;
    const c = lowerBound(cross, at);
    // Grid lines on the stretch or so close beside it that the two would read as one line.
    for (let near = lowerBound(cross, at - NEAR); (cross[near] ?? Infinity) < at + NEAR; near++) {
      for (let l = Math.max(0, lowerBound(line, from) - 1); l < line.length - 1; l++) {
        const a = line[l] ?? 0;
        const b = line[l + 1] ?? 0;
        if (a >= to) break;
        const shared = Math.min(b, to) - Math.max(a, from);
        const k = index(l, near);
        if (shared > 0) same[k] = (same[k] ?? 0) + shared * traffic.overlapCost;
      }
    }
    // Perpendicular moves through the stretch: the one arriving on its line, or spanning it.
    const move = c - 1;
    if (move < 0 || move >= cross.length - 1) continue;
    for (let l = lowerBound(line, from); l < line.length && (line[l] ?? 0) < to; l++) {
      const k = index(l, move);
      if ((line[l] ?? 0) > from) other[k] = (other[k] ?? 0) + traffic.crossingCost;
    }
  }
  return { along, down };
}
