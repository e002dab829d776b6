import { describe, expect, it } from 'vitest';
import { isLaneNodeId, laneIdOf, toFlow } from '../../../renderer/editor/mapping';
import type { ProcessGraph } from '../../../shared/process';

const graph: ProcessGraph = {
  lanes: [
    { id: 'l1', name: '录入员', owner: { kind: 'role', roleId: 1 }, size: 160 },
    { id: 'l2', name: '核保员', owner: { kind: 'role', roleId: 2 }, size: 200 },
  ],
  nodes: [
    {
      id: 'n1',
      kind: 'activity',
      label: '录入',
      laneId: 'l1',
      x: 200,
      y: 40,
      width: 140,
      height: 64,
    },
    {
      id: 'n2',
      kind: 'decision',
      label: '通过?',
      laneId: 'l2',
      x: 400,
      y: 200,
      width: 80,
      height: 80,
    },
  ],
  edges: [{ id: 'e1', source: 'n1', target: 'n2', label: '' }],
};

describe('toFlow', () => {
  it('draws lanes as stacked bands behind the steps, and steps where the graph says', () => {
    const { nodes, edges } = toFlow(graph);
    const lanes = nodes.filter((node) => node.type === 'lane');
    expect(lanes.map((lane) => [lane.id, lane.position.y, lane.data.height])).toEqual([
      ['lane:l1', 0, 160],
      ['lane:l2', 160, 200],
    ]);
    expect(lanes.every((lane) => lane.draggable === false && (lane.zIndex ?? 0) < 0)).toBe(true);
    const step = nodes.find((node) => node.id === 'n2');
    expect(step).toMatchObject({
      type: 'step',
      position: { x: 400, y: 200 },
      width: 80,
      height: 80,
    });
    expect(step?.data).toMatchObject({ kind: 'decision', label: '通过?', laneName: '核保员' });
    expect(edges).toEqual([
      expect.objectContaining({ id: 'e1', source: 'n1', target: 'n2', label: undefined }),
    ]);
  });

  it('keeps only serialisable domain data in node data', () => {
    const { nodes } = toFlow(graph);
    expect(JSON.parse(JSON.stringify(nodes.map((n) => n.data)))).toEqual(nodes.map((n) => n.data));
  });

  it('tells lane ids from step ids', () => {
    expect(isLaneNodeId('lane:l1')).toBe(true);
    expect(isLaneNodeId('n1')).toBe(false);
    expect(laneIdOf('lane:l1')).toBe('l1');
  });
});
