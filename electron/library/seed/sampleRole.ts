import type { DutyCategory, DutyFrequency, RoleTemplate } from '../../../shared/domain';
import type { KpiPeriod, RoleDetails } from '../../../shared/roleDetails';

/*
 * The compact shapes the sample library's roles and departments are written in. They live
 * apart from sampleLibrary.ts so that the insurer case (insurerCase.ts) can be written in
 * the same shapes without the two files importing each other.
 */

/** Parents come before their children: departments are created in list order. */
export type SampleDepartment<Key extends string> = {
  key: Key;
  name: string;
  parent: Key | null;
};

export type DutyRow = readonly [
  text: string,
  category: DutyCategory | null,
  weight: number | null,
  frequency: DutyFrequency | null,
  standard: string,
  kpi: string,
];
export type KpiRow = readonly [name: string, target: string, period: KpiPeriod | null];
/** A required competency: the starter entry's English name, required level 1–4, importance 1–5. */
export type NeedRow = readonly [nameEn: string, requiredLevel: number, importance: number];

export type SampleRole<DepartmentKey extends string> = {
  code: string;
  title: string;
  department: DepartmentKey;
  /** Code of the 直接上级; managers are listed before the roles reporting to them. */
  reportsTo: string | null;
  headcount: number;
  grade: string;
  template: RoleTemplate;
  purpose: string;
  duties: readonly DutyRow[];
  details: Omit<Partial<RoleDetails>, 'kpis'> & { kpis: readonly KpiRow[] };
  competencies: readonly NeedRow[];
};
