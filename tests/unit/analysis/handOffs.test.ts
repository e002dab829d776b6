import { describe, expect, it } from 'vitest';
import { decision, end, flow, graphOf, libraryOf, start, step } from './graphs';
import { figuresOf } from './figureGraphs';

/*
 * Three role lanes (roles 1 and 2 in department 1, role 3 in department 2) and a department
 * lane (department 2). A decision after b sends 40 % to c, 40 % to e and 20 % back to a, so
 * v(a) = v(b) = 1.25 and v(c) = v(e) = 0.5.
 */
const graph = graphOf(
  { l1: 'role:1', l2: 'role:2', l3: 'role:3', l4: 'dept:2' },
  [
    start('start', 'l1'),
    step('a', 'l1'),
    step('b', 'l2', { isApproval: true }),
    decision('d', 'l2'),
    step('c', 'l3', { isInspection: true }),
    step('z', 'l4'),
    step('e', 'l2'),
    step('x', 'l1', { isApproval: true }),
    end('end', 'l2'),
  ],
  [
    flow('start', 'a'),
    flow('a', 'b'),
    flow('b', 'd'),
    flow('d', 'c', { probability: 40 }),
    flow('d', 'e', { probability: 40 }),
    flow('d', 'a', { probability: 20 }),
    flow('c', 'z'),
    flow('z', 'end'),
    flow('e', 'end'),
    // x: never reached, so not involved.
    flow('x', 'end'),
  ],
);
const library = libraryOf([
  { id: 1, departmentId: 1 },
  { id: 2, departmentId: 1 },
  { id: 3, departmentId: 2 },
]);

describe('involvement and hand-offs (§b3)', () => {
  const f = figuresOf(graph, library);

  it('lists the performers and departments a case meets, in flow order', () => {
    expect(f.actors.map((actor) => actor.key)).toEqual(['role:1', 'role:2', 'role:3', 'lane:l4']);
    expect(f.departmentIds).toEqual([1, 2]);
    expect(f.activityCount).toBe(5);
    expect([f.approvals, f.inspections]).toEqual([1, 1]);
  });

  it('counts hand-offs per case: v(a) × share, back edges included', () => {
    // a→b 1.25, b→c 1.25·0.4, b→a 1.25·0.2 (the rework), c→z 0.5; b→e stays with role 2.
    expect(f.handOffs.roles).toBeCloseTo(1.25 + 0.5 + 0.25 + 0.5, 12);
    // Only b→c leaves department 1; c→z stays in department 2.
    expect(f.handOffs.departments).toBeCloseTo(0.5, 12);
  });

  it('fills the matrix from → to', () => {
    expect(f.handOffs.matrix.actors).toEqual(f.actors);
    const rounded = f.handOffs.matrix.counts.map((row) =>
      row.map((n) => Math.round(n * 1e9) / 1e9),
    );
    expect(rounded).toEqual([
      [0, 1.25, 0, 0],
      [0.25, 0, 0.5, 0],
      [0, 0, 0, 0.5],
      [0, 0, 0, 0],
    ]);
  });

  it('a step outside every lane hands nothing over; unknown departments cross nothing', () => {
    const loose = figuresOf(
      graphOf(
        { l1: 'role:1', l2: '' },
        [start('start', 'l1'), step('a', 'l1'), step('b', null), step('c', 'l2'), end('end', 'l2')],
        [flow('start', 'a'), flow('a', 'b'), flow('b', 'c'), flow('c', 'end')],
      ),
      library,
    );
    expect(loose.actors.map((actor) => actor.key)).toEqual(['role:1', 'lane:l2']);
    expect(loose.handOffs.roles).toBe(0);
    expect(loose.handOffs.departments).toBe(0);
  });
});
