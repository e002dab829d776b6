import { describe, expect, it } from 'vitest';
import {
  checkConnection,
  connectionViolations,
  connectorKind,
  decisionProblems,
  newViolations,
} from '../../../shared/connectionRules';
import type { NodeKind, ProcessEdge, ProcessGraph, ProcessNode } from '../../../shared/process';

function shape(id: string, kind: NodeKind): ProcessNode {
  return { id, kind, label: id, laneId: null, x: 0, y: 0, width: 100, height: 60 };
}

function connector(id: string, source: string, target: string, label = ''): ProcessEdge {
  return { id, source, target, label };
}

/** start → a → decide → (是) b → end, with a note on a. */
function map(edges: ProcessEdge[] = []): Pick<ProcessGraph, 'nodes' | 'edges'> {
  return {
    nodes: [
      shape('start', 'start'),
      shape('a', 'activity'),
      shape('decide', 'decision'),
      shape('b', 'activity'),
      shape('end', 'end'),
      shape('note', 'annotation'),
      shape('note2', 'annotation'),
    ],
    edges,
  };
}

describe('checkConnection', () => {
  it('allows an ordinary step-to-step connector', () => {
    expect(checkConnection(map(), { source: 'a', target: 'b' })).toBeNull();
  });

  it('refuses a connector into a start', () => {
    expect(checkConnection(map(), { source: 'a', target: 'start' })).toBe('intoStart');
  });

  it('refuses a connector out of an end', () => {
    expect(checkConnection(map(), { source: 'end', target: 'a' })).toBe('outOfEnd');
  });

  it('refuses a connector from a shape to itself', () => {
    expect(checkConnection(map(), { source: 'a', target: 'a' })).toBe('selfLoop');
  });

  it('refuses a connector to a shape that is not on the map', () => {
    expect(checkConnection(map(), { source: 'a', target: 'gone' })).toBe('unknownEnd');
  });

  it('lets an annotation attach to a start or an end, by association', () => {
    expect(checkConnection(map(), { source: 'note', target: 'start' })).toBeNull();
    expect(checkConnection(map(), { source: 'end', target: 'note' })).toBeNull();
    expect(connectorKind('annotation', 'start')).toBe('association');
    expect(connectorKind('activity', 'decision')).toBe('sequence');
  });

  it('refuses a connector between two annotations', () => {
    expect(checkConnection(map(), { source: 'note', target: 'note2' })).toBe(
      'annotationToAnnotation',
    );
  });

  it('refuses a second connector between the same two handles, not between other sides', () => {
    const graph = map([{ ...connector('e1', 'a', 'b'), sourceSide: 'right', targetSide: 'left' }]);
    expect(
      checkConnection(graph, { source: 'a', target: 'b', sourceSide: 'right', targetSide: 'left' }),
    ).toBe('duplicate');
    expect(
      checkConnection(graph, { source: 'a', target: 'b', sourceSide: 'bottom', targetSide: 'top' }),
    ).toBeNull();
    expect(checkConnection(graph, { source: 'b', target: 'a' })).toBeNull();
  });

  it('does not count the connector being re-attached as its own duplicate', () => {
    const graph = map([connector('e1', 'a', 'b')]);
    expect(checkConnection(graph, { source: 'a', target: 'b' })).toBe('duplicate');
    expect(checkConnection(graph, { source: 'a', target: 'b', replacing: 'e1' })).toBeNull();
  });
});

describe('connectionViolations', () => {
  it('reports each broken connector once, the later of two duplicates', () => {
    const graph = map([
      connector('e1', 'a', 'b'),
      connector('e2', 'a', 'b'),
      connector('e3', 'b', 'start'),
      connector('e4', 'end', 'b'),
      connector('e5', 'start', 'a'),
    ]);
    expect(connectionViolations(graph)).toEqual([
      { edgeId: 'e2', code: 'duplicate' },
      { edgeId: 'e3', code: 'intoStart' },
      { edgeId: 'e4', code: 'outOfEnd' },
    ]);
  });
});

describe('decisionProblems', () => {
  it('asks for at least two ways out of a decision, each labelled', () => {
    expect(decisionProblems(map([connector('e1', 'decide', 'b', '是')]))).toEqual([
      { nodeId: 'decide', code: 'decisionFewBranches' },
    ]);
    expect(
      decisionProblems(map([connector('e1', 'decide', 'b', '是'), connector('e2', 'decide', 'a')])),
    ).toEqual([{ nodeId: 'decide', code: 'decisionBranchUnlabelled', edgeId: 'e2' }]);
  });

  it('is content with two labelled ways out, and does not count a note as a way out', () => {
    const complete = map([
      connector('e1', 'decide', 'b', '是'),
      connector('e2', 'decide', 'a', '否'),
    ]);
    expect(decisionProblems(complete)).toEqual([]);
    const withNote = map([connector('e1', 'decide', 'b', '是'), connector('e2', 'decide', 'note')]);
    expect(decisionProblems(withNote)).toEqual([{ nodeId: 'decide', code: 'decisionFewBranches' }]);
  });
});

describe('newViolations', () => {
  it('lets a stored or imported violation stay, and refuses a new or re-attached one', () => {
    const stored = map([connector('old', 'b', 'start')]);
    const next = map([connector('old', 'b', 'start'), connector('new', 'end', 'a')]);
    expect(newViolations(stored, next)).toEqual([{ edgeId: 'new', code: 'outOfEnd' }]);
    const reattached = map([connector('old', 'a', 'start')]);
    expect(newViolations(stored, reattached)).toEqual([{ edgeId: 'old', code: 'intoStart' }]);
  });

  it('refuses every violation of a map that was never stored', () => {
    expect(newViolations(null, map([connector('e', 'a', 'start')]))).toEqual([
      { edgeId: 'e', code: 'intoStart' },
    ]);
  });
});
