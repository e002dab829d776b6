import { dutyHours, occurrencesPerYear, staffingBasisOf } from '../../alignment/workload';
import { staffingOf, type RoleStaffing } from '../../analysis/staffing';
import type { Duty, Role } from '../../domain';
import { sumWeights } from '../../weights';
import { dutyStepKeys, type LibraryIndex } from './libraryIndex';
import { alignmentFinding, count, text, type AlignmentFinding } from './types';

/*
 * The load a role's description claims against the load its processes give it (§d2, §f1):
 * J6 its 饱和度 outside the settings band (70–100 % by default), J7 its duty weights against
 * the share of the role's hours each duty takes (linked steps plus non-process minutes).
 * Both read the role as given (a draft's duties and headcount) over the index's step hours.
 */

/** The role's staffing with its own duties and headcount over the maps' step hours. */
export function staffingFor(role: Role, index: LibraryIndex): RoleStaffing {
  const settings = index.library.analysis.settings.staffing;
  const processHours = index.workloads.get(role.id)?.processTotal ?? 0;
  const duties = role.duties.reduce((sum, duty) => sum + dutyHours(duty, settings), 0);
  return staffingOf(processHours + duties, role.headcount, staffingBasisOf(settings));
}

/** J6: saturation outside [saturationLow, saturationHigh]; silent without hours or headcount. */
export function saturationOutsideBand(role: Role, index: LibraryIndex): AlignmentFinding[] {
  const { saturationLow, saturationHigh } = index.library.analysis.settings.staffing;
  const staffing = staffingFor(role, index);
  const { saturation } = staffing;
  if (saturation === null || staffing.hours <= 0) return [];
  if (saturation >= saturationLow && saturation <= saturationHigh) return [];
  return [
    alignmentFinding('J6', {
      roleId: role.id,
      processId: null,
      nodeIds: [],
      dutyId: null,
      target: { kind: 'field', field: 'headcount' },
      params: {
        role: text(role.title),
        s: count(Math.round(saturation * 100)),
        fte: count(Math.round(staffing.fte * 100) / 100),
      },
    }),
  ];
}

/**
 * Hours a year of each duty: its linked steps' hours (a step linked by several duties of the
 * role is shared equally among them) plus its non-process minutes; null when nothing measures it.
 */
export function dutyTimes(role: Role, index: LibraryIndex): (number | null)[] {
  const settings = index.library.analysis.settings.staffing;
  const hoursByStep = index.workloads.get(role.id)?.stepHours ?? new Map<string, number>();
  const keys = role.duties.map((duty) => new Set(dutyStepKeys(duty)));
  const linkedBy = new Map<string, number>();
  for (const set of keys) for (const key of set) linkedBy.set(key, (linkedBy.get(key) ?? 0) + 1);
  return role.duties.map((duty, i) => {
    let linked = 0;
    let hours = 0;
    for (const key of keys[i] ?? []) {
      const stepHours = hoursByStep.get(key);
      if (stepHours === undefined) continue;
      linked += 1;
      hours += stepHours / (linkedBy.get(key) ?? 1);
    }
    if (linked > 0) return hours;
    return measuredAlone(duty, settings) ? dutyHours(duty, settings) : null;
  });
}

function measuredAlone(duty: Duty, settings: Parameters<typeof occurrencesPerYear>[1]): boolean {
  return (
    dutyStepKeys(duty).length === 0 &&
    duty.minutesPerOccurrence !== null &&
    occurrencesPerYear(duty, settings) !== null
  );
}

/** The §f1 tolerance: a weight more than 10 percentage points from its time share. */
const SHARE_TOLERANCE_PP = 10;

/**
 * J7: only when every weighted duty is measured (a share of an unknown whole means nothing):
 * weights not adding up to 100 first, else each duty whose weight is > 10 pp from its share.
 */
export function weightsAgainstTime(role: Role, index: LibraryIndex): AlignmentFinding[] {
  const times = dutyTimes(role, index);
  const weighted = role.duties.flatMap((duty, i) =>
    duty.weight === null ? [] : [{ duty, i, weight: duty.weight, hours: times[i] ?? null }],
  );
  if (weighted.length === 0 || weighted.some((entry) => entry.hours === null)) return [];
  const at = { roleId: role.id, processId: null, nodeIds: [] };
  const total = sumWeights(weighted.map((entry) => entry.weight));
  if (total !== 100) {
    return [
      alignmentFinding('J7', {
        ...at,
        dutyId: null,
        target: { kind: 'field', field: 'duties' },
        params: { role: text(role.title), sum: count(total) },
        variant: 'weightsTotal',
      }),
    ];
  }
  const hours = weighted.reduce((sum, entry) => sum + (entry.hours ?? 0), 0);
  if (hours <= 0) return [];
  return weighted.flatMap(({ duty, i, weight, hours: own }) => {
    const timeShare = ((own ?? 0) / hours) * 100;
    const delta = timeShare - weight;
    if (Math.abs(delta) <= SHARE_TOLERANCE_PP) return [];
    return [
      alignmentFinding('J7', {
        ...at,
        dutyId: duty.id > 0 ? duty.id : null,
        target: { kind: 'duty', index: i, field: 'weight' },
        params: {
          d: text(duty.text),
          w: count(weight),
          t: count(Math.round(timeShare * 10) / 10),
          delta: count(Math.round(delta * 10) / 10),
        },
        variant: 'share',
      }),
    ];
  });
}
