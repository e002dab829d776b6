import type { StaffingSettings } from '../analysis/settings';
import {
  staffingOf,
  stepHoursByRole,
  type RoleStaffing,
  type StaffingBasis,
} from '../analysis/staffing';
import type { Duty } from '../domain';
import { stepKey, type AlignmentLibrary } from './library';
import { libraryForMap, rolesById } from './processLibrary';

/*
 * A role's workload a year (PROCESS-ANALYSIS.md §d2): the hours its process steps take
 * (volume × expected visits × work minutes × share, from shared/analysis/staffing.ts) plus
 * the duties no step carries (occurrences × minutes per occurrence), and the FTE, 饱和度 and
 * 定员 those hours give on the library's staffing basis. The staffing table, rule J6, the
 * weight reconciliation J7 (§f1) and the FTE of changes and redesigns all read this.
 */

export type RoleWorkload = {
  roleId: number;
  /** Hours a year per process id. */
  processHours: Map<number, number>;
  /** Hours a year per step (stepKey), the role's share of each step it performs. */
  stepHours: Map<string, number>;
  /** Hours a year of the duties that no step carries (§d2 W_duty). */
  dutyHours: number;
  processTotal: number;
  total: number;
  staffing: RoleStaffing;
};

/** One person's year on the library's staffing settings. */
export function staffingBasisOf(settings: StaffingSettings): StaffingBasis {
  return {
    workingDays: settings.workingDays,
    hoursPerDay: settings.hoursPerDay,
    attendance: settings.attendance,
    utilisation: settings.utilisation,
  };
}

/**
 * Occurrences a year of a duty by its 频次 (§d2): 每日 = the working days of the basis, 每周
 * 52, 每月 12, 每季 4, 每年 1, 不定期 = the count the user gave. Null when unknown.
 */
export function occurrencesPerYear(duty: Duty, settings: StaffingSettings): number | null {
  switch (duty.frequency) {
    case 'daily':
      return settings.workingDays;
    case 'weekly':
      return 52;
    case 'monthly':
      return 12;
    case 'quarterly':
      return 4;
    case 'yearly':
      return 1;
    case 'asNeeded':
      return duty.occurrencesPerYear;
    default:
      return null;
  }
}

/** Hours a year of a duty no step carries; 0 for a linked duty (its time is in the steps). */
export function dutyHours(duty: Duty, settings: StaffingSettings): number {
  if (duty.steps.length > 0 || duty.minutesPerOccurrence === null) return 0;
  const occurrences = occurrencesPerYear(duty, settings);
  return occurrences === null ? 0 : (occurrences * duty.minutesPerOccurrence) / 60;
}

/**
 * The to-be variants of the library: maps that name, as the process they redesign, another
 * process of the library. They are proposals, not today's work: the library's workload (the
 * staffing table, J6, J7) counts the as-is map, and the redesign statement compares the two.
 */
export function proposalIds(library: AlignmentLibrary): Set<number> {
  const ids = new Set(library.processes.map((process) => process.id));
  const proposals = new Set<number>();
  for (const process of library.processes) {
    const asIs = process.graph.analysis?.variantOfId ?? null;
    if (asIs !== null && asIs !== process.id && ids.has(asIs)) proposals.add(process.id);
  }
  return proposals;
}

/** One map's hours a year: role id → node id → hours (stepHoursByRole). */
export type StepHoursByRole = Map<number, Map<string, number>>;

/** Every role's workload: one pass over the processes, one over the duties. */
export function libraryWorkloads(library: AlignmentLibrary): Map<number, RoleWorkload> {
  const roles = rolesById(library.analysis);
  return workloadsFrom(
    library,
    library.processes.map((process): [number, StepHoursByRole] => [
      process.id,
      stepHoursByRole(process.graph, libraryForMap(process.graph, library.analysis, roles)),
    ]),
  );
}

/**
 * Every role's workload from each map's step hours already computed, in the library's process
 * order (the library index keeps them per map and re-computes only the maps that changed).
 */
export function workloadsFrom(
  library: AlignmentLibrary,
  hoursByProcess: Iterable<readonly [number, StepHoursByRole]>,
): Map<number, RoleWorkload> {
  const settings = library.analysis.settings.staffing;
  const proposals = proposalIds(library);
  const byRole = new Map<number, { process: Map<number, number>; steps: Map<string, number> }>();
  const entryOf = (roleId: number) => {
    let entry = byRole.get(roleId);
    if (!entry) byRole.set(roleId, (entry = { process: new Map(), steps: new Map() }));
    return entry;
  };
  for (const [processId, hoursByRole] of hoursByProcess) {
    if (proposals.has(processId)) continue;
    for (const [roleId, steps] of hoursByRole) {
      const entry = entryOf(roleId);
      let sum = 0;
      for (const [nodeId, hours] of steps) {
        entry.steps.set(stepKey(processId, nodeId), hours);
        sum += hours;
      }
      entry.process.set(processId, (entry.process.get(processId) ?? 0) + sum);
    }
  }
  const basis = staffingBasisOf(settings);
  const result = new Map<number, RoleWorkload>();
  for (const role of library.roles) {
    const entry = byRole.get(role.id) ?? { process: new Map(), steps: new Map() };
    let processTotal = 0;
    for (const hours of entry.process.values()) processTotal += hours;
    let duties = 0;
    for (const duty of role.duties) duties += dutyHours(duty, settings);
    const total = processTotal + duties;
    result.set(role.id, {
      roleId: role.id,
      processHours: entry.process,
      stepHours: entry.steps,
      dutyHours: duties,
      processTotal,
      total,
      staffing: staffingOf(total, role.headcount, basis),
    });
  }
  return result;
}
