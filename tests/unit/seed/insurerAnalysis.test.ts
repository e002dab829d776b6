import { describe, expect, it } from 'vitest';
import {
  INSURER_AS_IS_CODE,
  INSURER_CASE_MANAGER_CODE,
} from '../../../electron/library/seed/insurerProcess';
import { seedSampleLibrary } from '../../../electron/library/seed/sampleLibrary';
import { AnalysisService } from '../../../electron/services/analysisService';
import { analyseProcess } from '../../../shared/analysis';
import { DAY_MINUTES, type TimeBasis } from '../../../shared/analysis/settings';
import type { Process } from '../../../shared/process';
import { openTempSession } from '../helpers/tempFiles';

/*
 * The acceptance case: the sample library's insurer pair, seeded into a real library
 * and analysed with the library's own roles, rates and settings, shows the classic case —
 * as-is process cycle efficiency under 1 % on both time bases, 5 departments, hand-offs, and
 * the case-manager variant beside it, far faster.
 */

function seededPair() {
  const { session } = openTempSession();
  const repositories = session.repositories();
  const seeded = seedSampleLibrary(repositories);
  const processOf = (code: string): Process => {
    const id = seeded.processIds.get(code);
    const found = id === undefined ? undefined : repositories.processes.get(id);
    if (!found) throw new Error(`process ${code} not seeded`);
    return found;
  };
  const library = new AnalysisService(session).library();
  const analyse = (process: Process, timeBasis: TimeBasis = 'working') =>
    analyseProcess({
      graph: process.graph,
      library: { ...library, settings: { ...library.settings, timeBasis } },
      ownerRoleId: process.ownerRoleId,
    });
  return {
    asIs: processOf(INSURER_AS_IS_CODE),
    toBe: processOf(INSURER_CASE_MANAGER_CODE),
    list: repositories.processes.list({ processClass: null, departmentId: null }),
    analyse,
  };
}

const days = (minutes: number | undefined, basis: TimeBasis = 'working') =>
  (minutes ?? NaN) / DAY_MINUTES[basis];

describe('the sample insurer pair, analysed', () => {
  it('links the case-manager process to the as-is as its to-be, with volume and 时限', () => {
    const { asIs, toBe, list } = seededPair();
    expect(toBe.graph.analysis?.variantOfId).toBe(asIs.id);
    // The process list says so too, so the editor finds the pair without reading every map.
    expect(list.find((p) => p.id === toBe.id)?.variantOfId).toBe(asIs.id);
    expect(list.find((p) => p.id === asIs.id)?.variantOfId).toBeNull();
    expect(asIs.graph.analysis?.variantOfId ?? null).toBeNull();
    expect(asIs.graph.analysis).toMatchObject({ annualVolume: 10000, timeLimitDays: 25 });
    expect(toBe.graph.analysis).toMatchObject({ annualVolume: 10000, timeLimitDays: 1 });
  });

  it('gives the as-is PCE under 1 % on both time bases, from 5 to 25 working days', () => {
    const { asIs, analyse } = seededPair();
    for (const basis of ['working', 'calendar'] as const) {
      const { figures } = analyse(asIs, basis);
      expect(figures.touchMinutes, basis).toBeGreaterThan(17);
      expect(figures.pce.critical, basis).not.toBeNull();
      expect(figures.pce.critical ?? 1, basis).toBeLessThan(0.01);
      expect(figures.pce.expected ?? 1, basis).toBeLessThan(0.01);
    }
    const { figures } = analyse(asIs);
    // DOMAIN: "it took 5 to 25 days", here in working days.
    expect(days(figures.leadTime?.best)).toBeGreaterThan(4.5);
    expect(days(figures.leadTime?.best)).toBeLessThan(5.5);
    expect(days(figures.leadTime?.critical)).toBeGreaterThan(22);
    expect(days(figures.leadTime?.critical)).toBeLessThan(27);
    expect(figures.timeLimitMinutes).toBe(25 * DAY_MINUTES.working);
  });

  it('counts 5 departments and the hand-offs between them in the as-is', () => {
    const { asIs, analyse } = seededPair();
    const { figures } = analyse(asIs);
    expect(figures.departmentIds).toHaveLength(5);
    expect(figures.handOffs.departments).toBeGreaterThanOrEqual(4);
    expect(figures.handOffs.roles).toBeGreaterThan(figures.handOffs.departments);
  });

  it('prices a case of both, the as-is dearer, and the to-be far faster', () => {
    const { asIs, toBe, analyse } = seededPair();
    const before = analyse(asIs).figures;
    const after = analyse(toBe).figures;
    // Every step is priced: its performers have a wage.
    for (const step of [...before.steps, ...after.steps]) {
      expect(step.costPerExecution, step.label).not.toBeNull();
    }
    expect(after.cost.perCase).not.toBeNull();
    expect(before.cost.perCase ?? 0).toBeGreaterThan(after.cost.perCase ?? Infinity);
    expect(before.cost.perYear).toBeCloseTo((before.cost.perCase ?? NaN) * 10000, 6);
    expect(after.handOffs.roles).toBe(0);
    // Same day against weeks: the redesign's critical path is under a working day.
    expect(after.leadTime?.critical ?? Infinity).toBeLessThan(DAY_MINUTES.working);
    expect((after.leadTime?.critical ?? Infinity) * 20).toBeLessThan(
      before.leadTime?.critical ?? 0,
    );
  });

  it('is modelled cleanly: no RACI or modelling errors, all data given, probabilities add up', () => {
    const { asIs, toBe, analyse } = seededPair();
    for (const process of [asIs, toBe]) {
      const findings = analyse(process).findings.filter((f) => /^[RM]\d/.test(f.rule));
      const errors = findings.filter((f) => f.severity === 'error');
      expect(errors, process.code).toEqual([]);
      const rules = new Set(findings.map((f) => f.rule));
      for (const rule of ['R1', 'R4', 'R5', 'R6', 'R8', 'M2', 'M9', 'M10', 'M11', 'M12', 'M13']) {
        expect(rules.has(rule as never), `${process.code} ${rule}`).toBe(false);
      }
    }
  });
});
