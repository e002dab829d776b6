import { describe, expect, it } from 'vitest';
import { diagramFrame, laneAtPoint, phaseAtPoint } from '../../../../shared/layout/frame';
import type { ProcessGraph, ProcessNode } from '../../../../shared/process';
import {
  isPlaceholderLaneName,
  laneIndexAt,
  moveLaneTo,
  setLaneBinding,
  setLaneSize,
  stepsOutsideLane,
} from '../../../../renderer/editor/view/laneFrameCommands';
import {
  addPhase,
  deletePhase,
  renamePhase,
  resizePhase,
} from '../../../../renderer/editor/view/phaseCommands';
import { syncPlacement } from '../../../../renderer/editor/view/placement';
import { turnGraph } from '../../../../renderer/editor/view/turnGraph';

const step = (id: string, laneId: string, x: number, y: number): ProcessNode => ({
  id,
  kind: 'activity',
  label: id,
  laneId,
  x,
  y,
  width: 140,
  height: 64,
});

/** Three lanes of 160; one step in each, along the flow. */
function horizontal(): ProcessGraph {
  return {
    lanes: [
      { id: 'a', name: '录入员', owner: { kind: 'role', roleId: 1 }, size: 160 },
      { id: 'b', name: '核保员', owner: { kind: 'none' }, size: 160 },
      { id: 'c', name: '泳道 3', owner: { kind: 'none' }, size: 160 },
    ],
    nodes: [step('s1', 'a', 200, 48), step('s2', 'b', 400, 208), step('s3', 'c', 600, 368)],
    edges: [
      { id: 'e1', source: 's1', target: 's2', label: '', waypoints: [{ x: 370, y: 80 }] },
      { id: 'e2', source: 's2', target: 's2b', label: '' },
    ],
  };
}

const centre = (node: ProcessNode) => ({ x: node.x + node.width / 2, y: node.y + node.height / 2 });

/** Every step's centre lies in the band of its own lane (read from the shared frame). */
function everyStepInItsLane(graph: ProcessGraph): boolean {
  const frame = diagramFrame(graph);
  return graph.nodes.every((node) => laneAtPoint(frame, centre(node))?.laneId === node.laneId);
}

describe('lanes in either orientation', () => {
  it.each(['horizontal', 'vertical'] as const)(
    'moving a lane carries its steps (%s)',
    (orientation) => {
      const graph = turnGraph(horizontal(), orientation);
      const moved = moveLaneTo(graph, 'c', 0);
      expect(moved.lanes.map((lane) => lane.id)).toEqual(['c', 'a', 'b']);
      expect(everyStepInItsLane(moved)).toBe(true);
      // the connector between two lanes that moved by the same amount keeps its bends
      expect(moved.edges[0]?.waypoints).toHaveLength(1);
    },
  );

  it('resizing a lane moves the lanes after it, across the flow only', () => {
    const graph = turnGraph(horizontal(), 'vertical');
    const resized = setLaneSize(graph, 'a', 260);
    const s2 = resized.nodes.find((node) => node.id === 's2');
    const before = graph.nodes.find((node) => node.id === 's2');
    expect(s2?.x).toBe((before?.x ?? 0) + 100);
    expect(s2?.y).toBe(before?.y);
    expect(everyStepInItsLane(resized)).toBe(true);
  });

  it('keeps a lane size within the schema, and says when steps stick out', () => {
    const graph = horizontal();
    expect(setLaneSize(graph, 'a', 5).lanes[0]?.size).toBe(20);
    expect(setLaneSize(graph, 'a', 10 ** 7).lanes[0]?.size).toBe(100000);
    expect(setLaneSize(graph, 'a', 160)).toBe(graph);
    expect(stepsOutsideLane(setLaneSize(graph, 'a', 60), 'a')).toBe(1);
    expect(stepsOutsideLane(graph, 'a')).toBe(0);
  });

  it('binds a lane keeping its name unless another is given, and clears the binding', () => {
    const graph = horizontal();
    const bound = setLaneBinding(graph, 'b', { kind: 'role', roleId: 7 });
    expect(bound.lanes[1]).toMatchObject({ name: '核保员', owner: { kind: 'role', roleId: 7 } });
    const renamed = setLaneBinding(bound, 'b', { kind: 'role', roleId: 7 }, '核保主管');
    expect(renamed.lanes[1]?.name).toBe('核保主管');
    const cleared = setLaneBinding(renamed, 'b', { kind: 'none' });
    expect(cleared.lanes[1]).toMatchObject({ name: '核保主管', owner: { kind: 'none' } });
    expect(setLaneBinding(cleared, 'b', { kind: 'none' })).toBe(cleared);
  });

  it('tells placeholder lane names from typed ones', () => {
    expect(isPlaceholderLaneName('泳道 3')).toBe(true);
    expect(isPlaceholderLaneName('Lane 12')).toBe(true);
    expect(isPlaceholderLaneName('  ')).toBe(true);
    expect(isPlaceholderLaneName('核保部')).toBe(false);
  });

  it('finds the lane a dropped lane title lands on', () => {
    expect(laneIndexAt(horizontal(), { x: 500, y: 170 })).toBe(1);
    expect(laneIndexAt(horizontal(), { x: 500, y: -40 })).toBe(0);
    expect(laneIndexAt(horizontal(), { x: 500, y: 9000 })).toBe(2);
    expect(laneIndexAt(turnGraph(horizontal(), 'vertical'), { x: 330, y: 10 })).toBe(2);
  });
});

