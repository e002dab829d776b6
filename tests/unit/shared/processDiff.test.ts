import { describe, expect, it } from 'vitest';
import type { NodeKind, ProcessGraph, ProcessNode } from '../../../shared/process';
import { diffProcesses } from '../../../shared/processDiff';

const node = (id: string, label: string, laneId: string, kind: NodeKind = 'activity') =>
  ({ id, kind, label, laneId, x: 0, y: 0, width: 100, height: 60 }) satisfies ProcessNode;

const lanes: ProcessGraph['lanes'] = [
  { id: 'clerk', name: '录入员', owner: { kind: 'none' }, size: 160 },
  { id: 'uw', name: '核保员', owner: { kind: 'none' }, size: 160 },
];

const before: ProcessGraph = {
  lanes,
  nodes: [
    node('start', '收到投保单', 'clerk', 'start'),
    node('enter', '录入投保信息', 'clerk'),
    node('check', '审核资料', 'clerk'),
    node('file', '归档', 'clerk'),
    node('note', '批注', 'clerk', 'annotation'),
  ],
  edges: [],
};

describe('diffProcesses', () => {
  it('finds steps added, removed, moved to another lane and renamed, matched by id', () => {
    const after: ProcessGraph = {
      lanes,
      nodes: [
        node('start', '收到投保单', 'clerk', 'start'),
        node('enter', '录入并核对投保信息', 'clerk'),
        node('check', '审核资料', 'uw'),
        node('issue', '签发保单', 'uw'),
      ],
      edges: [],
    };
    const diff = diffProcesses(before, after);
    expect(diff.changes).toEqual([
      { kind: 'renamed', nodeId: 'enter', from: '录入投保信息', to: '录入并核对投保信息' },
      { kind: 'moved', nodeId: 'check', label: '审核资料', from: '录入员', to: '核保员' },
      { kind: 'added', nodeId: 'issue', label: '签发保单', lane: '核保员' },
      { kind: 'removed', nodeId: 'file', label: '归档', lane: '录入员' },
    ]);
    expect(Object.fromEntries(diff.marks)).toEqual({
      enter: 'renamed',
      check: 'moved',
      issue: 'added',
      file: 'removed',
    });
    expect(diff.removedNodes.map((n) => n.id)).toEqual(['file']);
  });

  it('finds nothing between a version and itself, and marks a step both renamed and moved as moved', () => {
    expect(diffProcesses(before, before).changes).toEqual([]);
    const after = {
      ...before,
      nodes: before.nodes.map((n) =>
        n.id === 'check' ? { ...n, label: '复核', laneId: 'uw' } : n,
      ),
    };
    const diff = diffProcesses(before, after);
    expect(diff.changes.map((c) => c.kind)).toEqual(['renamed', 'moved']);
    expect(diff.marks.get('check')).toBe('moved');
  });

  it('names a lane that no longer exists as none', () => {
    const after = {
      ...before,
      lanes: [],
      nodes: before.nodes.map((n) => ({ ...n, laneId: null })),
    };
    const moved = diffProcesses(before, after).changes.filter((c) => c.kind === 'moved');
    expect(moved).toHaveLength(4);
    expect(moved[0]).toMatchObject({ from: '录入员', to: null });
  });
});
