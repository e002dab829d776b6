import { describe, expect, it } from 'vitest';
import { COMPARED_METRICS, compareFigures } from '../../../shared/analysis/compare';
import { decision, end, flow, graphOf, libraryOf, start, step } from './graphs';
import { figuresOf } from './figureGraphs';

/*
 * As-is: register → check (approval, 20 % back) → archive, three roles in two departments.
 * To-be: register and check merged into one step of role 1, archive kept, rework gone.
 */
const library = libraryOf([
  { id: 1, departmentId: 1, hourlyRate: 60 },
  { id: 2, departmentId: 2, hourlyRate: 120 },
  { id: 3, departmentId: 2, hourlyRate: 60 },
]);
const asIs = figuresOf(
  graphOf(
    { l1: 'role:1', l2: 'role:2', l3: 'role:3' },
    [
      start('start', 'l1'),
      step('register', 'l1', { workMinutes: 30, waitMinutes: 90, valueClass: 'VA' }),
      step('check', 'l2', { workMinutes: 30, waitDays: 1, isApproval: true, firstPassYield: 80 }),
      decision('d', 'l2'),
      step('archive', 'l3', { workMinutes: 60, waitMinutes: 0, valueClass: 'NVA' }),
      end('end', 'l3'),
    ],
    [
      flow('start', 'register'),
      flow('register', 'check'),
      flow('check', 'd'),
      flow('d', 'register', { probability: 20 }),
      flow('d', 'archive', { probability: 80 }),
      flow('archive', 'end'),
    ],
    { annualVolume: 1000 },
  ),
  library,
);
const toBe = figuresOf(
  graphOf(
    { l1: 'role:1', l3: 'role:3' },
    [
      start('start', 'l1'),
      step('register', 'l1', { workMinutes: 40, waitMinutes: 30, valueClass: 'VA' }),
      step('archive', 'l3', { workMinutes: 60, waitMinutes: 0, valueClass: 'NVA' }),
      end('end', 'l3'),
    ],
    [flow('start', 'register'), flow('register', 'archive'), flow('archive', 'end')],
    { annualVolume: 1000 },
  ),
  library,
);

describe('as-is against to-be (§b5)', () => {
  const rows = new Map(compareFigures(asIs, toBe).map((row) => [row.metric, row]));

  it('has one row per metric, in the exported order', () => {
    expect(compareFigures(asIs, toBe).map((row) => row.metric)).toEqual([...COMPARED_METRICS]);
  });

  it.each([
    // metric, unit, as, to, Δ, Δ%
    ['activityCount', 'count', 3, 2, -1, -100 / 3],
    // 1.25 × (120 + 30 + 480) + 60 = 847.5 → 130
    ['leadTimeCritical', 'minutes', 847.5, 130, -717.5, (-717.5 / 847.5) * 100],
    ['leadTimeExpected', 'minutes', 847.5, 130, -717.5, (-717.5 / 847.5) * 100],
    ['touchMinutes', 'minutes', 135, 100, -35, (-35 / 135) * 100],
    ['waitMinutes', 'minutes', 712.5, 30, -682.5, (-682.5 / 712.5) * 100],
    ['pceCritical', 'share', 37.5 / 847.5, 40 / 130, 40 / 130 - 37.5 / 847.5, null],
    // register → check 1.25, check → register 0.25, check → archive 1: 2.5; departments 1.25 + 0.25.
    ['handOffs', 'count', 2.5, 1, -1.5, -60],
    ['departmentHandOffs', 'count', 1.5, 1, -0.5, (-0.5 / 1.5) * 100],
    ['roles', 'count', 3, 2, -1, (-1 / 3) * 100],
    ['departments', 'count', 2, 2, 0, 0],
    ['approvals', 'count', 1, 0, -1, -100],
    ['inspections', 'count', 0, 0, 0, null],
    // 1.25 × (30 + 60) + 60 = 172.5 → 40 + 60
    ['costPerCase', 'money', 172.5, 100, -72.5, (-72.5 / 172.5) * 100],
    ['annualCost', 'money', 172_500, 100_000, -72_500, (-72.5 / 172.5) * 100],
    ['rolledYield', 'share', 0.8, 1, 0.2, null],
  ] as const)('%s (%s): %s → %s', (metric, unit, as, to, delta, percent) => {
    const row = rows.get(metric);
    expect(row?.unit).toBe(unit);
    expect(row?.as).toBeCloseTo(as, 9);
    expect(row?.to).toBeCloseTo(to, 9);
    expect(row?.delta).toBeCloseTo(delta, 9);
    if (percent === null) expect(row?.deltaPercent).toBeNull();
    else expect(row?.deltaPercent).toBeCloseTo(percent, 9);
  });

  it('an unknown figure on either side has no change', () => {
    const endless = figuresOf(
      graphOf(
        { l1: '' },
        [start(), step('a', 'l1'), step('b', 'l1')],
        [flow('start', 'a'), flow('a', 'b'), flow('b', 'a')],
      ),
    );
    const row = compareFigures(endless, toBe).find((r) => r.metric === 'leadTimeCritical');
    expect(row).toMatchObject({ as: null, to: 130, delta: null, deltaPercent: null });
  });
});
