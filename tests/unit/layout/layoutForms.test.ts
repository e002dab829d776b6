import { describe, expect, it } from 'vitest';
import { diagramFrame, LANE_HEADER_HEIGHT } from '../../../shared/layout/frame';
import { boundsOf, findOverlaps } from '../../../shared/layout/geometry';
import { layoutProcess, processLayers } from '../../../shared/layout/laneLayout';
import type { Orientation, ProcessGraph, ProcessNode } from '../../../shared/process';
import { edge, generateProcess, node, sixStepProcess } from './fixtures';
import { expectRoutedCleanly } from './routeChecks';

/*
 * The layout in its other forms: vertical lanes, no lanes at all, and phases — each checked
 * against the frame every drawer uses, and for running the same twice.
 */

const EPSILON = 1e-6;
const GAP = 24;

function withPhases(graph: ProcessGraph, count: number): ProcessGraph {
  const phases = Array.from({ length: count }, (_, i) => ({
    id: `phase-${i}`,
    name: `Phase ${i}`,
    size: 300,
  }));
  const steps = graph.nodes.length;
  const nodes = graph.nodes.map((n, i) =>
    // Every fifth step has no phase: it goes by its layer.
    n.kind === 'annotation' || i % 5 === 4
      ? n
      : { ...n, phaseId: `phase-${Math.floor((i * count) / steps)}` },
  );
  return { ...graph, phases, nodes };
}

function along(orientation: Orientation, n: { x: number; y: number }): number {
  return orientation === 'horizontal' ? n.x : n.y;
}

function extentAlong(orientation: Orientation, n: ProcessNode): number {
  return orientation === 'horizontal' ? n.width : n.height;
}

/** Inside its lane's rect and its phase's, clear of every other step, routed, re-runnable. */
function expectLaidOut(input: ProcessGraph, output: ProcessGraph): void {
  const orientation = output.orientation ?? 'horizontal';
  const frame = diagramFrame(output);
  expect(findOverlaps(output.nodes, GAP - EPSILON)).toEqual([]);
  const lanes = new Map(frame.lanes.map((l) => [l.laneId, l.rect]));
  const phases = new Map(frame.phases.map((p) => [p.phaseId, p.rect]));
  for (const n of output.nodes) {
    expect(along(orientation, n), n.id).toBeGreaterThanOrEqual(frame.flowStart);
    const lane = n.laneId === null ? undefined : lanes.get(n.laneId);
    for (const rect of [lane, n.phaseId ? phases.get(n.phaseId) : undefined]) {
      if (!rect) continue;
      expect(n.x, n.id).toBeGreaterThanOrEqual(rect.x);
      expect(n.y, n.id).toBeGreaterThanOrEqual(rect.y);
      expect(n.x + n.width, n.id).toBeLessThanOrEqual(rect.x + rect.width);
      expect(n.y + n.height, n.id).toBeLessThanOrEqual(rect.y + rect.height);
    }
  }
  const { backEdgeIds, layerOf } = processLayers(input);
  const byId = new Map(output.nodes.map((n) => [n.id, n]));
  for (const e of input.edges) {
    const s = byId.get(e.source);
    const t = byId.get(e.target);
    if (!s || !t || backEdgeIds.has(e.id) || !layerOf.has(e.source) || !layerOf.has(e.target)) {
      continue;
    }
    if (e.source === e.target) continue;
    expect(along(orientation, t), e.id).toBeGreaterThan(
      along(orientation, s) + extentAlong(orientation, s),
    );
  }
  expectRoutedCleanly(output);
  // Connectors stay inside the chart: within the lanes, clear of their titles.
  const chart = boundsOf(frame.lanes.map((l) => l.rect));
  for (const e of chart ? output.edges : []) {
    for (const p of e.waypoints ?? []) {
      expect(p.x >= (chart?.left ?? 0) && p.x <= (chart?.right ?? 0), e.id).toBe(true);
      expect(p.y >= (chart?.top ?? 0) && p.y <= (chart?.bottom ?? 0), e.id).toBe(true);
    }
  }
  expect(layoutProcess(structuredClone(input))).toEqual(output);
  expect(layoutProcess(output)).toEqual(output);
}

