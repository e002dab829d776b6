import type { DutyCategory, DutyFrequency, RoleTemplate } from '../domain';
import type { Kpi } from '../roleDetails';
import type { Unplaced } from './blocks';

/*
 * What the import recognised in one Word description: a RoleDraft-like record before the
 * library is consulted (the department and manager are names here; the service matches them).
 * Everything the recognisers could not put into a field is in `unplaced`, never dropped.
 */

/** Text fields of RoleDetails the import fills (the sections after the basics). */
export const IMPORT_DETAIL_FIELDS = [
  'location',
  'directReports',
  'authority',
  'relationsInternal',
  'relationsExternal',
  'education',
  'major',
  'experience',
  'knowledge',
  'skills',
  'training',
  'preferredQualifications',
  'workConditions',
  'careerPath',
  'supervisoryResponsibilities',
  'otherDuties',
  'travel',
  'payRange',
  'disclaimer',
] as const;

/** Text fields the import fills: the role's basics and the sections of RoleDetails. */
export const IMPORT_TEXT_FIELDS = [
  'title',
  'code',
  'department',
  'reportsTo',
  'grade',
  'purpose',
  ...IMPORT_DETAIL_FIELDS,
] as const;
export type ImportTextField = (typeof IMPORT_TEXT_FIELDS)[number];

export type ImportedDuty = {
  text: string;
  category: DutyCategory | null;
  weight: number | null;
  frequency: DutyFrequency | null;
  standard: string;
  kpi: string;
};

export type ImportedRole = {
  template: RoleTemplate;
  texts: Record<ImportTextField, string>;
  /** 岗位编制 / positions; null when the document gives none (an unreadable value is unplaced). */
  headcount: number | null;
  duties: ImportedDuty[];
  kpis: Kpi[];
  unplaced: Unplaced[];
};

export function emptyTexts(): Record<ImportTextField, string> {
  return Object.fromEntries(IMPORT_TEXT_FIELDS.map((field) => [field, ''])) as Record<
    ImportTextField,
    string
  >;
}
