import { describe, expect, it } from 'vitest';
import {
  clearWaypoints,
  connectSteps,
  reconnectEdge,
  reverseEdge,
  setWaypoints,
} from '../../../renderer/editor/commands/connectorCommands';
import { addStepAfter } from '../../../renderer/editor/commands/quickAdd';
import { hopsOf, pathWithHops } from '../../../renderer/editor/edges/hops';
import { fallbackRoute, routeOf } from '../../../renderer/editor/edges/route';
import { moveSegment } from '../../../renderer/editor/edges/ConnectorEdge';
import { rerouteChanged } from '../../../renderer/editor/routing';
import { createFlowMapper } from '../../../renderer/editor/mapping';
import type { Point, ProcessGraph, ProcessNode } from '../../../shared/process';

function node(id: string, kind: ProcessNode['kind'], x: number, y: number, laneId = 'l1') {
  return { id, kind, label: id, laneId, x, y, width: 100, height: 60 } satisfies ProcessNode;
}

const graph: ProcessGraph = {
  lanes: [
    { id: 'l1', name: '录入员', owner: { kind: 'none' }, size: 160 },
    { id: 'l2', name: '核保员', owner: { kind: 'none' }, size: 160 },
  ],
  nodes: [
    node('s', 'start', 160, 50),
    node('a', 'activity', 320, 50),
    node('b', 'activity', 560, 50),
    node('x', 'end', 800, 50),
    node('n', 'annotation', 320, 200, 'l2'),
  ],
  edges: [],
};
const ids = () => {
  let n = 0;
  return () => `e${(n += 1)}`;
};

function orthogonal(route: readonly Point[]): boolean {
  return route.every((p, i) => i === 0 || p.x === route[i - 1]?.x || p.y === route[i - 1]?.y);
}

describe('connector commands', () => {
  it('connect from the side the drag started to the side it ended, as drawn', () => {
    const made = connectSteps(
      graph,
      { source: 'b', target: 'a', sourceSide: 'top', targetSide: 'left' },
      '',
      ids(),
    );
    expect(made.refusal).toBeNull();
    expect(made.graph.edges).toEqual([
      { id: 'e1', source: 'b', target: 'a', label: '', sourceSide: 'top', targetSide: 'left' },
    ]);
  });

  it('refuse what the connection rules refuse, leaving the graph as it was', () => {
    for (const [source, target, code] of [
      ['a', 's', 'intoStart'],
      ['x', 'a', 'outOfEnd'],
      ['a', 'a', 'selfLoop'],
      ['a', 'gone', 'unknownEnd'],
    ] as const) {
      const result = connectSteps(graph, { source, target }, '', ids());
      expect(result).toEqual({ graph, refusal: code, id: null });
    }
    const once = connectSteps(graph, { source: 'a', target: 'b' }, '', ids()).graph;
    expect(connectSteps(once, { source: 'a', target: 'b' }, '', ids()).refusal).toBe('duplicate');
  });

  it('re-attach an end, dropping the old bends; refuse a re-attachment the rules forbid', () => {
    let g = connectSteps(graph, { source: 'a', target: 'b' }, '是', ids()).graph;
    g = setWaypoints(g, 'e1', [
      { x: 500, y: 80 },
      { x: 500, y: 100 },
    ]);
    const moved = reconnectEdge(g, 'e1', {
      source: 'a',
      target: 'x',
      sourceSide: 'right',
      targetSide: 'top',
    });
    expect(moved.graph.edges[0]).toEqual({
      id: 'e1',
      label: '是',
      source: 'a',
      target: 'x',
      sourceSide: 'right',
      targetSide: 'top',
    });
    expect(reconnectEdge(g, 'e1', { source: 'a', target: 's' }).refusal).toBe('intoStart');
    // Dropping an end back where it was changes nothing.
    expect(reconnectEdge(g, 'e1', { source: 'a', target: 'b' }).graph).toBe(g);
  });

  it('reverse a connector with its sides, unless the other direction is refused', () => {
    const g = connectSteps(
      graph,
      { source: 'a', target: 'b', sourceSide: 'right', targetSide: 'left' },
      '',
      ids(),
    ).graph;
    expect(reverseEdge(g, 'e1').graph.edges[0]).toMatchObject({
      source: 'b',
      target: 'a',
      sourceSide: 'left',
      targetSide: 'right',
    });
    const intoEnd = connectSteps(graph, { source: 'b', target: 'x' }, '', ids()).graph;
    expect(reverseEdge(intoEnd, 'e1').refusal).toBe('outOfEnd');
  });

  it('set bends as one change, the same bends as none; reset forgets them', () => {
    const g = connectSteps(graph, { source: 'a', target: 'b' }, '', ids()).graph;
    const bends = [
      { x: 480, y: 80 },
      { x: 480, y: 120 },
    ];
    const bent = setWaypoints(g, 'e1', bends);
    expect(bent.edges[0]?.waypoints).toEqual(bends);
    expect(
      setWaypoints(
        bent,
        'e1',
        bends.map((p) => ({ ...p })),
      ),
    ).toBe(bent);
    expect(clearWaypoints(bent, 'e1').edges[0]?.waypoints).toBeUndefined();
    expect(clearWaypoints(g, 'e1')).toBe(g);
  });
});

