import type { Lane, ProcessGraph, ProcessNode } from '../process';
import { LANE_HEADER_WIDTH } from './geometry';

/*
 * Lane-aware auto-layout of a process map, in the manner of a Visio cross-functional
 * flowchart: time runs left to right in columns shared by every lane, and each step stays in
 * the band of its lane. Pure, synchronous and deterministic, with no DOM, so the renderer can
 * run it in a Web Worker and the same document always gets the same drawing.
 *
 * Hand-written rather than ELK: lanes as ELK compound nodes cost about 1.5 s for 500 nodes
 * against a 0.3 s target, and flat ELK knows nothing of lanes. With lanes fixed as bands,
 * the layered (Sugiyama) method gets simpler, not harder: the only ordering freedom left is
 * within one lane's cell of one layer.
 *
 *  1. Cycles: a depth-first search from the start nodes marks back edges (rework loops) and
 *     treats them as reversed, so everything else flows forward.
 *  2. Layers: longest path from the sources, so every forward edge spans at least one layer.
 *  3. Order: a few barycentre sweeps sort the nodes of each (layer, lane) cell, keeping the
 *     order with the fewest crossings.
 *  4. Coordinates: one column per layer across all lanes, as wide as its widest node; each
 *     lane as tall as its tallest cell; cells then slide within their band towards their
 *     same-lane neighbours so that chains in a lane run straight.
 *
 * Nodes outside every known lane (annotations) take no part in the layering: each joins the
 * cell of the first node it is linked to, just below it, or else a column after the last.
 */

export type LaneLayoutOptions = {
  /** Vertical gap between nodes stacked in one lane and layer. */
  nodeGap?: number;
  /** Horizontal gap between two columns (layers). */
  layerGap?: number;
  /** Space between a lane's edges and its nodes; also between the lane titles and column 1. */
  lanePadding?: number;
  /** Left margin kept free for the lane titles. */
  laneHeaderWidth?: number;
  /** Height of a lane with no nodes, and the least any lane gets. */
  minLaneSize?: number;
};

type Settings = Required<LaneLayoutOptions>;

export const DEFAULT_LAYOUT_OPTIONS: Readonly<Settings> = {
  nodeGap: 30,
  layerGap: 60,
  lanePadding: 24,
  laneHeaderWidth: LANE_HEADER_WIDTH,
  minLaneSize: 120,
};

/** processSchema rejects lanes below 20 units, so no option may produce one. */
const LANE_SIZE_FLOOR = 20;
/** Barycentre rounds (each one sweep right, one left); more rarely helps on process maps. */
const ORDER_ROUNDS = 4;
/** Straightening rounds; each moves a cell at most to its neighbours' mean. */
const STRAIGHTEN_ROUNDS = 4;

/** Which layer each flow node got, and which edges were taken as loops running backwards. */
export type LayerAssignment = {
  layerOf: Map<string, number>;
  backEdgeIds: Set<string>;
};

type Arc = { node: number; edge: number };

/** The part of the graph that is layered: nodes in a known lane and the edges among them. */
type Flow = {
  /** Lane index per node of graph.nodes; -1 outside every known lane. */
  laneOf: number[];
  /** Nodes in a known lane, in input order. */
  members: number[];
  /** Outgoing arcs per node in edge order; self-loops and edges to non-members left out. */
  out: Arc[][];
  indexOf: Map<string, number>;
};

/** The flow with back edges reversed: acyclic, so it can be layered. */
type Dag = { succ: number[][]; pred: number[][] };

type Ranked = {
  flow: Flow;
  dag: Dag;
  backEdges: Set<number>;
  /** Layer per node index (0 for non-members until they are placed). */
  layer: number[];
  layerCount: number;
  /** Members in topological order. */
  topo: number[];
};

/** Node indices per [layer][lane], top to bottom. */
type Cells = number[][][];

type VisitState = 'new' | 'open' | 'done';

