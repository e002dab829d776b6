import type { Placed } from './annotations';
import type { Cells } from './order';
import type { Dag, Ranked } from './rank';

/*
 * Step 4 of the layered layout, in flow terms so one code serves both orientations: "along"
 * is the direction of the flow (x of a horizontal map, y of a vertical one), "across" the
 * direction that picks the band (lane).
 *
 * One column per layer across all bands, as wide along the flow as its widest node; each
 * band as thick as its fullest cell; cells then slide within their band towards their
 * same-band neighbours so that chains in a lane run straight. With phases, each phase's
 * columns sit inside its band along the flow, which is sized to hold them.
 */

export type Spacing = {
  nodeGap: number;
  layerGap: number;
  lanePadding: number;
  /** Where the flow area starts along the flow (after the lane titles). */
  flowStart: number;
  minLaneSize: number;
};

/** Node extents in flow terms, per node index. */
export type Extents = { along: number[]; across: number[] };

export type Positions = {
  along: number[];
  across: number[];
  /** Thickness per band (lane). */
  bandSize: number[];
  /** Extent along the flow per phase. */
  phaseSize: number[];
};

/** The least extent of a phase along the flow, so its title has room. */
const MIN_PHASE_SIZE = 160;
/** Straightening rounds; each moves a cell at most to its neighbours' mean. */
const STRAIGHTEN_ROUNDS = 4;

export function assignCoordinates(
  placed: Placed,
  ranked: Ranked,
  extents: Extents,
  spacing: Spacing,
): Positions {
  const columns = measureColumns(placed.cells, ranked, extents, spacing);
  const offset = stackOffsets(placed.cells, extents, spacing.nodeGap);
  const bandSize = measureBands(placed.cells, extents, ranked.flow.bandCount, spacing);
  const inner = bandSize.map((size) => size - 2 * spacing.lanePadding);
  const cellTop = centreCells(placed.cells, extents, inner, spacing.nodeGap);
  straighten({ extents, offset, cellTop, inner, placed, dag: ranked.dag, gap: spacing.nodeGap });

  const along = extents.along.map(() => 0);
  const across = extents.across.map(() => 0);
  const bandStart = runningSum(bandSize);
  placed.cells.forEach((row, l) =>
    row.forEach((cell, band) => {
      const top = (bandStart[band] ?? 0) + spacing.lanePadding + (cellTop[l]?.[band] ?? 0);
      for (const v of cell) {
        const size = extents.along[v] ?? 0;
        along[v] = Math.round((columns.start[l] ?? 0) + ((columns.width[l] ?? 0) - size) / 2);
        across[v] = Math.round(top + (offset[v] ?? 0));
      }
    }),
  );
  // Nodes linked to no step: stacked in a column after the last one.
  let stack = spacing.lanePadding;
  placed.band.forEach((band, v) => {
    if (band !== -1) return;
    along[v] = columns.next;
    across[v] = stack;
    stack += (extents.across[v] ?? 0) + spacing.nodeGap;
  });
  return { along, across, bandSize, phaseSize: columns.phaseSize };
}

/** Starts of consecutive bands that begin at 0. */
function runningSum(sizes: readonly number[]): number[] {
  let start = 0;
  return sizes.map((size) => {
    const here = start;
    start += size;
    return here;
  });
}

type Columns = { start: number[]; width: number[]; next: number; phaseSize: number[] };

/**
 * One column per layer, as wide as its widest node, whatever the band. Without phases the
 * columns follow each other from the lane titles; with phases each phase gets half a gap
 * before its first column and after its last, and grows to fit them (its columns centred).
 */
function measureColumns(cells: Cells, ranked: Ranked, extents: Extents, s: Spacing): Columns {
  const width = cells.map((row) =>
    row.reduce((max, cell) => Math.max(max, ...cell.map((v) => extents.along[v] ?? 0)), 0),
  );
  const start: number[] = width.map(() => 0);
  const lay = (from: number, first: number, end: number): number => {
    let left = from;
    for (let l = first; l < end; l++) {
      start[l] = left;
      left += (width[l] ?? 0) + s.layerGap;
    }
    return left;
  };
  if (ranked.phaseLayers.length === 0) {
    const next = lay(s.flowStart + s.lanePadding, 0, width.length);
    return { start, width, next, phaseSize: [] };
  }
  let phaseStart = s.flowStart;
  const phaseSize = ranked.phaseLayers.map(({ first, end }) => {
    let content = 0;
    for (let l = first; l < end; l++) content += (width[l] ?? 0) + s.layerGap;
    const size = Math.max(MIN_PHASE_SIZE, content);
    lay(phaseStart + s.layerGap / 2 + Math.round((size - content) / 2), first, end);
    phaseStart += size;
    return size;
  });
  return { start, width, next: phaseStart + s.lanePadding, phaseSize };
}

function stackSize(cell: readonly number[], extents: Extents, gap: number): number {
  const sizes = cell.reduce((sum, v) => sum + (extents.across[v] ?? 0), 0);
  return sizes + gap * Math.max(0, cell.length - 1);
}

/** Each node's distance from the start of its cell's stack. */
function stackOffsets(cells: Cells, extents: Extents, gap: number): number[] {
  const offset = extents.across.map(() => 0);
  for (const row of cells) {
    for (const cell of row) {
      let top = 0;
      for (const v of cell) {
        offset[v] = top;
        top += (extents.across[v] ?? 0) + gap;
      }
    }
  }
  return offset;
}

/** Each band as thick as its fullest cell plus padding: the band grows to fit its content. */
function measureBands(cells: Cells, extents: Extents, bandCount: number, s: Spacing): number[] {
  return Array.from({ length: bandCount }, (_, band) => {
    const content = cells.reduce(
      (max, row) => Math.max(max, stackSize(row[band] ?? [], extents, s.nodeGap)),
      0,
    );
    return Math.max(s.minLaneSize, content + 2 * s.lanePadding);
  });
}

/** Every cell's stack starts centred in its band, where a lone step of a lane's flow sits. */
function centreCells(
  cells: Cells,
  extents: Extents,
  inner: readonly number[],
  gap: number,
): number[][] {
  return cells.map((row) =>
    row.map((cell, band) => ((inner[band] ?? 0) - stackSize(cell, extents, gap)) / 2),
  );
}

type Straightening = {
  extents: Extents;
  offset: readonly number[];
  cellTop: number[][];
  inner: readonly number[];
  placed: Placed;
  dag: Dag;
  gap: number;
};

/**
 * Slides each cell's stack within its band towards the centres of its nodes' neighbours in
 * the same band, alternating directions, so that a branch running along one edge of a lane
 * stays there instead of zig-zagging through the middle. Cells never leave their band and
 * columns never share an along position, so this cannot create an overlap.
 */
function straighten(s: Straightening): void {
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
