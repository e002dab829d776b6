import { describe, expect, it } from 'vitest';
import { DEFAULT_ANALYSIS_SETTINGS } from '../../../shared/analysis/settings';
import { end, flow, graphOf, start, step } from '../analysis/graphs';
import { duty } from '../helpers/fixtures';
import { organisationLibrary } from './organisationLibrary';

/*
 * The 定岗定编 table (§d2) on a real library file, figures worked by hand: the insurer's 17
 * minutes a case at 10,000 cases is 2,833.3 h, 1.70 FTE of real work against the 19 people
 * its description plans; one FTE is 1,662.5 h on the standard basis, 1,649.2 h on 2025's.
 */

function insurer() {
  const library = organisationLibrary();
  const { services, saveRole, newMap } = library;
  const head = services.departments.create('总公司', null);
  const claims = services.departments.create('理赔部', head.id);
  const handler = services.roles.create(claims.id, '理赔专员');
  saveRole(handler, {
    headcount: 19,
    // 每月 2 hours of reporting no step carries: 12 × 120 min = 24 h.
    duties: [duty('编制理赔月报', { frequency: 'monthly', minutesPerOccurrence: 120 })],
  });
  const map = newMap(
    '理赔流程',
    claims.id,
    graphOf(
      { l1: `role:${handler.id}` },
      [start(), step('a', 'l1', { workMinutes: 9 }), step('b', 'l1', { workMinutes: 8 }), end()],
      [flow('start', 'a'), flow('a', 'b'), flow('b', 'end')],
      { annualVolume: 10000 },
    ),
  );
  return { ...library, head, claims, handler, map };
}

describe('the staffing table (定岗定编)', () => {
  it('gives the insurer 1.70 FTE of process work against 19 people, with the basis', async () => {
    const { call, claims, handler, map } = insurer();
    const table = await call('organisation:staffing', { departmentId: null });
    expect(table.basis).toMatchObject({ preset: 'standard', yearHours: 2000 });
    expect(table.basis.effectiveHours).toBeCloseTo(1662.5, 9);
    expect(table.departments.map((d) => [d.name, d.depth])).toEqual([
      ['总公司', 0],
      ['理赔部', 1],
    ]);
    const row = table.departments[1]?.rows[0];
    expect(row?.roleId).toBe(handler.id);
    expect(row?.processHours).toHaveLength(1);
    expect(row?.processHours[0]?.processId).toBe(map.id);
    const processHours = row?.processHours[0]?.hours ?? NaN;
    expect(processHours).toBeCloseTo(2833.33, 2);
    expect((processHours / 1662.5).toFixed(2)).toBe('1.70');
    expect(row?.dutyHours).toBeCloseTo(24, 9);
    expect(row?.total).toBeCloseTo(2857.33, 2);
    expect(row?.fte.toFixed(3)).toBe('1.719');
    expect(row?.recommended).toBe(2);
    expect(row?.band).toBe('under');
    expect(table.departments[1]?.totals).toMatchObject({ headcount: 19, recommended: 2 });
    expect(table.processes.map((p) => p.id)).toEqual([map.id]);
    const onlyClaims = await call('organisation:staffing', { departmentId: claims.id });
    expect(onlyClaims.departments.map((d) => d.name)).toEqual(['理赔部']);
  });

  it('uses the 2025 calendar when the settings say so: 1,649.2 h a person', async () => {
    const { call } = insurer();
    await call('analysis:setSettings', {
      ...DEFAULT_ANALYSIS_SETTINGS,
      staffing: { ...DEFAULT_ANALYSIS_SETTINGS.staffing, preset: 'calendar2025', workingDays: 248 },
    });
    const table = await call('organisation:staffing', { departmentId: null });
    expect(table.basis).toMatchObject({ preset: 'calendar2025', yearHours: 1984 });
    expect(table.basis.effectiveHours).toBeCloseTo(1649.2, 9);
    const row = table.departments[1]?.rows[0];
    // 每月 stays 12 times a year; only one person's hours change with the calendar.
    expect(row?.fte).toBeCloseTo((10000 * 17) / 60 / 1649.2 + 24 / 1649.2, 9);
  });

  it('refuses a department that does not exist', async () => {
    const { refused } = insurer();
    expect((await refused('organisation:staffing', { departmentId: 999 })).code).toBe('NOT_FOUND');
  });
});
