import type { ProcessGraph } from '../../process';
import { diagramFrame, phaseAtPoint } from '../frame';

/*
 * Steps 1–2 of the layered layout: which edges run backwards (rework loops), and the layer
 * (column of time) of every step.
 *
 *  - Bands: each step's lane is its band across the flow. A map without lanes is one band
 *    holding every step but the annotations, so it is laid out in layers like any other.
 *  - Phases: a step's phase is its phaseId, else the phase band its centre lies in, else the
 *    latest phase among what flows into it. Edges into an earlier phase count as loops back,
 *    so every phase's layers come wholly after the previous phase's.
 *  - Cycles: a depth-first search from the start nodes marks the remaining back edges.
 *  - Layers: longest path from the sources, phase by phase, so every forward edge spans at
 *    least one layer and each phase begins after the last layer of the one before.
 */

export type Arc = { node: number; edge: number };

/** The part of the graph that is layered: nodes in a band and the edges among them. */
export type Flow = {
  /** Band index per node of graph.nodes; -1 outside every band (annotations, unknown lanes). */
  laneOf: number[];
  /** How many bands: the lanes, or 1 for a map without lanes. */
  bandCount: number;
  /** Nodes in a band, in input order. */
  members: number[];
  /** Outgoing arcs per node in edge order; self-loops and edges to non-members left out. */
  out: Arc[][];
  indexOf: Map<string, number>;
};

/** The flow with back edges reversed: acyclic, so it can be layered. */
export type Dag = { succ: number[][]; pred: number[][] };

export type Ranked = {
  flow: Flow;
  dag: Dag;
  backEdges: Set<number>;
  /** Layer per node index (0 for non-members until they are placed). */
  layer: number[];
  layerCount: number;
  /** Phase index per node (-1 for non-members and maps without phases). */
  phase: number[];
  /** Per phase, its first layer and one past its last (equal when it holds no step). */
  phaseLayers: { first: number; end: number }[];
  /** Members in topological order. */
  topo: number[];
};

type VisitState = 'new' | 'open' | 'done';

export function rank(graph: ProcessGraph): Ranked {
  const flow = buildFlow(graph);
  const backEdges = findBackEdges(flow);
  const firstDag = orient(flow, backEdges);
  const phase = assignPhases(graph, flow, firstDag);
  flow.out.forEach((arcs, s) => {
    for (const arc of arcs) if ((phase[s] ?? 0) > (phase[arc.node] ?? 0)) backEdges.add(arc.edge);
  });
  const dag = orient(flow, backEdges);
  const topo = topologicalOrder(flow, dag, phase);
  const { layer, phaseLayers } = assignLayers(dag, topo, phase, graph.phases?.length ?? 0);
  const layerCount = topo.reduce((max, v) => Math.max(max, (layer[v] ?? 0) + 1), 0);
  return { flow, dag, backEdges, layer, layerCount, phase, phaseLayers, topo };
}

/** First index per id: a duplicated id (never valid, but not ours to reject) keeps the first. */
export function firstIndexById(items: readonly { id: string }[]): Map<string, number> {
  const index = new Map<string, number>();
  items.forEach((item, i) => {
    if (!index.has(item.id)) index.set(item.id, i);
  });
  return index;
}

function buildFlow(graph: ProcessGraph): Flow {
  const laneIndex = firstIndexById(graph.lanes);
  const lanes = graph.lanes.length > 0;
  const laneOf = graph.nodes.map((node) => {
    if (!lanes) return node.kind === 'annotation' ? -1 : 0;
    return node.laneId === null ? -1 : (laneIndex.get(node.laneId) ?? -1);
  });
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
  return { laneOf, bandCount: Math.max(1, graph.lanes.length), members, out, indexOf };
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

/** Kahn's order (FIFO, input order among equals) of an acyclic graph. */
function kahn(members: readonly number[], dag: Dag, rankOf?: (v: number) => number): number[] {
  const waiting = dag.pred.map((list) => list.length);
  const ready = members.filter((v) => waiting[v] === 0);
  const order: number[] = [];
  while (ready.length > 0) {
    // Without a rank, FIFO; with one, the lowest rank first (phases in order).
    let pick = 0;
    if (rankOf) {
      ready.forEach((v, i) => {
        if (rankOf(v) < rankOf(ready[pick] ?? v)) pick = i;
      });
    }
    const [v] = ready.splice(pick, 1);
    if (v === undefined) break;
    order.push(v);
    for (const w of dag.succ[v] ?? []) {
      const left = (waiting[w] ?? 0) - 1;
      waiting[w] = left;
      if (left === 0) ready.push(w);
    }
  }
  return order;
}

function assignPhases(graph: ProcessGraph, flow: Flow, dag: Dag): number[] {
  const phases = graph.phases ?? [];
  const phase = graph.nodes.map(() => -1);
  if (phases.length === 0) return phase;
  const byId = firstIndexById(phases);
  const frame = diagramFrame(graph);
  const phaseIndex = new Map(frame.phases.map((p, i) => [p.phaseId, i]));
  graph.nodes.forEach((node, i) => {
    const own = node.phaseId ? byId.get(node.phaseId) : undefined;
    const centre = { x: node.x + node.width / 2, y: node.y + node.height / 2 };
    const under = phaseAtPoint(frame, centre);
    phase[i] = own ?? (under ? (phaseIndex.get(under.phaseId) ?? -1) : -1);
  });
  for (const v of kahn(flow.members, dag)) {
    if ((phase[v] ?? -1) >= 0) continue;
    phase[v] = (dag.pred[v] ?? []).reduce((max, u) => Math.max(max, phase[u] ?? 0), 0);
  }
  return phase;
}

/** Phase-major topological order: every phase's steps before the next phase's. */
function topologicalOrder(flow: Flow, dag: Dag, phase: readonly number[]): number[] {
  const phased = phase.some((p) => p >= 0);
  return kahn(flow.members, dag, phased ? (v) => phase[v] ?? 0 : undefined);
}

/** Longest path from the sources, with each phase starting after the previous one's layers. */
function assignLayers(
  dag: Dag,
  topo: readonly number[],
  phase: readonly number[],
  phaseCount: number,
): { layer: number[]; phaseLayers: { first: number; end: number }[] } {
  const layer = dag.succ.map(() => 0);
  const phaseLayers = Array.from({ length: phaseCount }, () => ({ first: 0, end: 0 }));
  let current = -1;
  let end = 0;
  const enter = (p: number) => {
    for (let q = current + 1; q <= p && q < phaseCount; q++) {
      const span = phaseLayers[q];
      if (span) span.first = span.end = end;
    }
    current = Math.max(current, p);
  };
  for (const v of topo) {
    const p = phase[v] ?? -1;
    if (p > current) enter(p);
    const floor = p >= 0 ? (phaseLayers[p]?.first ?? 0) : 0;
    const after = (dag.pred[v] ?? []).reduce((max, u) => Math.max(max, (layer[u] ?? 0) + 1), 0);
    layer[v] = Math.max(floor, after);
    end = Math.max(end, (layer[v] ?? 0) + 1);
    const span = p >= 0 ? phaseLayers[p] : undefined;
    if (span) span.end = Math.max(span.end, (layer[v] ?? 0) + 1);
  }
  enter(phaseCount - 1);
  return { layer, phaseLayers };
}