describe('layoutProcess: vertical lanes', () => {
  it('flows top to bottom in lane columns below the titles', () => {
    const input: ProcessGraph = { ...sixStepProcess(), orientation: 'vertical' };
    const output = layoutProcess(input);
    expectLaidOut(input, output);
    const start = output.nodes.find((n) => n.id === 'start');
    expect(start?.y).toBe(LANE_HEADER_HEIGHT + 24);
    const leaving = output.edges.find((e) => e.id === 'start->apply');
    expect(leaving?.sourceSide).toBe('bottom');
    expect(leaving?.targetSide).toBe('top');
  });

  it.each([1, 2, 3])('lays out generated map %i', (seed) => {
    const generated = generateProcess({ nodes: 60, edges: 80, lanes: 4 }, seed);
    const input: ProcessGraph = { ...generated, orientation: 'vertical' };
    expectLaidOut(input, layoutProcess(input));
  });
});

describe('layoutProcess: maps without lanes', () => {
  it('lays an imported map out in layers, not one tall column', () => {
    const input: ProcessGraph = {
      lanes: [],
      nodes: [
        node('start', null, 'start'),
        node('a', null),
        node('gate', null, 'decision'),
        node('b', null),
        node('c', null),
        node('end', null, 'end'),
        node('note', null, 'annotation'),
      ],
      edges: [
        edge('start', 'a'),
        edge('a', 'gate'),
        edge('gate', 'b', 'yes'),
        edge('gate', 'c', 'no'),
        edge('b', 'end'),
        edge('c', 'end'),
        edge('c', 'a', 'again'),
        edge('note', 'gate'),
      ],
    };
    const output = layoutProcess(input);
    expectLaidOut(input, output);
    const x = (id: string) => output.nodes.find((n) => n.id === id)?.x ?? 0;
    expect(x('start')).toBeLessThan(x('a'));
    expect(x('a')).toBeLessThan(x('gate'));
    expect(x('b')).toBe(x('c'));
    expect(x('gate')).toBeLessThan(x('b'));
    expect(x('b')).toBeLessThan(x('end'));
  });

  it.each<Orientation>(['horizontal', 'vertical'])('lays out a generated map, %s', (o) => {
    const generated = generateProcess({ nodes: 50, edges: 66, lanes: 1 }, 7);
    const input: ProcessGraph = {
      orientation: o,
      lanes: [],
      nodes: generated.nodes.map((n) => ({ ...n, laneId: null })),
      edges: generated.edges,
    };
    expectLaidOut(input, layoutProcess(input));
  });
});

describe('layoutProcess: phases', () => {
  it.each<Orientation>(['horizontal', 'vertical'])(
    'keeps every step in its phase band, %s',
    (o) => {
      const input = { ...withPhases(generateProcess({ nodes: 60, edges: 80, lanes: 3 }, 5), 3) };
      input.orientation = o;
      const output = layoutProcess(input);
      expectLaidOut(input, output);
      expect(output.phases?.map((p) => p.id)).toEqual(['phase-0', 'phase-1', 'phase-2']);
    },
  );

  it('grows a phase to fit its steps, and keeps an empty one', () => {
    const base = sixStepProcess();
    const input: ProcessGraph = {
      ...base,
      phases: [
        { id: 'ask', name: '申请', size: 50 },
        { id: 'idle', name: '空', size: 900 },
        { id: 'do', name: '执行', size: 50 },
      ],
      nodes: base.nodes.map((n) => ({
        ...n,
        phaseId: ['start', 'apply', 'decide'].includes(n.id) ? 'ask' : 'do',
      })),
    };
    const output = layoutProcess(input);
    expectLaidOut(input, output);
    const sizes = output.phases?.map((p) => p.size) ?? [];
    expect(sizes[0]).toBeGreaterThan(3 * 100);
    expect(sizes[1]).toBeLessThan(900);
    expect(sizes[1]).toBeGreaterThan(0);
  });

  it('takes a step back into an earlier phase as a loop, not a forward edge', () => {
    const input: ProcessGraph = {
      ...sixStepProcess(),
      phases: [
        { id: 'one', name: '1', size: 300 },
        { id: 'two', name: '2', size: 300 },
      ],
    };
    input.nodes = input.nodes.map((n) => ({ ...n, phaseId: n.id === 'apply' ? 'two' : 'one' }));
    const output = layoutProcess(input);
    expectLaidOut(input, output);
    expect(processLayers(input).backEdgeIds.has('apply->decide')).toBe(true);
  });
});
