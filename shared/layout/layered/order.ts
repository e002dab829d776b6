import type { Ranked } from './rank';

/*
 * Step 3 of the layered layout: the order of the steps within each cell (one layer of one
 * band). A few barycentre sweeps sort the nodes of each cell, keeping the order with the
 * fewest crossings. Bands never move, so a node's key across the flow is its band index plus
 * its relative place in the cell.
 */

/** Node indices per [layer][band], in order across the flow. */
export type Cells = number[][][];

/** Barycentre rounds (each one sweep forward, one back); more rarely helps on process maps. */
const ORDER_ROUNDS = 4;

export function emptyCells(layerCount: number, laneCount: number): Cells {
  return Array.from({ length: layerCount }, () => Array.from({ length: laneCount }, () => []));
}

export function orderCells(ranked: Ranked): Cells {
  const { flow, dag, layer, layerCount } = ranked;
  const cells = emptyCells(layerCount, flow.bandCount);
  for (const v of ranked.topo) cells[layer[v] ?? 0]?.[flow.laneOf[v] ?? 0]?.push(v);
  const key = flow.out.map(() => 0);
  cells.forEach((row) => row.forEach((cell, lane) => refreshKeys(cell, lane, key)));

  let best = cloneCells(cells);
  let fewest = countCrossings(dag.succ, layer, key, layerCount);
  for (let round = 0; round < ORDER_ROUNDS && fewest > 0; round++) {
    for (const forward of [true, false]) {
      sweep(cells, forward ? dag.pred : dag.succ, forward, key);
      const crossings = countCrossings(dag.succ, layer, key, layerCount);
      if (crossings < fewest) {
        fewest = crossings;
        best = cloneCells(cells);
      }
    }
  }
  return best;
}

function cloneCells(cells: Cells): Cells {
  return cells.map((row) => row.map((cell) => [...cell]));
}

/**
 * A node's vertical key: its lane index plus its relative place in the cell, which is where
 * it will roughly be drawn, since lanes never move and cells are centred in their band.
 */
function refreshKeys(cell: readonly number[], lane: number, key: number[]): void {
  cell.forEach((v, i) => {
    key[v] = lane + (i + 0.5) / cell.length;
  });
}

/** One pass over the layers, sorting each cell by the mean key of the already-swept side. */
function sweep(cells: Cells, neighbours: number[][], forward: boolean, key: number[]): void {
  const count = cells.length;
  for (let step = 1; step < count; step++) {
    const row = cells[forward ? step : count - 1 - step] ?? [];
    row.forEach((cell, lane) => {
      if (cell.length < 2) return;
      sortByBarycentre(cell, neighbours, key);
      refreshKeys(cell, lane, key);
    });
  }
}

function sortByBarycentre(cell: number[], neighbours: number[][], key: number[]): void {
  const ranked = cell.map((v, i) => {
    const list = neighbours[v] ?? [];
    // A node with nothing on the swept side keeps its place: the usual Sugiyama convention.
    const centre =
      list.length === 0
        ? (key[v] ?? 0)
        : list.reduce((sum, u) => sum + (key[u] ?? 0), 0) / list.length;
    return { v, i, centre };
  });
  ranked.sort((a, b) => a.centre - b.centre || a.i - b.i);
  ranked.forEach((entry, i) => {
    cell[i] = entry.v;
  });
}

/**
 * Edge crossings with edges drawn as straight lines between keys: a long edge is cut at
 * every layer it passes, and each gap between two layers counts its inversions. It only
 * compares orderings, so the approximation of long edges is harmless.
 */
function countCrossings(
  succ: number[][],
  layer: number[],
  key: number[],
  layerCount: number,
): number {
  const gaps: { from: number; to: number }[][] = Array.from(
    { length: Math.max(0, layerCount - 1) },
    () => [],
  );
  succ.forEach((targets, u) => {
    const start = layer[u] ?? 0;
    const ku = key[u] ?? 0;
    for (const v of targets) {
      const span = (layer[v] ?? 0) - start;
      const kv = key[v] ?? 0;
      for (let g = 0; g < span; g++) {
        const from = ku + ((kv - ku) * g) / span;
        const to = ku + ((kv - ku) * (g + 1)) / span;
        gaps[start + g]?.push({ from, to });
      }
    }
  });
  return gaps.reduce((sum, segments) => {
    segments.sort((a, b) => a.from - b.from || a.to - b.to);
    return sum + countInversions(segments.map((s) => s.to));
  }, 0);
}

/** Pairs i < j with values[i] > values[j], by merge sort in O(n log n); sorts `values`. */
function countInversions(values: number[]): number {
  if (values.length < 2) return 0;
  const left = values.slice(0, values.length >> 1);
  const right = values.slice(values.length >> 1);
  let count = countInversions(left) + countInversions(right);
  let i = 0;
  let j = 0;
  for (let k = 0; k < values.length; k++) {
    const a = left[i];
    const b = right[j];
    if (b !== undefined && (a === undefined || b < a)) {
      values[k] = b;
      j++;
      // Every value still in `left` is ≥ a > b.
      if (a !== undefined) count += left.length - i;
    } else if (a !== undefined) {
      values[k] = a;
      i++;
    }
  }
  return count;
}
