import { z } from 'zod';
import { DUTY_CATEGORIES, DUTY_FREQUENCIES, DUTY_SOURCES, ROLE_TEMPLATES } from '../domain';
import { roleDetailsSchema } from '../roleDetails';
import { dutyWeightSchema as weight } from '../weights';
import { id } from './common';

/*
 * A role as the editor sends it (RoleDraft in domain.ts), shared by role:save and the checks
 * of a draft (checks:draft, alignment:checkRole): kept here so a channel group can take a
 * draft without importing shared/contract.ts (which imports the groups).
 */

const shortText = (max: number) => z.string().max(max);
const name = z.string().trim().min(1).max(200);

/** A duty's link to a step, as the editor sends it (see DutyStepLink in domain.ts). */
const dutyStepLink = z.strictObject({
  processId: id,
  nodeId: z.string().min(1).max(200),
  label: shortText(500),
});

const dutyDraft = z.strictObject({
  id: id.optional(),
  text: shortText(2000),
  category: z.enum(DUTY_CATEGORIES).nullable(),
  weight,
  frequency: z.enum(DUTY_FREQUENCIES).nullable(),
  standard: shortText(2000),
  kpi: shortText(1000),
  source: z.enum(DUTY_SOURCES),
  steps: z.array(dutyStepLink).max(500).optional(),
  notProcessWork: z.boolean().optional(),
  /** Minutes one occurrence takes: up to a whole day and night, never clamped. */
  minutesPerOccurrence: z.number().finite().min(0).max(1440).nullable().optional(),
  /** Occurrences a year of a 不定期 duty: at most one a minute of the year. */
  occurrencesPerYear: z.number().finite().min(0).max(525600).nullable().optional(),
  partnerRoleIds: z.array(id).max(200).optional(),
});

export const roleCompetency = z.strictObject({
  competencyId: id,
  requiredLevel: z.number().int().min(1).max(9),
  importance: z.number().int().min(1).max(5),
});

export const roleBasics = {
  title: name,
  code: shortText(64),
  departmentId: id,
  reportsToId: id.nullable(),
  headcount: z.number().int().min(0).max(100000).nullable(),
  grade: shortText(64),
  purpose: shortText(4000),
  template: z.enum(ROLE_TEMPLATES),
};

export const roleDraft = z.strictObject({
  ...roleBasics,
  id,
  duties: z.array(dutyDraft).max(200),
  details: roleDetailsSchema.strict(),
  competencies: z.array(roleCompetency).max(100),
});