export function layoutProcess(graph: ProcessGraph, options?: LaneLayoutOptions): ProcessGraph {
  const settings = resolveSettings(options);
  const ranked = rank(graph);
  const ordered = orderCells(ranked, graph.lanes.length);
  const hosts = findHosts(graph, ranked.flow);
  const placed = placeAnnotations(ordered, hosts, ranked);
  const positions = assignCoordinates(graph, placed, ranked, settings);
  placeLeftovers(graph.nodes, placed.band, positions, settings);
  return {
    ...graph,
    lanes: graph.lanes.map((lane, i) => ({ ...lane, size: positions.laneSize[i] ?? lane.size })),
    nodes: graph.nodes.map((node, i) => ({
      ...node,
      x: positions.x[i] ?? node.x,
      y: positions.y[i] ?? node.y,
    })),
    edges: [...graph.edges],
  };
}

/**
 * The layering alone, for callers that want to know which edges run backwards (the editor
 * may draw rework loops differently) and for tests of the left-to-right invariant.
 */
export function processLayers(graph: ProcessGraph): LayerAssignment {
  const ranked = rank(graph);
  const layerOf = new Map<string, number>();
  for (const v of ranked.flow.members) {
    const node = graph.nodes[v];
    if (node && !layerOf.has(node.id)) layerOf.set(node.id, ranked.layer[v] ?? 0);
  }
  const backEdgeIds = new Set<string>();
  for (const e of ranked.backEdges) {
    const edge = graph.edges[e];
    if (edge) backEdgeIds.add(edge.id);
  }
  return { layerOf, backEdgeIds };
}

function resolveSettings(options: LaneLayoutOptions = {}): Settings {
  // A negative or non-finite option would fold nodes onto each other: fall back instead.
  const pick = (value: number | undefined, fallback: number) =>
    value !== undefined && Number.isFinite(value) && value >= 0 ? value : fallback;
  const d = DEFAULT_LAYOUT_OPTIONS;
  return {
    nodeGap: pick(options.nodeGap, d.nodeGap),
    layerGap: pick(options.layerGap, d.layerGap),
    lanePadding: pick(options.lanePadding, d.lanePadding),
    laneHeaderWidth: pick(options.laneHeaderWidth, d.laneHeaderWidth),
    minLaneSize: Math.max(LANE_SIZE_FLOOR, pick(options.minLaneSize, d.minLaneSize)),
  };
}

// ─── 1–2. Cycles and layers ──────────────────────────────────────────────────────────────

function rank(graph: ProcessGraph): Ranked {
  const flow = buildFlow(graph);
  const backEdges = findBackEdges(flow);
  const dag = orient(flow, backEdges);
  const { layer, topo } = assignLayers(flow, dag);
  const layerCount = topo.reduce((max, v) => Math.max(max, (layer[v] ?? 0) + 1), 0);
  return { flow, dag, backEdges, layer, layerCount, topo };
}

/** First index per id: a duplicated id (never valid, but not ours to reject) keeps the first. */
function firstIndexById(items: readonly { id: string }[]): Map<string, number> {
  const index = new Map<string, number>();
  items.forEach((item, i) => {
    if (!index.has(item.id)) index.set(item.id, i);
  });
  return index;
}

function buildFlow(graph: ProcessGraph): Flow {
  const laneIndex = firstIndexById(graph.lanes);
  const laneOf = graph.nodes.map((node) =>
    node.laneId === null ? -1 : (laneIndex.get(node.laneId) ?? -1),
  );
  const indexOf = firstIndexById(graph.nodes);
  const out: Arc[][] = graph.nodes.map(() => []);
  graph.edges.forEach((edge, e) => {
    const s = indexOf.get(edge.source);
    const t = indexOf.get(edge.target);
    // Dangling edges and self-loops say nothing about order; annotation links are placed later.
    if (s === undefined || t === undefined || s === t) return;
    if ((laneOf[s] ?? -1) < 0 || (laneOf[t] ?? -1) < 0) return;
    out[s]?.push({ node: t, edge: e });
  });
  const members = laneOf.flatMap((lane, i) => (lane >= 0 ? [i] : []));
  return { laneOf, members, out, indexOf };
}

