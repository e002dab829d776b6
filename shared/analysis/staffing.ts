import { performersOf } from './figures/cost';
import { buildFlow, type FlowModel } from './flow';
import type { ProcessGraph } from '../process';
import type { AnalysisLibrary } from './types';
import { expectedVisits, type Visits } from './visits';

/*
 * 定岗定编 from the processes (PROCESS-ANALYSIS.md §d2, the time-quota form of 劳动效率定员法):
 * a role's hours a year are the work of the steps it performs, times how often they run; FTE
 * are those hours over the effective hours of one person; 饱和度 compares FTE with the
 * headcount its description plans. The first building block of issue 10's staffing table.
 */

/** What one person's year holds (§d2 defaults; every output shows the basis it used). */
export type StaffingBasis = {
  /** 年制度工作日. */
  workingDays: number;
  hoursPerDay: number;
  /** 出勤率 (0–1). */
  attendance: number;
  /** 工时利用率 (0–1): the share left after personal needs and rest allowances. */
  utilisation: number;
};

export const STAFFING_PRESETS = {
  /** 劳社部发〔2008〕3号: 250 days, 2,000 hours. */
  standard: { workingDays: 250, hoursPerDay: 8, attendance: 0.95, utilisation: 0.875 },
  /** The same arithmetic on the 2025+ calendar (13 public holidays): 248 days, 1,984 hours. */
  calendar2025: { workingDays: 248, hoursPerDay: 8, attendance: 0.95, utilisation: 0.875 },
} as const satisfies Record<string, StaffingBasis>;

/** Hours one FTE gives a year: 2,000 × 0.95 × 0.875 = 1,662.5 on the standard basis. */
export function effectiveHours(basis: StaffingBasis): number {
  return basis.workingDays * basis.hoursPerDay * basis.attendance * basis.utilisation;
}

/**
 * W_proc(r) of one process: volume × v(a) × work(a) × share(a, r) ÷ 60 over its steps, each
 * step's work shared equally among its performers (as its cost is). Roles get no hours from a
 * process without a volume.
 */
export function processHoursByRole(
  graph: ProcessGraph,
  library: AnalysisLibrary,
): Map<number, number> {
  const hours = new Map<number, number>();
  for (const [roleId, steps] of stepHoursByRole(graph, library)) {
    let sum = 0;
    for (const value of steps.values()) sum += value;
    hours.set(roleId, sum);
  }
  return hours;
}

/**
 * The same hours step by step: role id → node id → hours a year of that role on that step
 * (the share behind a duty's time, §f1, and the rows of the process × role matrix).
 */
export function stepHoursByRole(
  graph: ProcessGraph,
  library: AnalysisLibrary,
): Map<number, Map<string, number>> {
  if ((graph.analysis?.annualVolume ?? null) === null) return new Map();
  const flow = buildFlow(graph, library);
  return stepHoursOfFlow(flow, expectedVisits(flow));
}

/** stepHoursByRole on a flow model and its expected visits already computed. */
export function stepHoursOfFlow(
  flow: FlowModel,
  { visits }: Visits,
): Map<number, Map<string, number>> {
  const hours = new Map<number, Map<string, number>>();
  const volume = flow.graph.analysis?.annualVolume ?? null;
  if (volume === null) return hours;
  for (const step of flow.activities) {
    const work = step.node.activity?.workMinutes ?? null;
    const performers = performersOf(flow, step);
    if (work === null || performers.length === 0) continue;
    const perPerformer = (volume * (visits.get(step.id) ?? 0) * work) / 60 / performers.length;
    for (const roleId of performers) {
      let steps = hours.get(roleId);
      if (!steps) hours.set(roleId, (steps = new Map()));
      steps.set(step.id, (steps.get(step.id) ?? 0) + perPerformer);
    }
  }
  return hours;
}

export type RoleStaffing = {
  hours: number;
  fte: number;
  /** FTE ÷ headcount (0–1+), null without a planned headcount. */
  saturation: number | null;
  /** 定员: FTE rounded half up (1.905 → 2, 104.17 → 104). */
  recommended: number;
  /** The fraction left over is under half a person: consider 兼岗 (§d1 method 4). */
  considerCombining: boolean;
};

/** FTE, 饱和度 and the recommended 定员 of a role's hours a year (§d2). */
export function staffingOf(
  hours: number,
  headcount: number | null,
  basis: StaffingBasis,
): RoleStaffing {
  const fte = hours / effectiveHours(basis);
  const recommended = Math.floor(fte + 0.5);
  const fraction = fte - Math.floor(fte);
  return {
    hours,
    fte,
    saturation: headcount ? fte / headcount : null,
    recommended,
    considerCombining: fte > 0 && fraction > 0 && fraction < 0.5,
  };
}
