import { describe, expect, it } from 'vitest';
import { decision, end, flow, graphOf, start, step } from './graphs';
import { figuresOf } from './figureGraphs';

const lane = { l1: '' };

describe('rework loops (§b3)', () => {
  it('p = 0.2 straight back from the decision: 1.25 visits, 0.25 × the body’s work', () => {
    const f = figuresOf(
      graphOf(
        lane,
        [
          start(),
          step('a', 'l1', { workMinutes: 10 }),
          step('check', 'l1', { workMinutes: 5, isInspection: true }),
          decision('d', 'l1'),
          end(),
        ],
        [
          flow('start', 'a'),
          flow('a', 'check'),
          flow('check', 'd'),
          flow('d', 'a', { probability: 20, outcome: 'reject' }),
          flow('d', 'end', { probability: 80, outcome: 'pass' }),
        ],
      ),
    );
    expect(f.visits.a).toBeCloseTo(1.25, 12);
    expect(f.reworkLoops).toEqual([
      {
        decisionId: 'd',
        checkId: 'check',
        targetId: 'a',
        edgeId: expect.stringMatching(/-d-a$/) as string,
        probability: 0.2,
        extraMinutesPerCase: expect.closeTo(0.25 * 15, 12) as number,
        bodyIds: ['a', 'check', 'd'],
      },
    ]);
  });

  it('through a fix step: the branch out of the decision, the fix step in the body', () => {
    const f = figuresOf(
      graphOf(
        lane,
        [
          start(),
          step('a', 'l1', { workMinutes: 10, isApproval: true }),
          step('b', 'l1', { workMinutes: 5 }),
          decision('d', 'l1'),
          step('fix', 'l1', { workMinutes: 8 }),
          end(),
        ],
        [
          flow('start', 'a'),
          flow('a', 'b'),
          flow('b', 'd'),
          flow('d', 'fix', { probability: 20 }),
          flow('fix', 'a'),
          flow('d', 'end', { probability: 80 }),
        ],
      ),
    );
    const [loop] = f.reworkLoops;
    expect(f.reworkLoops).toHaveLength(1);
    expect(loop?.decisionId).toBe('d');
    expect(loop?.edgeId).toMatch(/-d-fix$/);
    expect(loop?.checkId).toBe('a');
    expect(loop?.probability).toBe(0.2);
    expect(loop?.extraMinutesPerCase).toBeCloseTo(0.25 * (10 + 5 + 8), 12);
    expect(loop?.bodyIds).toEqual(['a', 'b', 'd', 'fix']);
  });

  it('nested loops each count their own returns; together they make up the extra work', () => {
    const f = figuresOf(
      graphOf(
        lane,
        [
          start(),
          step('a', 'l1', { workMinutes: 10 }),
          step('b', 'l1', { workMinutes: 10 }),
          decision('d1', 'l1'),
          step('c', 'l1', { workMinutes: 10 }),
          decision('d2', 'l1'),
          end(),
        ],
        [
          flow('start', 'a'),
          flow('a', 'b'),
          flow('b', 'd1'),
          flow('d1', 'b'),
          flow('d1', 'c', { probability: 50 }),
          flow('c', 'd2'),
          flow('d2', 'a', { probability: 20 }),
          flow('d2', 'end', { probability: 80 }),
        ],
      ),
    );
    const byDecision = new Map(f.reworkLoops.map((loop) => [loop.decisionId, loop]));
    // Inner: v(d1) = 2.5, half of it returns: 1.25 × 10. Outer: 1.25 × 0.2 × 30.
    expect(byDecision.get('d1')?.extraMinutesPerCase).toBeCloseTo(12.5, 12);
    expect(byDecision.get('d1')?.bodyIds).toEqual(['b', 'd1']);
    expect(byDecision.get('d1')?.probability).toBeNull();
    expect(byDecision.get('d1')?.checkId).toBeNull();
    expect(byDecision.get('d2')?.extraMinutesPerCase).toBeCloseTo(7.5, 12);
    expect(byDecision.get('d2')?.bodyIds).toEqual(['a', 'b', 'd1', 'c', 'd2']);
    expect(f.touchMinutes - 30).toBeCloseTo(12.5 + 7.5, 12);
  });

  it('a back edge out of a step that has its own way on is no rework loop', () => {
    const f = figuresOf(
      graphOf(
        lane,
        [start(), step('a', 'l1'), step('b', 'l1'), end()],
        [flow('start', 'a'), flow('a', 'b'), flow('b', 'a'), flow('b', 'end')],
      ),
    );
    expect(f.reworkLoops).toEqual([]);
  });
});

describe('rolled yield (§b3)', () => {
  it('multiplies first-pass yields along the critical path only (0.95 × 0.84 × 0.88)', () => {
    const f = figuresOf(
      graphOf(
        lane,
        [
          start(),
          step('a', 'l1', { workMinutes: 10, firstPassYield: 95 }),
          decision('d', 'l1'),
          step('b', 'l1', { workMinutes: 30, firstPassYield: 84 }),
          step('short', 'l1', { workMinutes: 1, firstPassYield: 50 }),
          step('c', 'l1', { workMinutes: 10, firstPassYield: 88 }),
          step('plain', 'l1', { workMinutes: 10 }),
          end(),
        ],
        [
          flow('start', 'a'),
          flow('a', 'd'),
          flow('d', 'b'),
          flow('d', 'short'),
          flow('b', 'c'),
          flow('short', 'c'),
          flow('c', 'plain'),
          flow('plain', 'end'),
        ],
      ),
    );
    expect(f.rolledYield).toBeCloseTo(0.95 * 0.84 * 0.88, 12);
    expect(f.rolledYield.toFixed(2)).toBe('0.70');
  });

  it('is 100 % when no step gives a yield', () => {
    const f = figuresOf(
      graphOf(lane, [start(), step('a', 'l1'), end()], [flow('start', 'a'), flow('a', 'end')]),
    );
    expect(f.rolledYield).toBe(1);
  });
});