/**
 * Edges that close a cycle in a depth-first search. Starting from the nodes nothing flows
 * into (start events) makes the search follow the process forwards, so the edge marked is
 * the one going back (the rework loop), not a step of the main flow.
 */
function findBackEdges(flow: Flow): Set<number> {
  const hasIncoming = flow.out.map(() => false);
  for (const arcs of flow.out) for (const arc of arcs) hasIncoming[arc.node] = true;
  const roots = [...flow.members.filter((v) => !hasIncoming[v]), ...flow.members];
  const state = flow.out.map((): VisitState => 'new');
  const back = new Set<number>();
  for (const root of roots) {
    if (state[root] === 'new') walkFrom(root, flow.out, state, back);
  }
  return back;
}

/** Iterative depth-first walk: a 10,000-step chain must not exhaust the call stack. */
function walkFrom(root: number, out: Arc[][], state: VisitState[], back: Set<number>): void {
  const path: { node: number; next: number }[] = [{ node: root, next: 0 }];
  state[root] = 'open';
  for (let frame = path.at(-1); frame; frame = path.at(-1)) {
    const arc = out[frame.node]?.[frame.next];
    if (!arc) {
      state[frame.node] = 'done';
      path.pop();
      continue;
    }
    frame.next += 1;
    const seen = state[arc.node];
    if (seen === 'open') back.add(arc.edge);
    else if (seen === 'new') {
      state[arc.node] = 'open';
      path.push({ node: arc.node, next: 0 });
    }
  }
}

function orient(flow: Flow, backEdges: Set<number>): Dag {
  const succ: number[][] = flow.out.map(() => []);
  const pred: number[][] = flow.out.map(() => []);
  flow.out.forEach((arcs, s) => {
    for (const arc of arcs) {
      const [from, to] = backEdges.has(arc.edge) ? [arc.node, s] : [s, arc.node];
      succ[from]?.push(to);
      pred[to]?.push(from);
    }
  });
  return { succ, pred };
}

/** Longest path from the sources, in one topological pass (Kahn, FIFO in input order). */
function assignLayers(flow: Flow, dag: Dag): { layer: number[]; topo: number[] } {
  const layer = flow.out.map(() => 0);
  const waiting = dag.pred.map((list) => list.length);
  const topo = flow.members.filter((v) => waiting[v] === 0);
  for (let head = 0; head < topo.length; head++) {
    const v = topo[head] ?? 0;
    for (const w of dag.succ[v] ?? []) {
      layer[w] = Math.max(layer[w] ?? 0, (layer[v] ?? 0) + 1);
      const left = (waiting[w] ?? 0) - 1;
      waiting[w] = left;
      if (left === 0) topo.push(w);
    }
  }
  return { layer, topo };
}

// ─── 3. Order within cells ───────────────────────────────────────────────────────────────

function emptyCells(layerCount: number, laneCount: number): Cells {
  return Array.from({ length: layerCount }, () => Array.from({ length: laneCount }, () => []));
}

