import { describe, expect, it } from 'vitest';
import {
  effectiveHours,
  processHoursByRole,
  STAFFING_PRESETS,
  staffingOf,
} from '../../../shared/analysis/staffing';
import { decision, end, flow, graphOf, libraryOf, start, step } from './graphs';

const standard = STAFFING_PRESETS.standard;

describe('staffing from the processes (§d2)', () => {
  it('one FTE gives 1,662.5 effective hours on the standard basis, 1,649.2 on the 2025 one', () => {
    expect(effectiveHours(standard)).toBeCloseTo(1662.5, 9);
    expect(effectiveHours(STAFFING_PRESETS.calendar2025)).toBeCloseTo(1649.2, 9);
  });

  it('the insurer: 17 minutes a case at 10,000 cases is 2,833 h, 1.70 FTE of real work', () => {
    const graph = graphOf(
      { l1: 'role:1' },
      [start(), step('a', 'l1', { workMinutes: 9 }), step('b', 'l1', { workMinutes: 8 }), end()],
      [flow('start', 'a'), flow('a', 'b'), flow('b', 'end')],
      { annualVolume: 10000 },
    );
    const hours = processHoursByRole(graph, libraryOf([{ id: 1 }])).get(1) ?? NaN;
    expect(hours).toBeCloseTo(2833.33, 2);
    const staffing = staffingOf(hours, 19, standard);
    expect(staffing.fte.toFixed(2)).toBe('1.70');
    expect(staffing.recommended).toBe(2);
    expect(staffing.considerCombining).toBe(false);
    expect(staffing.saturation?.toFixed(3)).toBe('0.090');
  });

  it('shares a step among its performers and counts a rework loop’s repeats', () => {
    const graph = graphOf(
      { l1: 'role:1' },
      [
        start(),
        step('a', 'l1', { workMinutes: 60, raci: [{ roleId: 2, letter: 'R' }] }),
        decision('ok', 'l1'),
        end(),
      ],
      [
        flow('start', 'a'),
        flow('a', 'ok'),
        flow('ok', 'end', { probability: 80 }),
        flow('ok', 'a', { probability: 20 }),
      ],
      { annualVolume: 100 },
    );
    const hours = processHoursByRole(graph, libraryOf([{ id: 1 }, { id: 2 }]));
    // 100 cases × 1.25 visits × 60 min ÷ 60, shared by the lane's role and the R.
    expect(hours.get(1)).toBeCloseTo(62.5, 9);
    expect(hours.get(2)).toBeCloseTo(62.5, 9);
  });

  it('a process without a volume gives no hours (nothing is guessed)', () => {
    const graph = graphOf(
      { l1: 'role:1' },
      [start(), step('a', 'l1', { workMinutes: 60 }), end()],
      [flow('start', 'a'), flow('a', 'end')],
    );
    expect(processHoursByRole(graph, libraryOf([{ id: 1 }])).size).toBe(0);
  });

  it.each([
    // The sources' own roundings (§d1): 1.905 → 2; 104.17 → 104 with the 兼岗 flag.
    [1.905, 2, false],
    [104.17, 104, true],
    [0.3, 0, true],
    [2, 2, false],
    [0, 0, false],
  ])('%s FTE gives 定员 %s (consider 兼岗: %s)', (fte, recommended, combining) => {
    const staffing = staffingOf(fte * effectiveHours(standard), null, standard);
    expect(staffing.recommended).toBe(recommended);
    expect(staffing.considerCombining).toBe(combining);
    expect(staffing.saturation).toBeNull();
  });
});
