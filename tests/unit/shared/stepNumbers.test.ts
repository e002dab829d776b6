import { describe, expect, it } from 'vitest';
import type { NodeKind, ProcessEdge, ProcessGraph, ProcessNode } from '../../../shared/process';
import { countSteps, flowOrder, numberSteps } from '../../../shared/stepNumbers';

function node(id: string, kind: NodeKind, x: number, y = 0, stepNumber?: number): ProcessNode {
  return {
    id,
    kind,
    label: id,
    laneId: null,
    x,
    y,
    width: 100,
    height: 60,
    ...(stepNumber === undefined ? {} : { stepNumber }),
  };
}

const edge = (source: string, target: string): ProcessEdge => ({
  id: `${source}-${target}`,
  source,
  target,
  label: '',
});

function chain(nodes: ProcessNode[]): ProcessGraph {
  const edges = nodes.slice(1).map((next, i) => edge(nodes[i]?.id ?? '', next.id));
  return { lanes: [], nodes, edges };
}

const numbers = (graph: ProcessGraph) =>
  Object.fromEntries(graph.nodes.map((n) => [n.id, n.stepNumber ?? null]));

describe('numberSteps', () => {
  it('numbers the steps of a new map 10, 20, 30 … in flow order, not in drawing order', () => {
    // given a decision whose "no" branch loops back, drawn out of order
    const graph: ProcessGraph = {
      lanes: [],
      nodes: [
        node('end', 'end', 900),
        node('check', 'decision', 500),
        node('start', 'start', 0),
        node('fill', 'activity', 200),
        node('file', 'document', 300, 200),
        node('fix', 'subProcess', 500, 300),
      ],
      edges: [
        edge('start', 'fill'),
        edge('fill', 'check'),
        edge('check', 'end'),
        edge('check', 'fix'),
        edge('fix', 'fill'),
        edge('fill', 'file'),
      ],
    };
    expect(numbers(numberSteps(graph))).toEqual({
      start: null,
      fill: 10,
      check: 20,
      fix: 30,
      end: null,
      file: null,
    });
    expect(countSteps(graph)).toBe(3);
  });

  it('keeps every number when steps are moved or the map is re-laid out', () => {
    const numbered = numberSteps(chain([node('a', 'activity', 0), node('b', 'activity', 200)]));
    const relaid = {
      ...numbered,
      nodes: numbered.nodes.map((n) => ({ ...n, x: 1000 - n.x, y: n.y + 300 })),
    };
    expect(numbers(numberSteps(relaid))).toEqual({ a: 10, b: 20 });
    expect(numberSteps(numbered)).toBe(numbered);
  });

  it('gives a step inserted between 20 and 30 the number 25, and two of them 23 and 27', () => {
    const one = chain([
      node('a', 'activity', 0, 0, 10),
      node('b', 'activity', 100, 0, 20),
      node('new', 'activity', 200),
      node('c', 'activity', 300, 0, 30),
    ]);
    expect(numbers(numberSteps(one))).toEqual({ a: 10, b: 20, new: 25, c: 30 });
    const two = chain([
      node('b', 'activity', 100, 0, 20),
      node('n1', 'activity', 200),
      node('n2', 'decision', 250),
      node('c', 'activity', 300, 0, 30),
    ]);
    expect(numbers(numberSteps(two))).toEqual({ b: 20, n1: 23, n2: 27, c: 30 });
  });

  it('takes the next free number in the gap, and goes after the highest when the gap is full', () => {
    const crowded = chain([
      node('a', 'activity', 0, 0, 20),
      node('x', 'activity', 100),
      node('y', 'activity', 150),
      node('b', 'activity', 200, 0, 21),
      node('elsewhere', 'activity', 300, 0, 40),
    ]);
    expect(numbers(numberSteps(crowded))).toEqual({ a: 20, x: 50, y: 60, b: 21, elsewhere: 40 });
    const taken = chain([
      node('a', 'activity', 0, 0, 20),
      node('x', 'activity', 100),
      node('b', 'activity', 200, 0, 30),
      node('c', 'activity', 300, 0, 25),
    ]);
    // 25 is taken further on: the inserted step takes 26.
    expect(numbers(numberSteps(taken))).toEqual({ a: 20, x: 26, b: 30, c: 25 });
  });

  it('numbers a step added at the end after the highest number, in tens', () => {
    const graph = chain([
      node('a', 'activity', 0, 0, 10),
      node('b', 'activity', 100, 0, 35),
      node('new', 'activity', 200),
    ]);
    expect(numbers(numberSteps(graph))).toEqual({ a: 10, b: 35, new: 40 });
  });

  it('renumbers the pasted copy of a step, not the step the stored map had', () => {
    const stored = chain([node('a', 'activity', 0, 0, 10), node('b', 'activity', 200, 0, 20)]);
    // the copy of b is pasted before a, so it comes first in flow order
    const pasted: ProcessGraph = {
      ...stored,
      nodes: [...stored.nodes, { ...node('copy', 'activity', -300, 0, 20) }],
    };
    // it lies before step 10 in the flow: it takes a number between 0 and 10
    expect(numbers(numberSteps(pasted, stored))).toEqual({ a: 10, b: 20, copy: 5 });
    // without the stored map, the first in flow order keeps the number
    expect(numbers(numberSteps(pasted))).toEqual({ a: 10, b: 30, copy: 20 });
  });

  it('takes shapes that are not steps off the numbering', () => {
    const graph = chain([node('s', 'start', 0, 0, 10), node('a', 'activity', 100)]);
    expect(numbers(numberSteps(graph))).toEqual({ s: null, a: 10 });
  });

  it('orders parallel branches along the flow, then across it (vertical maps by y first)', () => {
    const graph: ProcessGraph = {
      orientation: 'vertical',
      lanes: [],
      nodes: [
        node('s', 'start', 0, 0),
        node('low', 'activity', 0, 300),
        node('high', 'activity', 400, 100),
      ],
      edges: [edge('s', 'low'), edge('s', 'high')],
    };
    expect(flowOrder(graph).map((n) => n.id)).toEqual(['s', 'high', 'low']);
    expect(flowOrder({ ...graph, orientation: 'horizontal' }).map((n) => n.id)).toEqual([
      's',
      'low',
      'high',
    ]);
  });

  it('numbers a 2,000-step map with loops without exhausting the stack', () => {
    const nodes = Array.from({ length: 2000 }, (_, i) => node(`n${i}`, 'activity', i * 10));
    const graph = chain(nodes);
    graph.edges.push(edge('n1999', 'n0'));
    const numbered = numberSteps(graph);
    expect(numbered.nodes[1999]?.stepNumber).toBe(20000);
  });
});
