import type { Placed } from './annotations';
import type { Cells } from './order';
import type { Ranked } from './rank';
import { stackSize, type Extents } from './stack';
import { alignChains, straighten } from './straighten';

export type { Extents } from './stack';

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
  const straightening = {
    extents,
    offset,
    cellTop,
    inner,
    placed,
    dag: ranked.dag,
    forwardPred: forwardPredecessors(ranked),
    gap: spacing.nodeGap,
  };
  straighten(straightening);
  alignChains(straightening);

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

function forwardPredecessors(ranked: Ranked): number[][] {
  const pred: number[][] = ranked.flow.out.map(() => []);
  ranked.flow.out.forEach((arcs, u) => {
    for (const arc of arcs) if (!ranked.backEdges.has(arc.edge)) pred[arc.node]?.push(u);
  });
  return pred;
}