function orderCells(ranked: Ranked, laneCount: number): Cells {
  const { flow, dag, layer, layerCount } = ranked;
  const cells = emptyCells(layerCount, laneCount);
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

// ─── Annotations ─────────────────────────────────────────────────────────────────────────

/** Per node outside the lanes: the first flow node an edge links it to (edge order), or -1. */
function findHosts(graph: ProcessGraph, flow: Flow): number[] {
  const host = graph.nodes.map(() => -1);
  const isMember = (i: number | undefined): i is number =>
    i !== undefined && (flow.laneOf[i] ?? -1) >= 0;
  const isGuest = (i: number | undefined): i is number =>
    i !== undefined && (flow.laneOf[i] ?? -1) < 0 && host[i] === -1;
  for (const edge of graph.edges) {
    const s = flow.indexOf.get(edge.source);
    const t = flow.indexOf.get(edge.target);
    if (isGuest(s) && isMember(t)) host[s] = t;
    else if (isGuest(t) && isMember(s)) host[t] = s;
  }
  return host;
}

type Placed = {
  cells: Cells;
  /** Lane band per node index (the host's for an annotation); -1 for nodes left over. */
  band: number[];
  layer: number[];
};

/** Puts each hosted annotation just below its host, in the host's cell, in input order. */
function placeAnnotations(cells: Cells, host: number[], ranked: Ranked): Placed {
  const guests: number[][] = host.map(() => []);
  host.forEach((h, i) => {
    if (h >= 0) guests[h]?.push(i);
  });
  const hostOf = (i: number) => host[i] ?? -1;
  const band = ranked.flow.laneOf.map((lane, i) =>
    lane >= 0 || hostOf(i) < 0 ? lane : (ranked.flow.laneOf[hostOf(i)] ?? -1),
  );
  const layer = ranked.layer.map((l, i) => (hostOf(i) < 0 ? l : (ranked.layer[hostOf(i)] ?? l)));
  const withGuests = cells.map((row) =>
    row.map((cell) => cell.flatMap((v) => [v, ...(guests[v] ?? [])])),
  );
  return { cells: withGuests, band, layer };
}

// ─── 4. Coordinates ──────────────────────────────────────────────────────────────────────

/** `nextColumn`: where a column after the last would start. */
type Positions = { x: number[]; y: number[]; laneSize: number[]; nextColumn: number };

function assignCoordinates(
  graph: ProcessGraph,
  placed: Placed,
  ranked: Ranked,
  settings: Settings,
): Positions {
  const nodes = graph.nodes;
  const x = nodes.map((node) => node.x);
  const y = nodes.map((node) => node.y);
  const columns = measureColumns(placed.cells, nodes, settings);
  const offset = stackOffsets(placed.cells, nodes, settings.nodeGap);
  const laneSize = measureLanes(placed.cells, nodes, graph.lanes, settings);
  const inner = laneSize.map((size) => size - 2 * settings.lanePadding);
  const cellTop = centreCells(placed.cells, nodes, inner, settings.nodeGap);
  straighten({
    nodes,
    offset,
    cellTop,
    inner,
    placed,
    dag: ranked.dag,
    gap: settings.nodeGap,
  });

  const laneTop = runningSum(laneSize);
  placed.cells.forEach((row, l) =>
    row.forEach((cell, lane) => {
      const top = (laneTop[lane] ?? 0) + settings.lanePadding + (cellTop[l]?.[lane] ?? 0);
      for (const v of cell) {
        const node = nodes[v];
        if (!node) continue;
        x[v] = (columns.x[l] ?? 0) + ((columns.width[l] ?? 0) - node.width) / 2;
        y[v] = top + (offset[v] ?? 0);
      }
    }),
  );
  return { x, y, laneSize, nextColumn: columns.next };
}

/** Tops of consecutive bands that start at 0. */
function runningSum(sizes: readonly number[]): number[] {
  let top = 0;
  return sizes.map((size) => {
    const start = top;
    top += size;
    return start;
  });
}

type Columns = { x: number[]; width: number[]; next: number };

/** One column per layer, as wide as its widest node, whatever the lane. */
function measureColumns(cells: Cells, nodes: readonly ProcessNode[], settings: Settings): Columns {
  const width = cells.map((row) =>
    row.reduce((max, cell) => Math.max(max, ...cell.map((v) => nodes[v]?.width ?? 0)), 0),
  );
  const x: number[] = [];
  let left = settings.laneHeaderWidth + settings.lanePadding;
  for (const w of width) {
    x.push(left);
    left += w + settings.layerGap;
  }
  return { x, width, next: left };
}

function stackHeight(cell: readonly number[], nodes: readonly ProcessNode[], gap: number): number {
  const heights = cell.reduce((sum, v) => sum + (nodes[v]?.height ?? 0), 0);
  return heights + gap * Math.max(0, cell.length - 1);
}

/** Each node's distance from the top of its cell's stack. */
function stackOffsets(cells: Cells, nodes: readonly ProcessNode[], gap: number): number[] {
  const offset = nodes.map(() => 0);
  for (const row of cells) {
    for (const cell of row) {
      let top = 0;
      for (const v of cell) {
        offset[v] = top;
        top += (nodes[v]?.height ?? 0) + gap;
      }
    }
  }
  return offset;
}

/** Each lane as tall as its tallest cell plus padding: the band grows to fit its content. */
function measureLanes(
  cells: Cells,
  nodes: readonly ProcessNode[],
  lanes: readonly Lane[],
  settings: Settings,
): number[] {
  return lanes.map((_, lane) => {
    const content = cells.reduce(
      (max, row) => Math.max(max, stackHeight(row[lane] ?? [], nodes, settings.nodeGap)),
      0,
    );
    return Math.max(settings.minLaneSize, content + 2 * settings.lanePadding);
  });
}

/** Every cell's stack starts centred in its band, where a lone step of a lane's flow sits. */
function centreCells(
  cells: Cells,
  nodes: readonly ProcessNode[],
  inner: readonly number[],
  gap: number,
): number[][] {
  return cells.map((row) =>
    row.map((cell, lane) => ((inner[lane] ?? 0) - stackHeight(cell, nodes, gap)) / 2),
  );
}

type Straightening = {
  nodes: readonly ProcessNode[];
  offset: readonly number[];
  cellTop: number[][];
  inner: readonly number[];
  placed: Placed;
  dag: Dag;
  gap: number;
};

/**
 * Slides each cell's stack within its band towards the centres of its nodes' neighbours in
 * the same lane, alternating directions, so that a branch running along the top of a lane
 * stays there instead of zig-zagging through the middle. Cells never leave their band and
 * columns never share x, so this cannot create an overlap.
 */
function straighten(s: Straightening): void {
  const count = s.placed.cells.length;
  for (let round = 0; round < STRAIGHTEN_ROUNDS; round++) {
    for (let step = 0; step < count; step++) {
      const l = round % 2 === 0 ? step : count - 1 - step;
      s.placed.cells[l]?.forEach((cell, lane) => {
        if (cell.length === 0) return;
        const shift = meanShift(s, cell, l, lane);
        const room = (s.inner[lane] ?? 0) - stackHeight(cell, s.nodes, s.gap);
        const row = s.cellTop[l];
        if (shift === null || !row) return;
        row[lane] = clamp((row[lane] ?? 0) + shift, 0, Math.max(0, room));
      });
    }
  }
}

/** The mean distance from each node to its same-lane neighbours' centre, or null if none. */
function meanShift(
  s: Straightening,
  cell: readonly number[],
  l: number,
  lane: number,
): number | null {
  let sum = 0;
  let count = 0;
  for (const v of cell) {
    const around = [...(s.dag.succ[v] ?? []), ...(s.dag.pred[v] ?? [])].filter(
      (u) => s.placed.band[u] === lane && s.placed.layer[u] !== l,
    );
    if (around.length === 0) continue;
    const target = around.reduce((total, u) => total + centreOf(s, u), 0) / around.length;
    sum += target - centreOf(s, v);
    count += 1;
  }
  return count === 0 ? null : sum / count;
}

/** A node's centre measured from the inner top of its band. */
function centreOf(s: Straightening, v: number): number {
  const top = s.cellTop[s.placed.layer[v] ?? 0]?.[s.placed.band[v] ?? 0] ?? 0;
  return top + (s.offset[v] ?? 0) + (s.nodes[v]?.height ?? 0) / 2;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Annotations linked to no step: stacked in a column after the last one, from the top. */
function placeLeftovers(
  nodes: readonly ProcessNode[],
  band: readonly number[],
  positions: Positions,
  settings: Settings,
): void {
  let top = settings.lanePadding;
  nodes.forEach((node, i) => {
    if (band[i] !== -1) return;
    positions.x[i] = positions.nextColumn;
    positions.y[i] = top;
    top += node.height + settings.nodeGap;
  });
}
