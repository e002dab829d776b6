import { describe, expect, it } from 'vitest';
import { decision, end, flow, graphOf, libraryOf, start, step } from './graphs';
import { figuresOf } from './figureGraphs';

describe('RACI matrix (§b6)', () => {
  const f = figuresOf(
    graphOf(
      { l1: 'role:1', l2: 'dept:2' },
      [
        start('start', 'l1'),
        step('a', 'l1', {
          raci: [
            { roleId: 2, letter: 'C' },
            { roleId: 3, letter: 'I' },
          ],
        }),
        step('b', 'l2', {
          raci: [
            { roleId: 4, letter: 'R' },
            { roleId: 1, letter: 'A' },
          ],
        }),
        step('c', 'l1', { raci: [{ roleId: 1, letter: 'A' }] }),
        end('end', 'l1'),
      ],
      [flow('start', 'a'), flow('a', 'b'), flow('b', 'c'), flow('c', 'end')],
    ),
    libraryOf([{ id: 1 }, { id: 2 }, { id: 3 }, { id: 4, title: 'clerk' }]),
  );
  it('has a column per performer, then per role named in a RACI', () => {
    expect(f.raci.actors.map((actor) => actor.key)).toEqual([
      'role:1',
      'role:4',
      'role:2',
      'role:3',
    ]);
    expect(f.raci.actors[1]?.name).toBe('clerk');
  });

  it('makes the performer R unless the RACI says otherwise', () => {
    expect(f.raci.rows.map((row) => [row.nodeId, row.letters])).toEqual([
      ['a', [['R'], null, ['C'], ['I']]],
      ['b', [['A'], ['R'], null, null]],
      ['c', [['A'], null, null, null]],
    ]);
  });

  it('orders the rows by step number, unnumbered steps last', () => {
    const graph = graphOf(
      { l1: 'role:1' },
      [
        start(),
        { ...step('a', 'l1'), stepNumber: 20 },
        { ...step('b', 'l1'), stepNumber: 10 },
        step('c', 'l1'),
        end(),
      ],
      [flow('start', 'a'), flow('a', 'b'), flow('b', 'c'), flow('c', 'end')],
    );
    expect(figuresOf(graph).raci.rows.map((row) => row.nodeId)).toEqual(['b', 'a', 'c']);
  });
});

describe('coverage (§0)', () => {
  it('lists what is missing and still computes every figure', () => {
    const f = figuresOf(
      graphOf(
        { l1: 'role:1', l2: 'role:2', l3: '' },
        [
          start('start', 'l1'),
          step('a', 'l1', { workMinutes: 5, waitMinutes: 0, valueClass: 'VA' }),
          step('b', 'l2', { waitDays: 1 }),
          step('c', 'l3', { workMinutes: 3, valueClass: 'NVA' }),
          decision('d', 'l1'),
          decision('d2', 'l1'),
          end('end', 'l1'),
        ],
        [
          flow('start', 'a'),
          flow('a', 'd'),
          flow('d', 'b', { probability: 60 }),
          flow('d', 'c'),
          flow('b', 'd2'),
          flow('c', 'd2'),
          flow('d2', 'end', { probability: 100 }),
          flow('d2', 'a', { probability: 0 }),
        ],
      ),
      libraryOf([{ id: 1, hourlyRate: 60 }, { id: 2 }]),
    );
    expect(f.coverage).toEqual({
      activities: 3,
      withTimes: 1,
      withValueClass: 2,
      withCost: 1,
      missing: [
        { kind: 'work', nodeIds: ['b'] },
        { kind: 'wait', nodeIds: ['c'] },
        { kind: 'valueClass', nodeIds: ['b'] },
        { kind: 'rate', nodeIds: ['b', 'c'] },
        { kind: 'probability', decisionIds: ['d'] },
        { kind: 'volume' },
      ],
    });
    expect(f.leadTime?.expected).toBeCloseTo(5 + 0.6 * 480 + 0.4 * 3, 12);
    expect(f.cost.perCase).toBe(5);
  });

  it('an empty map, a lone step, a step outside every lane: nothing throws', () => {
    const maps = [
      graphOf({}, [], []),
      graphOf({ l1: '' }, [step('a', 'l1')], []),
      graphOf(
        {},
        [start('s', null), step('a', null), end('e', null)],
        [flow('s', 'a'), flow('a', 'e')],
      ),
    ];
    for (const graph of maps) {
      const f = figuresOf(graph);
      expect(f.coverage.activities).toBe(graph.nodes.filter((n) => n.kind === 'activity').length);
      expect(f.cost.perCase).toBeNull();
    }
  });
});
