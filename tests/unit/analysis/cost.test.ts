import { describe, expect, it } from 'vitest';
import { hourlyRate } from '../../../shared/analysis/rates';
import { decision, end, flow, graphOf, libraryOf, start, step } from './graphs';
import { figuresOf, stepOf } from './figureGraphs';

describe('role rates (§b4)', () => {
  it.each([
    [{ annualCost: 200_000, monthlyWage: null }, 2000, 100],
    [{ annualCost: 192_000, monthlyWage: null }, 1920, 100],
    [{ annualCost: null, monthlyWage: 8_700 }, 2000, 50], // 8,700 ÷ (21.75 × 8)
    [{ annualCost: 200_000, monthlyWage: 8_700 }, 2000, 100],
    [{ annualCost: null, monthlyWage: null }, 2000, null],
  ])('%j over %i h → %s 元/h', (cost, hours, rate) => {
    expect(hourlyRate(cost, hours)).toBe(rate);
  });
});

/*
 * Role 1 costs 200,000 a year (100/h), role 2 earns 8,700 a month (50/h), role 3 has no cost.
 * A decision sends half the cases on to f and g.
 */
const library = libraryOf([
  { id: 1, hourlyRate: hourlyRate({ annualCost: 200_000, monthlyWage: null }, 2000) },
  { id: 2, hourlyRate: hourlyRate({ annualCost: null, monthlyWage: 8_700 }, 2000) },
  { id: 3 },
]);
const graph = (annualVolume?: number) =>
  graphOf(
    { l1: 'role:1', l2: 'role:2', l3: 'dept:1', l4: 'role:3' },
    [
      start('start', 'l1'),
      step('a', 'l1', { workMinutes: 30, valueClass: 'VA' }),
      step('b', 'l2', { workMinutes: 60, valueClass: 'NVA', raci: [{ roleId: 1, letter: 'R' }] }),
      decision('d', 'l2'),
      step('f', 'l3', { workMinutes: 0, fixedCost: 12 }),
      step('g', 'l4', { workMinutes: 10 }),
      end('end', 'l1'),
    ],
    [
      flow('start', 'a'),
      flow('a', 'b'),
      flow('b', 'd'),
      flow('d', 'f', { probability: 50 }),
      flow('d', 'end', { probability: 50 }),
      flow('f', 'g'),
      flow('g', 'end'),
    ],
    annualVolume === undefined ? undefined : { annualVolume },
  );

describe('cost (§b4)', () => {
  it.each([
    ['a: 30 min at 100/h', 'a', 50, 50],
    ['b: 60 min shared equally by the lane role (50/h) and an R (100/h)', 'b', 75, 75],
    ['f: a department lane with no role: the fixed cost alone', 'f', 12, 6],
    ['g: its only performer has no rate and there is no fixed cost', 'g', null, null],
  ])('%s', (_name, id, perExecution, perCase) => {
    const row = stepOf(figuresOf(graph(1000), library), id);
    expect(row.costPerExecution).toBe(perExecution);
    expect(row.costPerCase).toBe(perCase);
  });

  it('sums the case, the year and the non-value share', () => {
    const f = figuresOf(graph(1000), library);
    expect(f.cost.perCase).toBeCloseTo(50 + 75 + 6, 12);
    expect(f.cost.perYear).toBeCloseTo(131_000, 9);
    expect(f.cost.nvaShare).toBeCloseTo(75 / 131, 12);
    expect(stepOf(f, 'b').nvaCostPerCase).toBe(75);
    expect(stepOf(f, 'a').nvaCostPerCase).toBe(0);
    expect(stepOf(f, 'g').nvaCostPerCase).toBeNull();
  });

  it('annual hours: volume × visits × work / 60', () => {
    const f = figuresOf(graph(1000), library);
    expect(['a', 'b', 'f', 'g'].map((id) => stepOf(f, id).annualHours)).toEqual([
      500,
      1000,
      0,
      (1000 * 0.5 * 10) / 60,
    ]);
  });

  it('without a volume there is no annual cost and no annual hours', () => {
    const f = figuresOf(graph(), library);
    expect(f.annualVolume).toBeNull();
    expect(f.cost.perCase).toBeCloseTo(131, 12);
    expect(f.cost.perYear).toBeNull();
    expect(stepOf(f, 'a').annualHours).toBeNull();
  });

  it('with no rate anywhere the cost is unknown, not 0', () => {
    const f = figuresOf(graph(1000), libraryOf([{ id: 1 }, { id: 2 }, { id: 3 }]));
    // Only f's fixed cost is known.
    expect(f.cost.perCase).toBe(6);
    const bare = figuresOf(
      graphOf(
        { l1: 'role:1' },
        [start(), step('a', 'l1', { workMinutes: 5 }), end()],
        [flow('start', 'a'), flow('a', 'end')],
      ),
      libraryOf([{ id: 1 }]),
    );
    expect(bare.cost).toEqual({ perCase: null, perYear: null, nvaShare: null });
  });

  it('a performer without a rate: the others share the work, at their average rate', () => {
    const f = figuresOf(
      graphOf(
        { l1: 'role:1' },
        [start(), step('a', 'l1', { workMinutes: 60, raci: [{ roleId: 3, letter: 'R' }] }), end()],
        [flow('start', 'a'), flow('a', 'end')],
      ),
      library,
    );
    expect(stepOf(f, 'a').costPerExecution).toBe(100);
  });
});