describe('turning a map', () => {
  it('keeps every step in its lane and the order along the flow, and turns back exactly', () => {
    const graph = horizontal();
    const vertical = turnGraph(graph, 'vertical');
    expect(vertical.orientation).toBe('vertical');
    expect(everyStepInItsLane(vertical)).toBe(true);
    const ys = vertical.nodes.map((node) => node.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(turnGraph(vertical, 'horizontal')).toEqual(graph);
    expect(turnGraph(graph, 'horizontal')).toBe(graph);
  });

  it('mirrors shapes too when asked (for a layout that knows only horizontal lanes)', () => {
    const mirrored = turnGraph(horizontal(), 'vertical', true);
    expect(mirrored.nodes[0]).toMatchObject({ width: 64, height: 140 });
    expect(turnGraph(mirrored, 'horizontal', true)).toEqual(horizontal());
  });
});

describe('phases', () => {
  it('the first phase takes in every step; later ones follow it', () => {
    let graph = addPhase(horizontal(), '受理', () => 'p1');
    const frame = diagramFrame(graph);
    expect(graph.nodes.every((node) => phaseAtPoint(frame, centre(node))?.phaseId === 'p1')).toBe(
      true,
    );
    graph = addPhase(graph, '审核', () => 'p2');
    expect(graph.phases?.map((phase) => phase.id)).toEqual(['p1', 'p2']);
    expect(graph.phases?.[1]?.size).toBe(400);
  });

  it('resizing a phase moves the steps after it along the flow; deleting it moves them back', () => {
    const graph: ProcessGraph = {
      ...horizontal(),
      phases: [
        { id: 'p1', name: '受理', size: 300 },
        { id: 'p2', name: '审核', size: 600 },
      ],
    };
    const grown = resizePhase(graph, 'p1', 400);
    expect(grown.nodes.map((node) => node.x)).toEqual([200, 500, 700]);
    // a bend inside the resized phase stays where it is
    expect(grown.edges[0]?.waypoints).toEqual([{ x: 370, y: 80 }]);
    expect(resizePhase(graph, 'p1', 300)).toBe(graph);
    const without = deletePhase(grown, 'p1');
    expect(without.phases?.map((phase) => phase.id)).toEqual(['p2']);
    expect(without.nodes.map((node) => node.x)).toEqual([200, 100, 300]);
    expect(renamePhase(graph, 'p2', '核保').phases?.[1]?.name).toBe('核保');
  });
});

describe('placement', () => {
  it('reads the lane and phase of a moved step from the frame, in vertical maps too', () => {
    const graph: ProcessGraph = {
      ...turnGraph(horizontal(), 'vertical'),
      phases: [
        { id: 'p1', name: '受理', size: 300 },
        { id: 'p2', name: '审核', size: 3000 },
      ],
    };
    const placed = syncPlacement(horizontal(), graph);
    expect(placed.nodes.map((node) => node.phaseId)).toEqual(['p1', 'p2', 'p2']);
    // s1 dragged into the third column, lower down the flow
    const moved = {
      ...placed,
      nodes: placed.nodes.map((node) => (node.id === 's1' ? { ...node, x: 330, y: 500 } : node)),
    };
    const synced = syncPlacement(placed, moved);
    expect(synced.nodes[0]).toMatchObject({ laneId: 'c', phaseId: 'p2' });
    // nothing moved: the same graph, so the history records nothing
    expect(syncPlacement(synced, synced)).toBe(synced);
  });

  it('keeps a step dropped outside every lane in its lane, and an annotation in none', () => {
    const graph = horizontal();
    const note: ProcessNode = { ...step('n', 'a', 100, 40), kind: 'annotation' };
    const moved = {
      ...graph,
      nodes: [
        ...graph.nodes.map((n) => (n.id === 's1' ? { ...n, y: 900 } : n)),
        { ...note, y: 900 },
      ],
    };
    const synced = syncPlacement(graph, moved);
    expect(synced.nodes.find((n) => n.id === 's1')?.laneId).toBe('a');
    expect(synced.nodes.find((n) => n.id === 'n')?.laneId).toBeNull();
  });
});
