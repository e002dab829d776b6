import type { Placed } from './annotations';
import { stackSize, type Extents } from './stack';
import type { Dag } from './rank';

/*
 * Where each cell's stack sits within its band (the across position), once the columns and
 * bands are sized: chains of steps in one lane should run on one straight line, as a
 * consultant would draw them, so that their connectors need no jog.
 */

/** Straightening rounds; each moves a cell at most to its neighbours' mean. */
const STRAIGHTEN_ROUNDS = 4;

export type Straightening = {
  extents: Extents;
  offset: readonly number[];
  cellTop: number[][];
  inner: readonly number[];
  placed: Placed;
  dag: Dag;
  /** Per node, the nodes with an edge into it that is not a loop back (a chain's links). */
  forwardPred: number[][];
  gap: number;
};

/**
 * Slides each cell's stack within its band towards the centres of its nodes' neighbours in
 * the same band, alternating directions, so that a branch running along one edge of a lane
 * stays there instead of zig-zagging through the middle. Cells never leave their band and
 * columns never share an along position, so this cannot create an overlap.
 */
export function straighten(s: Straightening): void {
  const count = s.placed.cells.length;
  for (let round = 0; round < STRAIGHTEN_ROUNDS; round++) {
    for (let step = 0; step < count; step++) {
      const l = round % 2 === 0 ? step : count - 1 - step;
      s.placed.cells[l]?.forEach((cell, band) => {
        if (cell.length === 0) return;
        const shift = meanShift(s, cell, l, band);
        const room = (s.inner[band] ?? 0) - stackSize(cell, s.extents, s.gap);
        const row = s.cellTop[l];
        if (shift === null || !row) return;
        row[band] = clamp((row[band] ?? 0) + shift, 0, Math.max(0, room));
      });
    }
  }
}

/** The mean distance from each node to its same-band neighbours' centre, or null if none. */
function meanShift(
  s: Straightening,
  cell: readonly number[],
  l: number,
  band: number,
): number | null {
  let sum = 0;
  let count = 0;
  for (const v of cell) {
    const around = [...(s.dag.succ[v] ?? []), ...(s.dag.pred[v] ?? [])].filter(
      (u) => s.placed.band[u] === band && s.placed.layer[u] !== l,
    );
    if (around.length === 0) continue;
    const target = around.reduce((total, u) => total + centreOf(s, u), 0) / around.length;
    sum += target - centreOf(s, v);
    count += 1;
  }
  return count === 0 ? null : sum / count;
}

/** A node's centre measured from the inner start of its band. */
function centreOf(s: Straightening, v: number): number {
  const top = s.cellTop[s.placed.layer[v] ?? 0]?.[s.placed.band[v] ?? 0] ?? 0;
  return top + (s.offset[v] ?? 0) + (s.extents.across[v] ?? 0) / 2;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/**
 * Puts a step on the line of its one predecessor in the same band (loops back into it do not
 * count), in layer order, so a whole chain lines up behind its first step: the mean-based
 * rounds above converge slowly, and a jog of a few units between two steps of a chain looks
 * like a mistake. In a stack, the first step with one such predecessor lines up and the
 * stack moves with it; joins (several predecessors) keep their mean position.
 */
export function alignChains(s: Straightening): void {
  s.placed.cells.forEach((row, l) =>
    row.forEach((cell, band) => {
      const link = cell
        .map((v) => ({
          v,
          before: (s.forwardPred[v] ?? []).filter(
            (u) => s.placed.band[u] === band && s.placed.layer[u] !== l,
          ),
        }))
        .find(({ before }) => before.length === 1);
      const u = link?.before[0];
      const top = s.cellTop[l];
      if (!link || u === undefined || !top) return;
      const room = (s.inner[band] ?? 0) - stackSize(cell, s.extents, s.gap);
      const shift = centreOf(s, u) - centreOf(s, link.v);
      top[band] = clamp((top[band] ?? 0) + shift, 0, Math.max(0, room));
    }),
  );
}
