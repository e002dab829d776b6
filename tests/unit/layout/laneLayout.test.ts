import { describe, expect, it } from 'vitest';
import { findOverlaps, laneBands } from '../../../shared/layout/geometry';
import {
  DEFAULT_LAYOUT_OPTIONS,
  layoutProcess,
  processLayers,
  type LaneLayoutOptions,
} from '../../../shared/layout/laneLayout';
import type { ProcessGraph, ProcessNode } from '../../../shared/process';
import { edge, generateProcess, lane, node, sixStepProcess } from './fixtures';
import { expectRoutedCleanly } from './routeChecks';

const EPSILON = 1e-6;

function byId(graph: ProcessGraph): Map<string, ProcessNode> {
  return new Map(graph.nodes.map((n) => [n.id, n]));
}

function get(nodes: Map<string, ProcessNode>, id: string): ProcessNode {
  const found = nodes.get(id);
  if (!found) throw new Error(`no node ${id}`);
  return found;
}

const centreX = (n: ProcessNode) => n.x + n.width / 2;

/** Everything the layout promises, whatever the graph. */
function expectInvariants(
  input: ProcessGraph,
  output: ProcessGraph,
  options: LaneLayoutOptions = {},
): void {
  const settings = { ...DEFAULT_LAYOUT_OPTIONS, ...options };
  expectSameDocument(input, output);
  expectNodesInTheirLanes(output, settings.lanePadding, settings.minLaneSize);
  for (const n of output.nodes) expect(n.x).toBeGreaterThanOrEqual(settings.laneHeaderWidth);
  const minGap = Math.min(settings.nodeGap, settings.layerGap, 2 * settings.lanePadding);
  expect(findOverlaps(output.nodes, minGap - EPSILON)).toEqual([]);
  expectLeftToRight(input, output, settings.layerGap);
  expectColumnsAligned(input, output);
  expectRoutedCleanly(output);
}

/** Only positions, lane sizes and routes change: ids, order, lanes, sizes, details stay. */
function expectSameDocument(input: ProcessGraph, output: ProcessGraph): void {
  const unplaced = (g: ProcessGraph) => g.nodes.map(({ x: _x, y: _y, ...rest }) => rest);
  expect(unplaced(output)).toEqual(unplaced(input));
  expect(output.lanes.map(({ size: _size, ...rest }) => rest)).toEqual(
    input.lanes.map(({ size: _size, ...rest }) => rest),
  );
  // Edges change only by their route: sides, waypoints and label spot (routeChecks.ts).
  const unrouted = (g: ProcessGraph) =>
    g.edges.map(({ sourceSide: _s, targetSide: _t, waypoints: _w, labelAt: _l, ...rest }) => rest);
  expect(unrouted(output)).toEqual(unrouted(input));
  for (const n of output.nodes) {
    expect(Number.isFinite(n.x) && Number.isFinite(n.y)).toBe(true);
  }
}

function expectNodesInTheirLanes(output: ProcessGraph, padding: number, minSize: number): void {
  // A duplicated lane id (invalid, but survivable) belongs to its first lane, as in the layout.
  const bands = new Map(
    laneBands(output.lanes)
      .reverse()
      .map((band) => [band.laneId, band]),
  );
  for (const lane of output.lanes) {
    expect(lane.size).toBeGreaterThanOrEqual(minSize);
  }
  for (const n of output.nodes) {
    const band = n.laneId === null ? undefined : bands.get(n.laneId);
    if (!band) continue;
    expect(n.y, n.id).toBeGreaterThanOrEqual(band.top + padding - EPSILON);
    expect(n.y + n.height, n.id).toBeLessThanOrEqual(band.bottom - padding + EPSILON);
  }
}

/** Every edge between steps that is not a loop back starts left of where it ends. */
function expectLeftToRight(input: ProcessGraph, output: ProcessGraph, layerGap: number): void {
  const { backEdgeIds, layerOf } = processLayers(input);
  const nodes = byId(output);
  for (const e of input.edges) {
    if (backEdgeIds.has(e.id) || !layerOf.has(e.source) || !layerOf.has(e.target)) continue;
    if (e.source === e.target) continue;
    const source = get(nodes, e.source);
    const target = get(nodes, e.target);
    expect(target.x, e.id).toBeGreaterThanOrEqual(source.x + source.width + layerGap - EPSILON);
  }
}

