import { describe, expect, it } from 'vitest';
import {
  execute,
  redo,
  startHistory,
  undo,
  undoName,
} from '../../../renderer/editor/commands/history';
import {
  addLane,
  deleteLane,
  moveLane,
  resizeLane,
} from '../../../renderer/editor/commands/laneCommands';
import {
  addNode,
  align,
  connect,
  deleteElements,
  distribute,
  moveNodes,
  paste,
  setLabel,
  setLinkedProcess,
} from '../../../renderer/editor/commands/nodeCommands';
import type { ProcessGraph } from '../../../shared/process';

function ids() {
  let n = 0;
  return () => `id-${(n += 1)}`;
}

/** Two lanes (0–160 and 160–320) bound to roles 1 and 2. */
function twoLanes(newId = ids()): ProcessGraph {
  let graph: ProcessGraph = { lanes: [], nodes: [], edges: [] };
  graph = addLane(graph, '录入员', { kind: 'role', roleId: 1 }, newId);
  return addLane(graph, '核保员', { kind: 'role', roleId: 2 }, newId);
}

describe('step commands', () => {
  it('put a new step in the lane under it, and a moved step in its new lane', () => {
    const newId = ids();
    const graph = twoLanes(newId);
    const [first, second] = graph.lanes;
    const added = addNode(graph, 'activity', { x: 300, y: 80 }, '录入', newId);
    const node = added.graph.nodes[0];
    expect(node).toMatchObject({ kind: 'activity', label: '录入', laneId: first?.id });
    expect(node?.activity).toBeDefined();
    const moved = moveNodes(added.graph, [{ id: added.id, x: 300, y: 210 }]);
    expect(moved.nodes[0]?.laneId).toBe(second?.id);
  });

  it('delete a step with its connectors, and nothing else', () => {
    const newId = ids();
    let graph = twoLanes(newId);
    const a = addNode(graph, 'start', { x: 100, y: 80 }, '', newId);
    const b = addNode(a.graph, 'activity', { x: 300, y: 80 }, 'B', newId);
    const c = addNode(b.graph, 'end', { x: 500, y: 80 }, '', newId);
    graph = connect(c.graph, a.id, b.id, '', newId);
    graph = connect(graph, b.id, c.id, '', newId);
    const after = deleteElements(graph, new Set([b.id]));
    expect(after.nodes.map((n) => n.id)).toEqual([a.id, c.id]);
    expect(after.edges).toEqual([]);
  });

  it('refuse a self-loop and a duplicate connector', () => {
    const newId = ids();
    const a = addNode(twoLanes(newId), 'activity', { x: 100, y: 80 }, 'A', newId);
    const b = addNode(a.graph, 'decision', { x: 300, y: 80 }, '?', newId);
    const once = connect(b.graph, a.id, b.id, '是', newId);
    expect(connect(once, a.id, b.id, '否', newId)).toBe(once);
    expect(connect(once, a.id, a.id, '', newId)).toBe(once);
    expect(setLabel(once, once.edges[0]?.id ?? '', '否').edges[0]?.label).toBe('否');
  });

  it('align and distribute the selection', () => {
    const newId = ids();
    let graph = twoLanes(newId);
    const made = [100, 260, 700].map((x, i) => {
      const r = addNode(graph, 'activity', { x, y: 60 + i * 20 }, `S${i}`, newId);
      graph = r.graph;
      return r.id;
    });
    const aligned = align(graph, made, 'top');
    expect(new Set(aligned.nodes.map((n) => n.y)).size).toBe(1);
    const spread = distribute(aligned, made, 'horizontal');
    const xs = spread.nodes.map((n) => n.x);
    expect((xs[1] ?? 0) - (xs[0] ?? 0)).toBeCloseTo((xs[2] ?? 0) - (xs[1] ?? 0), 0);
  });

  it('paste copies with new ids and the connectors among them', () => {
    const newId = ids();
    const a = addNode(twoLanes(newId), 'activity', { x: 100, y: 80 }, 'A', newId);
    const b = addNode(a.graph, 'activity', { x: 300, y: 80 }, 'B', newId);
    const graph = connect(b.graph, a.id, b.id, '', newId);
    const pasted = paste(graph, { nodes: graph.nodes, edges: graph.edges }, 40, newId);
    expect(pasted.graph.nodes).toHaveLength(4);
    expect(pasted.graph.edges).toHaveLength(2);
    expect(new Set(pasted.graph.nodes.map((n) => n.id)).size).toBe(4);
  });
});

