import { describe, expect, it } from 'vitest';
import { decision, end, flow, graphOf, libraryOf, start, step } from './graphs';
import { figuresOf, stepOf } from './figureGraphs';

describe('touch, value and wait times (§b2)', () => {
  const sequence = graphOf(
    { l1: '' },
    [
      start(),
      step('a', 'l1', { workMinutes: 10, waitMinutes: 20, valueClass: 'VA' }),
      step('b', 'l1', { workMinutes: 5, waitDays: 1, valueClass: 'NVA' }),
      step('c', 'l1', { workMinutes: 3 }),
      end(),
    ],
    [flow('start', 'a'), flow('a', 'b'), flow('b', 'c'), flow('c', 'end')],
  );

  it.each([
    ['working', 480],
    ['calendar', 1440],
  ] as const)('sums work and wait once per visit (%s basis: a day is %i min)', (basis, day) => {
    const f = figuresOf(sequence, libraryOf([], { timeBasis: basis }));
    expect(f.basis).toBe(basis);
    expect(f.dayMinutes).toBe(day);
    expect(f.touchMinutes).toBe(18);
    expect(f.valueMinutes).toEqual({ VA: 10, BVA: 0, NVA: 5 });
    expect(f.unclassifiedMinutes).toBe(3);
    expect(f.waitMinutes).toBe(20 + day);
    expect(stepOf(f, 'b').waitMinutes).toBe(day);
    expect(stepOf(f, 'b').elapsedMinutes).toBe(5 + day);
    expect(stepOf(f, 'c').waitMinutes).toBeNull();
    expect(f.activityCount).toBe(3);
  });

  it('weighs each step by its expected visits (XOR 30/70)', () => {
    const f = figuresOf(
      graphOf(
        { l1: '' },
        [
          start(),
          decision('d', 'l1'),
          step('b', 'l1', { workMinutes: 100, waitMinutes: 10, valueClass: 'BVA' }),
          step('c', 'l1', { workMinutes: 20, waitMinutes: 0, valueClass: 'BVA' }),
          end(),
        ],
        [
          flow('start', 'd'),
          flow('d', 'b', { probability: 30 }),
          flow('d', 'c', { probability: 70 }),
          flow('b', 'end'),
          flow('c', 'end'),
        ],
      ),
    );
    expect(f.touchMinutes).toBeCloseTo(0.3 * 100 + 0.7 * 20, 12);
    expect(f.valueMinutes.BVA).toBeCloseTo(44, 12);
    expect(f.waitMinutes).toBeCloseTo(3, 12);
    expect(stepOf(f, 'b').elapsedMinutes).toBeCloseTo(0.3 * 110, 12);
  });

  it.each([
    [{ timeLimitDays: 2 }, 'working', 960],
    [{ timeLimitDays: 2, timeLimitMinutes: 30 }, 'calendar', 2910],
    [{ timeLimitMinutes: 45 }, 'working', 45],
    [{}, 'working', null],
  ] as const)('time limit %j on the %s basis is %s minutes', (limit, basis, minutes) => {
    const graph = graphOf({ l1: '' }, [start(), step('a', 'l1'), end()], [], limit);
    expect(figuresOf(graph, libraryOf([], { timeBasis: basis })).timeLimitMinutes).toBe(minutes);
  });
});
