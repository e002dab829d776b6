import { z } from 'zod';
import { LOCALES } from '../i18n/locales';
import { responsibilityChangeSchema } from '../responsibility/change';
import { LINK_EFFECTS, ROLE_ITEM_CODES } from '../responsibility/plan';
import { id, messageParams } from './common';

/*
 * Responsibility changes with an impact preview (issue 10): the preview names the basis it
 * was computed on, and apply refuses (EDIT_CONFLICT) a basis the library has moved past.
 */

const roleIdOrNew = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const count = z.number().int().min(0);
const hours = z.number().finite().min(0).nullable();

const impactPreview = z.strictObject({
  kind: z.enum([
    'renameRole',
    'deleteRole',
    'mergeRoles',
    'moveDuties',
    'reassignSteps',
    'editCompetency',
  ]),
  basis: z.string(),
  descriptions: z.array(
    z.strictObject({
      roleId: roleIdOrNew,
      title: z.string(),
      status: z.enum(['draft', 'approved']),
      created: z.boolean(),
      deleted: z.boolean(),
      items: z.array(z.strictObject({ code: z.enum(ROLE_ITEM_CODES), params: messageParams })),
    }),
  ),
  maps: z.array(
    z.strictObject({
      processId: id,
      name: z.string(),
      status: z.enum(['draft', 'approved']),
      lanesRebound: count,
      lanesAdded: count,
      raciChanged: count,
      steps: z.array(z.strictObject({ nodeId: z.string(), label: z.string() })),
    }),
  ),
  links: z.array(
    z.strictObject({
      effect: z.enum(LINK_EFFECTS),
      duty: z.string(),
      processId: id,
      nodeId: z.string(),
      step: z.string(),
      fromRoleId: id,
      toRoleId: roleIdOrNew.nullable(),
    }),
  ),
  fte: z.array(
    z.strictObject({
      roleId: roleIdOrNew,
      title: z.string(),
      hoursBefore: hours,
      hoursAfter: hours,
      fteBefore: hours,
      fteAfter: hours,
    }),
  ),
  counts: z.strictObject({
    descriptions: count,
    maps: count,
    lanes: count,
    steps: count,
    raci: count,
    links: count,
  }),
});

/** Channel name → request and response schema (see shared/contract.ts). */
export const changeChannels = {
  'changes:preview': {
    request: z.strictObject({ change: responsibilityChangeSchema }),
    response: impactPreview,
  },
  'changes:apply': {
    request: z.strictObject({
      change: responsibilityChangeSchema,
      basis: z.string().max(500),
      /** The interface language the revision notes are written in. */
      locale: z.enum(LOCALES),
    }),
    response: z.strictObject({
      roleIds: z.array(id),
      processIds: z.array(id),
      /** The role the change created (moving duties into a new role). */
      createdRoleId: id.nullable(),
      note: z.string(),
    }),
  },
};