describe('lane commands', () => {
  it('carry their steps when reordered or resized', () => {
    const newId = ids();
    const graph = twoLanes(newId);
    const [top, bottom] = graph.lanes;
    const inBottom = addNode(graph, 'activity', { x: 300, y: 240 }, 'B', newId);
    const y = inBottom.graph.nodes[0]?.y ?? 0;
    const reordered = moveLane(inBottom.graph, bottom?.id ?? '', -1);
    expect(reordered.lanes.map((l) => l.id)).toEqual([bottom?.id, top?.id]);
    expect(reordered.nodes[0]?.y).toBe(y - 160);
    expect(reordered.nodes[0]?.laneId).toBe(bottom?.id);
    const grown = resizeLane(inBottom.graph, top?.id ?? '', 260);
    expect(grown.nodes[0]?.y).toBe(y + 100);
  });

  it('keep a lane that still holds steps', () => {
    const newId = ids();
    const graph = twoLanes(newId);
    const withStep = addNode(graph, 'activity', { x: 300, y: 80 }, 'A', newId);
    expect(deleteLane(withStep.graph, graph.lanes[0]?.id ?? '')).toBe(withStep.graph);
    expect(deleteLane(withStep.graph, graph.lanes[1]?.id ?? '').lanes).toHaveLength(1);
  });
});

describe('history', () => {
  it('undoes and redoes every command, by name', () => {
    const newId = ids();
    let history = startHistory(twoLanes(newId));
    const start = history.present;
    const added = addNode(history.present, 'activity', { x: 300, y: 80 }, 'A', newId);
    history = execute(history, 'add step', added.graph);
    history = execute(history, 'rename', setLabel(history.present, added.id, 'B'));
    expect(undoName(history)).toBe('rename');
    history = undo(history);
    expect(history.present.nodes[0]?.label).toBe('A');
    history = undo(history);
    expect(history.present).toBe(start);
    history = redo(redo(history));
    expect(history.present.nodes[0]?.label).toBe('B');
  });

  it('records no step for a command that changed nothing', () => {
    const history = startHistory(twoLanes());
    expect(execute(history, 'move', moveNodes(history.present, []))).toBe(history);
  });
});

describe('merged steps', () => {
  it('make typing one label a single undo step', () => {
    const newId = ids();
    const added = addNode(twoLanes(newId), 'activity', { x: 300, y: 80 }, '', newId);
    let history = startHistory(added.graph);
    for (const label of ['审', '审核', '审核保单']) {
      history = execute(
        history,
        'rename',
        setLabel(history.present, added.id, label),
        `label:${added.id}`,
      );
    }
    expect(history.past).toHaveLength(1);
    expect(undo(history).present.nodes[0]?.label).toBe('');
  });
});

describe('sub-process links', () => {
  it('point a sub-process step at another process, and only such steps', () => {
    const newId = ids();
    const sub = addNode(twoLanes(newId), 'subProcess', { x: 300, y: 80 }, '核保', newId);
    const act = addNode(sub.graph, 'activity', { x: 500, y: 80 }, '录入', newId);
    let graph = setLinkedProcess(act.graph, sub.id, 7);
    graph = setLinkedProcess(graph, act.id, 7);
    expect(graph.nodes.find((n) => n.id === sub.id)?.linkedProcessId).toBe(7);
    expect(graph.nodes.find((n) => n.id === act.id)?.linkedProcessId).toBeUndefined();
  });
});
