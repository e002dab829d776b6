import { z } from 'zod';
import { COMPETENCY_KINDS } from '../domain';
import { id } from '../contract/common';

/*
 * A change of responsibilities (issue 10, "change responsibilities with an impact preview"):
 * what the user asks for, checked in main before anything is planned. Every kind is previewed
 * by shared/responsibility/plan.ts and written as one transaction by ResponsibilityService.
 */

const title = z.string().trim().min(1).max(200);

export const responsibilityChangeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('renameRole'), roleId: id, title }),
  z.strictObject({ kind: z.literal('deleteRole'), roleId: id, successorRoleId: id.nullable() }),
  z.strictObject({ kind: z.literal('mergeRoles'), fromRoleId: id, intoRoleId: id }),
  z.strictObject({
    kind: z.literal('moveDuties'),
    fromRoleId: id,
    dutyIds: z.array(id).min(1).max(500),
    to: z.union([
      z.strictObject({ roleId: id }),
      z.strictObject({ newRole: z.strictObject({ title, departmentId: id }) }),
    ]),
    /** The steps the duties link to go with them (default on in the panel). */
    moveSteps: z.boolean(),
  }),
  z.strictObject({
    kind: z.literal('reassignSteps'),
    fromRoleIds: z.array(id).min(1).max(100),
    toRoleId: id,
    /** Only these maps; null: every map. */
    processIds: z.array(id).min(1).max(1000).nullable(),
  }),
  z.strictObject({
    kind: z.literal('editCompetency'),
    competencyId: id,
    patch: z.strictObject({
      kind: z.enum(COMPETENCY_KINDS).optional(),
      nameZh: z.string().trim().max(200).optional(),
      nameEn: z.string().trim().max(200).optional(),
      descriptionZh: z.string().max(2000).optional(),
      descriptionEn: z.string().max(2000).optional(),
    }),
  }),
]);

export type ResponsibilityChange = z.infer<typeof responsibilityChangeSchema>;
export type ResponsibilityChangeKind = ResponsibilityChange['kind'];
