import { describe, expect, it } from 'vitest';
import { layoutProcess } from '../../../shared/layout/laneLayout';
import {
  labelBox,
  rerouteAround,
  routeEdge,
  routeEdges,
  segmentCrossings,
} from '../../../shared/layout/router';
import { diagramFrame } from '../../../shared/layout/frame';
import { boundsOf, boxesOverlap } from '../../../shared/layout/geometry';
import type { ProcessGraph } from '../../../shared/process';
import { seededRandom } from '../../bench/prng';
import { edge, generateProcess, lane, node } from './fixtures';
import { expectRoutedCleanly, routeOf } from './routeChecks';

/** The generated map's nodes scattered on a loose grid: positions no layout would choose. */
function scattered(seed: number, count: number): ProcessGraph {
  const random = seededRandom(seed);
  const graph = generateProcess({ nodes: count, edges: Math.round(count * 1.3), lanes: 3 }, seed);
  const cells = new Set<number>();
  const nodes = graph.nodes.map((n) => {
    let cell = random.int(0, 99);
    while (cells.has(cell)) cell = (cell + 1) % 100;
    cells.add(cell);
    return {
      ...n,
      laneId: null,
      x: 200 * (cell % 10) + random.int(0, 30),
      y: 140 * Math.floor(cell / 10) + random.int(0, 30),
    };
  });
  return { lanes: [], nodes, edges: graph.edges };
}

describe('routeEdges', () => {
  it('routes a straight pair with a midpoint, out of the right side into the left', () => {
    const a = { ...node('a', null), x: 0, y: 0 };
    const b = { ...node('b', null), x: 300, y: 0 };
    const routed = routeEdges({ lanes: [], nodes: [a, b], edges: [edge('a', 'b', '是')] });
    const only = routed.edges[0];
    expect(only?.sourceSide).toBe('right');
    expect(only?.targetSide).toBe('left');
    expect(routeOf(routed, 'a->b')).toEqual([
      { x: 140, y: 30 },
      { x: 220, y: 30 },
      { x: 300, y: 30 },
    ]);
    expectRoutedCleanly(routed);
  });

  it('goes round a shape in the way', () => {
    const a = { ...node('a', null), x: 0, y: 0 };
    const wall = { ...node('wall', null), x: 200, y: -40, height: 140 };
    const b = { ...node('b', null), x: 420, y: 0 };
    const routed = routeEdges({ lanes: [], nodes: [a, wall, b], edges: [edge('a', 'b')] });
    expectRoutedCleanly(routed);
    expect(routeOf(routed, 'a->b').length).toBeGreaterThan(3);
  });

  it('keeps the sides the user chose', () => {
    const a = { ...node('a', null), x: 0, y: 0 };
    const b = { ...node('b', null), x: 300, y: 0 };
    const graph: ProcessGraph = {
      lanes: [],
      nodes: [a, b],
      edges: [{ ...edge('a', 'b'), sourceSide: 'top', targetSide: 'bottom' }],
    };
    const routed = routeEdges(graph);
    expect(routed.edges[0]?.sourceSide).toBe('top');
    expect(routed.edges[0]?.targetSide).toBe('bottom');
    expectRoutedCleanly(routed);
  });

  it('sends a decision’s two exits out of different sides, and their labels apart', () => {
    const graph: ProcessGraph = {
      lanes: [lane('a', 120), lane('b', 120)],
      nodes: [
        { ...node('d', 'a', 'decision'), x: 150, y: 25 },
        { ...node('yes', 'a'), x: 320, y: 30 },
        { ...node('no', 'b'), x: 320, y: 150 },
      ],
      edges: [edge('d', 'yes', '是'), edge('d', 'no', '否')],
    };
    const routed = routeEdges(graph);
    expectRoutedCleanly(routed);
    expect(routed.edges.map((e) => e.sourceSide)).toEqual(['right', 'bottom']);
    const [yes, no] = routed.edges.map((e) => labelBox(e.label, e.labelAt ?? { x: 0, y: 0 }));
    expect(yes && no && boxesOverlap(yes, no)).toBe(false);
    for (const box of [yes, no]) {
      for (const n of routed.nodes) {
        expect(
          box &&
            boxesOverlap(box, {
              left: n.x,
              top: n.y,
              right: n.x + n.width,
              bottom: n.y + n.height,
            }),
        ).toBe(false);
      }
    }
  });

  it.each([1, 2, 3, 4, 5])('routes scattered map %i around every shape', (seed) => {
    const routed = routeEdges(scattered(seed, 40));
    expectRoutedCleanly(routed);
  });

  it('is deterministic, and routing only the unrouted keeps the rest', () => {
    const graph = scattered(9, 30);
    const once = routeEdges(graph);
    expect(routeEdges(structuredClone(graph))).toEqual(once);
    expect(routeEdges(once, { onlyUnrouted: true })).toEqual(once);
  });
});