describe('quick add', () => {
  it('adds the next step beside the one it follows, in its lane, connected from that side', () => {
    const result = addStepAfter(graph, 'b', 'right', 'activity', '活动', ids());
    const added = result?.graph.nodes.find((n) => n.id === result.id);
    expect(added).toMatchObject({ kind: 'activity', laneId: 'l1' });
    // the end already stands to the right: the new step goes past it, never over it
    expect(added?.x).toBeGreaterThan(800 + 100);
    // centred on the step it follows, so the connector runs straight
    expect((added?.y ?? 0) + (added?.height ?? 0) / 2).toBe(50 + 30);
    expect(result?.graph.edges.at(-1)).toMatchObject({
      source: 'b',
      target: result?.id,
      sourceSide: 'right',
      targetSide: 'left',
    });
    const below = addStepAfter(graph, 'b', 'bottom', 'decision', '?', ids());
    const down = below?.graph.nodes.find((n) => n.id === below.id);
    expect(down?.laneId).toBe('l2');
  });

  it('adds an unconnectable shape unconnected and says why', () => {
    const result = addStepAfter(graph, 'a', 'right', 'start', '开始', ids());
    expect(result?.refusal).toBe('intoStart');
    expect(result?.graph.nodes).toHaveLength(graph.nodes.length + 1);
    expect(result?.graph.edges).toHaveLength(0);
  });
});

describe('connector drawing', () => {
  it('draws an orthogonal stand-in route from side to side', () => {
    const route = fallbackRoute({ x: 100, y: 50 }, 'right', { x: 300, y: 150 }, 'left');
    expect(route[0]).toEqual({ x: 100, y: 50 });
    expect(route.at(-1)).toEqual({ x: 300, y: 150 });
    expect(orthogonal(route)).toBe(true);
    const upward = fallbackRoute({ x: 100, y: 200 }, 'top', { x: 300, y: 80 }, 'left');
    expect(orthogonal(upward)).toBe(true);
    expect(upward[1]?.y).toBeLessThan(200);
  });

  it('keeps stored bends and stays orthogonal when an end moved off their axis', () => {
    const route = routeOf({ x: 0, y: 0 }, 'right', { x: 200, y: 90 }, 'left', [
      { x: 100, y: 0 },
      { x: 100, y: 100 },
    ]);
    expect(route).toContainEqual({ x: 100, y: 0 });
    expect(orthogonal(route)).toBe(true);
    expect(route.at(-1)).toEqual({ x: 200, y: 90 });
  });

  it('hops the horizontal connector over the vertical one where they cross', () => {
    const across = [
      { x: 0, y: 50 },
      { x: 200, y: 50 },
    ];
    const down = [
      { x: 100, y: 0 },
      { x: 100, y: 100 },
    ];
    const hops = hopsOf([across, down]);
    expect(hops).toEqual([[{ x: 100, y: 50 }], []]);
    expect(pathWithHops(across, hops[0] ?? [])).toContain(' A ');
    // meeting at an end is no crossing
    expect(
      hopsOf([
        across,
        [
          { x: 200, y: 50 },
          { x: 200, y: 120 },
        ],
      ]),
    ).toEqual([[], []]);
  });

  it('moves a dragged segment across its direction, keeping the ends', () => {
    const route = [
      { x: 0, y: 0 },
      { x: 50, y: 0 },
      { x: 50, y: 100 },
      { x: 200, y: 100 },
    ];
    expect(moveSegment(route, 1, 30)).toEqual([
      { x: 0, y: 0 },
      { x: 80, y: 0 },
      { x: 80, y: 100 },
      { x: 200, y: 100 },
    ]);
  });
});

describe('the canvas mapping', () => {
  it('keeps the flow object of every step that did not change', () => {
    const map = createFlowMapper();
    const before = map(graph);
    const renamed = {
      ...graph,
      nodes: graph.nodes.map((n) => (n.id === 'b' ? { ...n, label: '审核' } : n)),
    };
    const after = map(renamed);
    const same = after.nodes.filter((n, i) => n === before.nodes[i]).map((n) => n.id);
    expect(same).toEqual(['lane:l1', 'lane:l2', 's', 'a', 'x', 'n']);
  });

  it('draws sequence connectors with an arrowhead and associations without', () => {
    const g = connectSteps(graph, { source: 'a', target: 'b' }, '', ids()).graph;
    const withNote = connectSteps(g, { source: 'n', target: 'a' }, '', () => 'e2').graph;
    const { edges } = createFlowMapper()(withNote);
    expect(edges[0]?.markerEnd).toBeTruthy();
    expect(edges[0]?.data?.kind).toBe('sequence');
    expect(edges[1]?.markerEnd).toBeUndefined();
    expect(edges[1]?.data?.kind).toBe('association');
  });
});

describe('rerouting after an edit', () => {
  it('routes a new connector around the step in its way, and costs nothing for a rename', () => {
    const inTheWay = { ...graph, nodes: [...graph.nodes, node('w', 'activity', 440, 160)] };
    const connected = connectSteps(
      inTheWay,
      { source: 'a', target: 'b', sourceSide: 'bottom', targetSide: 'bottom' },
      '',
      ids(),
    ).graph;
    const routed = rerouteChanged(inTheWay, connected);
    expect(routed.edges[0]?.waypoints?.length).toBeGreaterThan(0);
    const renamed = {
      ...routed,
      nodes: routed.nodes.map((n) => (n.id === 'a' ? { ...n, label: 'A2' } : n)),
    };
    expect(rerouteChanged(routed, renamed)).toBe(renamed);
  });
});
