import { describe, expect, it } from 'vitest';
import { buildFlow } from '../../../shared/analysis/flow';
import { expectedVisits } from '../../../shared/analysis/visits';
import { decision, end, flow, graphOf, libraryOf, start, step } from './graphs';

const visitsOf = (graph: Parameters<typeof buildFlow>[0]) => {
  const result = expectedVisits(buildFlow(graph, libraryOf()));
  return { ...result, v: (id: string) => result.visits.get(id) ?? NaN };
};

describe('expected visits (§b1)', () => {
  it('a sequence is visited once', () => {
    const { v } = visitsOf(
      graphOf(
        { l1: '' },
        [start(), step('a', 'l1'), step('b', 'l1'), end()],
        [flow('start', 'a'), flow('a', 'b'), flow('b', 'end')],
      ),
    );
    expect([v('start'), v('a'), v('b'), v('end')]).toEqual([1, 1, 1, 1]);
  });

  it('an exclusive decision splits by probability and merges back to one', () => {
    const { v } = visitsOf(
      graphOf(
        { l1: '' },
        [start(), decision('d', 'l1'), step('a', 'l1'), step('b', 'l1'), end()],
        [
          flow('start', 'd'),
          flow('d', 'a', { probability: 30 }),
          flow('d', 'b', { probability: 70 }),
          flow('a', 'end'),
          flow('b', 'end'),
        ],
      ),
    );
    expect(v('a')).toBeCloseTo(0.3, 12);
    expect(v('b')).toBeCloseTo(0.7, 12);
    expect(v('end')).toBeCloseTo(1, 12);
  });

  it('a parallel block runs both branches and joins once', () => {
    const { v } = visitsOf(
      graphOf(
        { l1: '' },
        [
          start(),
          decision('split', 'l1', { gateway: 'parallel' }),
          step('a', 'l1'),
          step('b', 'l1'),
          decision('join', 'l1', { gateway: 'parallel' }),
          end(),
        ],
        [
          flow('start', 'split'),
          flow('split', 'a'),
          flow('split', 'b'),
          flow('a', 'join'),
          flow('b', 'join'),
          flow('join', 'end'),
        ],
      ),
    );
    expect([v('a'), v('b'), v('join'), v('end')]).toEqual([1, 1, 1, 1]);
  });

  it('a rework loop taken with p = 0.2 is visited 1.25 times', () => {
    const { v, endless } = visitsOf(
      graphOf(
        { l1: '' },
        [start(), step('work', 'l1'), step('check', 'l1'), decision('ok', 'l1'), end()],
        [
          flow('start', 'work'),
          flow('work', 'check'),
          flow('check', 'ok'),
          flow('ok', 'end', { probability: 80, outcome: 'pass' }),
          flow('ok', 'work', { probability: 20, outcome: 'reject' }),
        ],
      ),
    );
    expect(v('work')).toBeCloseTo(1.25, 12);
    expect(v('check')).toBeCloseTo(1.25, 12);
    expect(v('end')).toBeCloseTo(1, 12);
    expect(endless).toEqual([]);
  });

  it('nested loops multiply', () => {
    // Inner loop p = 0.5 (2 visits per pass), outer loop p = 0.2 (1.25 passes).
    const { v } = visitsOf(
      graphOf(
        { l1: '' },
        [
          start(),
          step('a', 'l1'),
          decision('inner', 'l1'),
          step('b', 'l1'),
          decision('outer', 'l1'),
          end(),
        ],
        [
          flow('start', 'a'),
          flow('a', 'inner'),
          flow('inner', 'a', { probability: 50 }),
          flow('inner', 'b', { probability: 50 }),
          flow('b', 'outer'),
          flow('outer', 'a', { probability: 20 }),
          flow('outer', 'end', { probability: 80 }),
        ],
      ),
    );
    expect(v('a')).toBeCloseTo(2.5, 12);
    expect(v('b')).toBeCloseTo(1.25, 12);
    expect(v('end')).toBeCloseTo(1, 12);
  });

  it('a loop with no way out is reported, not hung on', () => {
    const { endless, v } = visitsOf(
      graphOf(
        { l1: '' },
        [start(), step('a', 'l1'), step('b', 'l1'), end()],
        [flow('start', 'a'), flow('a', 'b'), flow('b', 'a')],
      ),
    );
    expect(endless).toHaveLength(1);
    expect(new Set(endless[0])).toEqual(new Set(['a', 'b']));
    expect(v('end')).toBe(0);
  });

  it('missing probabilities share what is left equally', () => {
    const { v } = visitsOf(
      graphOf(
        { l1: '' },
        [start(), decision('d', 'l1'), step('a', 'l1'), step('b', 'l1'), step('c', 'l1'), end()],
        [
          flow('start', 'd'),
          flow('d', 'a', { probability: 50 }),
          flow('d', 'b'),
          flow('d', 'c'),
          flow('a', 'end'),
          flow('b', 'end'),
          flow('c', 'end'),
        ],
      ),
    );
    expect(v('b')).toBeCloseTo(0.25, 12);
    expect(v('c')).toBeCloseTo(0.25, 12);
  });
});