describe('routeEdge and rerouteAround', () => {
  it('routes one added connector and leaves the others alone', () => {
    const graph = routeEdges(scattered(11, 30));
    const added = edge('n3', 'n25');
    const next = routeEdge({ ...graph, edges: [...graph.edges, added] }, added.id);
    expect(next.edges.slice(0, -1)).toEqual(graph.edges);
    expectRoutedCleanly(next);
  });

  it('reroutes around a shape moved onto connectors', () => {
    const graph = routeEdges(scattered(12, 30));
    const moved = graph.nodes.map((n) => (n.id === 'n5' ? { ...n, x: n.x + 95, y: n.y + 70 } : n));
    const next = rerouteAround({ ...graph, nodes: moved }, ['n5']);
    expectRoutedCleanly(next);
  });
});

describe('segmentCrossings', () => {
  it('finds where two connectors cross, and not where they meet', () => {
    const graph: ProcessGraph = {
      lanes: [],
      nodes: [
        { ...node('a', null), x: 0, y: 100 },
        { ...node('b', null), x: 400, y: 100 },
        { ...node('c', null), x: 200, y: 0 },
        { ...node('d', null), x: 200, y: 260 },
      ],
      edges: [edge('a', 'b'), edge('c', 'd')],
    };
    const crossings = segmentCrossings(routeEdges(graph));
    expect(crossings).toEqual([
      { x: 270, y: 130, horizontalEdgeId: 'a->b', verticalEdgeId: 'c->d' },
    ]);
  });

  it('finds every crossing on a laid-out map exactly once', () => {
    const laid = routeEdges(layoutProcess(generateProcess({ nodes: 60, edges: 80, lanes: 4 })));
    const crossings = segmentCrossings(laid);
    const keys = crossings.map((c) => `${c.x},${c.y},${c.horizontalEdgeId},${c.verticalEdgeId}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('connector labels', () => {
  it.each<'horizontal' | 'vertical'>(['horizontal', 'vertical'])(
    'sit clear of every step and of each other on a laid-out map, %s',
    (orientation) => {
      const generated = generateProcess({ nodes: 80, edges: 104, lanes: 4 }, 21);
      const kinds = new Map(generated.nodes.map((n) => [n.id, n.kind]));
      const seen = new Map<string, number>();
      const edges = generated.edges.map((e) => {
        if (kinds.get(e.source) !== 'decision') return e;
        const count = seen.get(e.source) ?? 0;
        seen.set(e.source, count + 1);
        return { ...e, label: ['是', '否', '需补充资料'][count % 3] ?? '' };
      });
      const laid = layoutProcess({ ...generated, orientation, edges });
      const labels = laid.edges.flatMap((e) =>
        e.label && e.labelAt ? [{ id: e.id, box: labelBox(e.label, e.labelAt) }] : [],
      );
      expect(labels.length).toBeGreaterThan(10);
      // Inside the chart, where no picture cuts them off.
      const chart = boundsOf(diagramFrame(laid).lanes.map((l) => l.rect));
      if (!chart) throw new Error('the map has lanes');
      for (const { id, box } of labels) {
        expect(box.left, id).toBeGreaterThanOrEqual(chart.left);
        expect(box.top, id).toBeGreaterThanOrEqual(chart.top);
        expect(box.right, id).toBeLessThanOrEqual(chart.right);
        expect(box.bottom, id).toBeLessThanOrEqual(chart.bottom);
      }
      labels.forEach((label, i) => {
        for (const n of laid.nodes) {
          const shape = { left: n.x, top: n.y, right: n.x + n.width, bottom: n.y + n.height };
          expect(boxesOverlap(label.box, shape), `${label.id} on ${n.id}`).toBe(false);
        }
        for (const other of labels.slice(i + 1)) {
          expect(boxesOverlap(label.box, other.box), `${label.id} on ${other.id}`).toBe(false);
        }
      });
    },
  );
});