/** Steps of one layer share a centre line across lanes; a later layer is wholly further right. */
function expectColumnsAligned(input: ProcessGraph, output: ProcessGraph): void {
  const { layerOf } = processLayers(input);
  const nodes = byId(output);
  const columns = new Map<number, ProcessNode[]>();
  for (const [id, layer] of layerOf)
    columns.set(layer, [...(columns.get(layer) ?? []), get(nodes, id)]);
  const spans = [...columns.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, members]) => {
      const centre = centreX(members[0] ?? node('none', null));
      for (const m of members) expect(centreX(m)).toBeCloseTo(centre, 6);
      return {
        left: Math.min(...members.map((m) => m.x)),
        right: Math.max(...members.map((m) => m.x + m.width)),
      };
    });
  spans.forEach((span, i) => {
    const next = spans[i + 1];
    if (next) expect(next.left).toBeGreaterThan(span.right);
  });
}

describe('layoutProcess: a six-step, three-lane process', () => {
  const input = sixStepProcess();
  const output = layoutProcess(input);
  const nodes = byId(output);

  it('keeps every invariant', () => {
    expectInvariants(input, output);
  });

  it('reads left to right: one column per step of time, branches side by side', () => {
    const { layerOf, backEdgeIds } = processLayers(input);
    expect(Object.fromEntries(layerOf)).toEqual({
      start: 0,
      apply: 1,
      decide: 2,
      file: 3,
      notify: 3,
      end: 4,
    });
    expect(backEdgeIds.size).toBe(0);
    for (const e of input.edges) {
      const source = get(nodes, e.source);
      expect(get(nodes, e.target).x, e.id).toBeGreaterThan(source.x + source.width);
    }
    expect(centreX(get(nodes, 'file'))).toBe(centreX(get(nodes, 'notify')));
  });

  it('keeps the lanes in order and sizes each to its content', () => {
    expect(output.lanes.map((l) => l.id)).toEqual(['employee', 'manager', 'hr']);
    // One node per cell everywhere: every band is at its minimum height.
    for (const l of output.lanes) expect(l.size).toBe(DEFAULT_LAYOUT_OPTIONS.minLaneSize);
  });

  it('leaves the lane-title margin free', () => {
    const { laneHeaderWidth, lanePadding } = DEFAULT_LAYOUT_OPTIONS;
    expect(get(nodes, 'start').x).toBe(laneHeaderWidth + lanePadding);
  });

  it('is deterministic, idempotent and leaves its input alone', () => {
    const before = structuredClone(input);
    const again = layoutProcess(input);
    expect(again).toEqual(output);
    expect(input).toEqual(before);
    expect(layoutProcess(output)).toEqual(output);
  });
});

