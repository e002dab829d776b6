import { describe, expect, it } from 'vitest';
import { analyseProcess } from '../../../shared/analysis';
import { compareFigures } from '../../../shared/analysis/compare';
import type { TimeBasis } from '../../../shared/analysis/settings';
import { insurerProcesses } from '../../../electron/library/seed/insurerProcess';
import { decision, end, flow, graphOf, libraryOf, start, step } from './graphs';
import { figuresOf } from './figureGraphs';

/*
 * The insurer test oracle of PROCESS-ANALYSIS.md §b2: 17 minutes of VA work, lead times of 5
 * days, 25 days and 24 hours. Each expected PCE is given with the decimals §b2 prints.
 */

const lane = { l1: '' };
const percent = (share: number | null | undefined, decimals: number) =>
  share === null || share === undefined ? 'none' : (share * 100).toFixed(decimals);
const at = (basis: TimeBasis) => libraryOf([], { timeBasis: basis });

/** Waits in minutes: the VA step is on the critical path, the case takes exactly `lead`. */
function inMinutes(lead: number) {
  return graphOf(
    lane,
    [
      start(),
      step('register', 'l1', { workMinutes: 17, waitMinutes: lead - 17, valueClass: 'VA' }),
      end(),
    ],
    [flow('start', 'register'), flow('register', 'end')],
  );
}

/**
 * Waits in days: the 17 minutes of work run beside the waiting (an AND block), so the case
 * takes exactly the days, whatever a day is on the basis. The waiting branch chooses how long
 * the insurer waits: 1, 5 or 25 days.
 */
function inDays(days: { fast: number; normal: number; slow: number }) {
  return graphOf(
    lane,
    [
      start(),
      decision('split', 'l1', { gateway: 'parallel' }),
      step('register', 'l1', { workMinutes: 17, valueClass: 'VA' }),
      decision('how', 'l1'),
      step('fast', 'l1', { waitDays: days.fast, workMinutes: 0, valueClass: 'NVA' }),
      step('normal', 'l1', { waitDays: days.normal, workMinutes: 0, valueClass: 'NVA' }),
      step('slow', 'l1', { waitDays: days.slow, workMinutes: 0, valueClass: 'NVA' }),
      decision('join', 'l1', { gateway: 'parallel' }),
      end(),
    ],
    [
      flow('start', 'split'),
      flow('split', 'register'),
      flow('split', 'how'),
      flow('how', 'fast', { probability: 10 }),
      flow('how', 'normal', { probability: 80 }),
      flow('how', 'slow', { probability: 10 }),
      flow('register', 'join'),
      flow('fast', 'join'),
      flow('normal', 'join'),
      flow('slow', 'join'),
      flow('join', 'end'),
    ],
  );
}

describe('the insurer oracle (§b2): 17 min of VA work', () => {
  it.each([
    ['working', 5 * 480, '0.708'],
    ['working', 25 * 480, '0.142'],
    ['calendar', 5 * 1440, '0.236'],
    ['calendar', 25 * 1440, '0.047'],
    ['calendar', 24 * 60, '1.18'],
  ] as const)('waits in minutes, %s basis, lead time %i min: PCE %s %%', (basis, lead, pce) => {
    const f = figuresOf(inMinutes(lead), at(basis));
    expect(f.leadTime?.critical).toBe(lead);
    expect(percent(f.pce.critical, pce.length - 2)).toBe(pce);
    expect(percent(f.pce.expected, pce.length - 2)).toBe(pce);
  });

  it.each([
    ['working', 5, '0.708'],
    ['working', 25, '0.142'],
    ['calendar', 5, '0.236'],
    ['calendar', 25, '0.047'],
  ] as const)('waits of whole days, %s basis, %i days: PCE %s %%', (basis, days, pce) => {
    const f = figuresOf(inDays({ fast: days, normal: days, slow: days }), at(basis));
    expect(f.leadTime?.expected).toBe(days * f.dayMinutes);
    expect(percent(f.pce.expected, pce.length - 2)).toBe(pce);
  });

  it('switching the basis: best 1 day (24 h calendar: 1.18 %), critical 25 days, expected 6.6', () => {
    const graph = inDays({ fast: 1, normal: 5, slow: 25 });
    const calendar = figuresOf(graph, at('calendar'));
    expect(calendar.leadTime).toEqual({
      critical: 25 * 1440,
      best: 1440,
      expected: expect.closeTo(6.6 * 1440, 9) as number,
    });
    expect(percent(17 / (calendar.leadTime?.best ?? NaN), 2)).toBe('1.18');
    expect(percent(calendar.pce.expected, 3)).toBe(percent(17 / (6.6 * 1440), 3));
    expect(calendar.criticalPath).toEqual(['start', 'split', 'how', 'slow', 'join', 'end']);
    const working = figuresOf(graph, at('working'));
    expect(working.leadTime?.critical).toBe(25 * 480);
    expect(working.waitMinutes).toBeCloseTo(6.6 * 480, 9);
  });
});

describe('the insurer sample maps (DOMAIN.md case)', () => {
  const roleIds = new Map<string, number>();
  const ids = {
    department: () => 1,
    role: (code: string) => {
      if (!roleIds.has(code)) roleIds.set(code, roleIds.size + 1);
      return roleIds.get(code) ?? 0;
    },
  };
  const [asIsMap, toBeMap] = insurerProcesses(ids);
  const library = (basis: TimeBasis) =>
    libraryOf(
      [...roleIds.values()].map((id) => ({ id, hourlyRate: 80 })),
      { timeBasis: basis },
    );

  it.each(['working', 'calendar'] as const)(
    'as-is: PCE far under 1 %% on the %s basis; the case manager cuts lead time and hand-offs',
    (basis) => {
      if (!asIsMap || !toBeMap) throw new Error('the seed has two insurer maps');
      const asIs = analyseProcess({ graph: asIsMap.graph, library: library(basis) }).figures;
      const toBe = analyseProcess({ graph: toBeMap.graph, library: library(basis) }).figures;
      expect(asIs.pce.critical).toBeLessThan(0.01);
      expect(asIs.pce.expected).toBeLessThan(0.01);
      expect(toBe.pce.expected ?? 0).toBeGreaterThan(10 * (asIs.pce.expected ?? 1));
      const rows = new Map(compareFigures(asIs, toBe).map((row) => [row.metric, row]));
      expect(rows.get('leadTimeExpected')?.deltaPercent).toBeLessThan(-90);
      expect(rows.get('handOffs')?.to).toBe(0);
      expect(asIs.reworkLoops.length).toBeGreaterThan(0);
    },
  );
});
