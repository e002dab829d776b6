import { effectiveHours } from '../analysis/staffing';
import type { StaffingSettings } from '../analysis/settings';
import type { AlignmentLibrary } from '../alignment/library';
import { libraryWorkloads, staffingBasisOf, type RoleWorkload } from '../alignment/workload';
import { departmentSubtree, departmentTree } from './departments';

/*
 * The 定岗定编 table (PROCESS-ANALYSIS.md §d2): per department in tree order, each role's
 * hours a year by process and from the duties no step carries, FTE on the library's basis,
 * 饱和度 against the description's 岗位编制, the recommended 定员 and its flags; the basis is
 * part of the output so every figure can be printed with what it assumed.
 */

/** Where 饱和度 stands against the band of the settings (J6); null without a headcount. */
export type SaturationBand = 'under' | 'within' | 'over';

export type StaffingRow = {
  roleId: number;
  title: string;
  /** 定员 of the description (岗位编制). */
  headcount: number | null;
  /** Hours a year per process, only processes with hours. */
  processHours: { processId: number; hours: number }[];
  dutyHours: number;
  total: number;
  fte: number;
  saturation: number | null;
  band: SaturationBand | null;
  recommended: number;
  considerCombining: boolean;
};

export type StaffingTotals = {
  headcount: number;
  total: number;
  fte: number;
  recommended: number;
};

export type StaffingDepartment = {
  departmentId: number;
  name: string;
  depth: number;
  rows: StaffingRow[];
  totals: StaffingTotals;
};

export type StaffingTable = {
  basis: StaffingSettings & { effectiveHours: number; yearHours: number };
  departments: StaffingDepartment[];
  /** The process × role matrix: the processes giving hours, in code order. */
  processes: { id: number; code: string; name: string }[];
};

export function staffingTable(
  library: AlignmentLibrary,
  departmentId: number | null,
  workloads: Map<number, RoleWorkload> = libraryWorkloads(library),
): StaffingTable {
  const settings = library.analysis.settings.staffing;
  const basis = staffingBasisOf(settings);
  const shown = departmentId === null ? null : departmentSubtree(library.departments, departmentId);
  const departments: StaffingDepartment[] = [];
  const used = new Set<number>();
  for (const { department, depth } of departmentTree(library.departments)) {
    if (shown && !shown.has(department.id)) continue;
    const roles = library.roles
      .filter((role) => role.departmentId === department.id)
      .sort((a, b) => a.title.localeCompare(b.title, 'zh-CN'));
    const rows = roles.flatMap((role): StaffingRow[] => {
      const workload = workloads.get(role.id);
      if (!workload) return [];
      const processHours = [...workload.processHours]
        .filter(([, hours]) => hours > 0)
        .map(([processId, hours]) => ({ processId, hours }));
      for (const { processId } of processHours) used.add(processId);
      const { fte, saturation, recommended, considerCombining } = workload.staffing;
      return [
        {
          roleId: role.id,
          title: role.title,
          headcount: role.headcount,
          processHours,
          dutyHours: workload.dutyHours,
          total: workload.total,
          fte,
          saturation,
          // No hours at all means no work modelled yet, not an idle post: no band to judge.
          band: workload.total > 0 ? bandOf(saturation, settings) : null,
          recommended,
          considerCombining,
        },
      ];
    });
    departments.push({
      departmentId: department.id,
      name: department.name,
      depth,
      rows,
      totals: totalsOf(rows),
    });
  }
  const processes = library.processes
    .filter((process) => used.has(process.id))
    .sort((a, b) => a.code.localeCompare(b.code) || a.name.localeCompare(b.name, 'zh-CN'))
    .map(({ id, code, name }) => ({ id, code, name }));
  return {
    basis: {
      ...settings,
      effectiveHours: effectiveHours(basis),
      yearHours: basis.workingDays * basis.hoursPerDay,
    },
    departments,
    processes,
  };
}

export function bandOf(
  saturation: number | null,
  settings: Pick<StaffingSettings, 'saturationLow' | 'saturationHigh'>,
): SaturationBand | null {
  if (saturation === null) return null;
  if (saturation < settings.saturationLow) return 'under';
  if (saturation > settings.saturationHigh) return 'over';
  return 'within';
}

function totalsOf(rows: StaffingRow[]): StaffingTotals {
  const totals: StaffingTotals = { headcount: 0, total: 0, fte: 0, recommended: 0 };
  for (const row of rows) {
    totals.headcount += row.headcount ?? 0;
    totals.total += row.total;
    totals.fte += row.fte;
    totals.recommended += row.recommended;
  }
  return totals;
}