describe('layoutProcess: shapes of graph', () => {
  it('survives a rework loop back from a decision', () => {
    const input: ProcessGraph = {
      lanes: [lane('clerk'), lane('lead')],
      nodes: [
        node('start', 'clerk', 'start'),
        node('draft', 'clerk'),
        node('review', 'lead'),
        node('ok', 'lead', 'decision'),
        node('end', 'clerk', 'end'),
      ],
      edges: [
        edge('start', 'draft'),
        edge('draft', 'review'),
        edge('review', 'ok'),
        edge('ok', 'draft', '否'),
        edge('ok', 'end', '是'),
      ],
    };
    const output = layoutProcess(input);
    expectInvariants(input, output);
    expect([...processLayers(input).backEdgeIds]).toEqual(['ok->draft']);
    const nodes = byId(output);
    expect(get(nodes, 'draft').x).toBeLessThan(get(nodes, 'ok').x);
  });

  it('lays out an empty graph, and a graph of empty lanes at their minimum height', () => {
    const empty: ProcessGraph = { lanes: [], nodes: [], edges: [] };
    expect(layoutProcess(empty)).toEqual(empty);
    const lanesOnly: ProcessGraph = {
      lanes: [lane('a', 500), lane('b', 10)],
      nodes: [],
      edges: [],
    };
    expect(layoutProcess(lanesOnly).lanes.map((l) => l.size)).toEqual([120, 120]);
  });

  it('keeps a lane with no nodes at the minimum height, and the lanes below it in place', () => {
    const input: ProcessGraph = {
      lanes: [lane('top'), lane('idle', 400), lane('bottom')],
      nodes: [node('a', 'top', 'start'), node('b', 'bottom')],
      edges: [edge('a', 'b')],
    };
    const output = layoutProcess(input, { minLaneSize: 90 });
    expectInvariants(input, output, { minLaneSize: 90 });
    const sizes = output.lanes.map((l) => l.size);
    expect(sizes[1]).toBe(90);
    const b = get(byId(output), 'b');
    expect(b.y).toBeGreaterThanOrEqual((sizes[0] ?? 0) + 90);
  });

  it('stacks parallel steps of one lane and grows the band to fit them', () => {
    const input: ProcessGraph = {
      lanes: [lane('only')],
      nodes: [
        node('split', 'only', 'decision'),
        node('a', 'only'),
        node('b', 'only'),
        node('c', 'only'),
        node('join', 'only'),
      ],
      edges: ['a', 'b', 'c'].flatMap((id) => [edge('split', id), edge(id, 'join')]),
    };
    const output = layoutProcess(input);
    expectInvariants(input, output);
    const { nodeGap, lanePadding } = DEFAULT_LAYOUT_OPTIONS;
    expect(output.lanes[0]?.size).toBe(3 * 60 + 2 * nodeGap + 2 * lanePadding);
    const nodes = byId(output);
    const ys = ['a', 'b', 'c'].map((id) => get(nodes, id).y);
    expect(new Set(ys).size).toBe(3);
    // The split and the join sit on the middle branch's centre line.
    const middle = get(nodes, 'b');
    const centreY = (n: ProcessNode) => n.y + n.height / 2;
    expect(centreY(get(nodes, 'split'))).toBeCloseTo(centreY(middle), 6);
    expect(centreY(get(nodes, 'join'))).toBeCloseTo(centreY(middle), 6);
  });

  it('puts an annotation below the step it describes, and an unlinked one at the end', () => {
    const input = sixStepProcess();
    input.nodes.push(node('why', null, 'annotation'), node('loose', null, 'annotation'));
    input.edges.push(edge('why', 'decide'));
    const output = layoutProcess(input);
    expectInvariants(input, output);
    const nodes = byId(output);
    const decide = get(nodes, 'decide');
    const why = get(nodes, 'why');
    expect(centreX(why)).toBe(centreX(decide));
    expect(why.y).toBe(decide.y + decide.height + DEFAULT_LAYOUT_OPTIONS.nodeGap);
    const loose = get(nodes, 'loose');
    const rightmost = Math.max(
      ...output.nodes.filter((n) => n.id !== 'loose').map((n) => n.x + n.width),
    );
    expect(loose.x).toBeGreaterThan(rightmost);
  });

  it('ignores dangling edges, self-loops, duplicates and unknown lanes', () => {
    const input: ProcessGraph = {
      lanes: [lane('a'), lane('a'), lane('b')],
      nodes: [node('x', 'a'), node('y', 'b'), node('ghost', 'nowhere'), node('z', 'b')],
      edges: [
        edge('x', 'y'),
        edge('x', 'y'),
        edge('y', 'y'),
        edge('y', 'missing'),
        edge('ghost', 'z'),
        edge('y', 'z'),
      ],
    };
    const output = layoutProcess(input);
    expectInvariants(input, output);
    const nodes = byId(output);
    // The node of an unknown lane is treated like an annotation of the step it links to.
    expect(centreX(get(nodes, 'ghost'))).toBe(centreX(get(nodes, 'z')));
  });

  it('honours its options and falls back on unusable ones', () => {
    const input = sixStepProcess();
    const options = { nodeGap: 10, layerGap: 100, lanePadding: 8, laneHeaderWidth: 200 };
    const output = layoutProcess(input, options);
    expectInvariants(input, output, options);
    expect(get(byId(output), 'start').x).toBe(208);
    const broken = { nodeGap: -5, layerGap: Number.NaN, laneHeaderWidth: Infinity };
    expect(layoutProcess(input, broken)).toEqual(layoutProcess(input));
  });
});

describe('layoutProcess: a generated 500-node, 650-edge, 5-lane map', () => {
  const input = generateProcess({ nodes: 500, edges: 650, lanes: 5 });
  const output = layoutProcess(input);

  it('is the map the bench measures', () => {
    expect(input.nodes).toHaveLength(500);
    expect(input.edges).toHaveLength(650);
    expect(input.lanes).toHaveLength(5);
  });

  it('keeps every invariant', () => {
    expectInvariants(input, output);
  });

  it('turns few edges around: only loops back are drawn right to left', () => {
    const { backEdgeIds } = processLayers(input);
    expect(backEdgeIds.size).toBeGreaterThan(0);
    expect(backEdgeIds.size).toBeLessThan(input.edges.length / 10);
  });

  it('is deterministic', () => {
    expect(layoutProcess(structuredClone(input))).toEqual(output);
  });
});
