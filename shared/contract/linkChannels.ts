import { z } from 'zod';
import { DUTY_CATEGORIES, DUTY_FREQUENCIES, STEP_LINK_STATES } from '../domain';
import { RACI } from '../process';
import { id } from './common';

/** Channels of duty ↔ step links. Channel name → request and response schema (see shared/contract.ts). */

const stepLink = z.strictObject({ processId: id, nodeId: z.string(), label: z.string() });

/** A duty drafted from steps (shared/links/draftDuties.ts), ready for the role editor. */
const draftedDuty = z.strictObject({
  key: z.string(),
  duty: z.strictObject({
    text: z.string(),
    category: z.enum(DUTY_CATEGORIES).nullable(),
    weight: z.null(),
    frequency: z.enum(DUTY_FREQUENCIES).nullable(),
    occurrencesPerYear: z.number().min(0).nullable(),
    standard: z.string(),
    kpi: z.string(),
    source: z.literal('process'),
    steps: z.array(stepLink).min(1),
    notProcessWork: z.boolean(),
    minutesPerOccurrence: z.number().min(0).nullable(),
    partnerRoleIds: z.array(id),
  }),
});

export const linkChannels = {
  /** The steps a role performs or takes part in, across every process (the step picker). */
  'links:candidates': {
    request: z.strictObject({ roleId: id }),
    response: z.array(
      z.strictObject({
        processId: id,
        processName: z.string(),
        processStatus: z.enum(['draft', 'approved']),
        nodeId: z.string(),
        stepNumber: z.number().nullable(),
        label: z.string(),
        letter: z.enum(RACI),
        dutyIds: z.array(id),
      }),
    ),
  },
  /** The duties linked to the steps of one saved process (the step panel's "服务的职责"). */
  'links:ofProcess': {
    request: z.strictObject({ processId: id }),
    response: z.array(
      z.strictObject({
        nodeId: z.string(),
        roleId: id,
        roleTitle: z.string(),
        dutyId: id,
        dutyText: z.string(),
        state: z.enum(STEP_LINK_STATES),
      }),
    ),
  },
  /** Duties drafted from the role's R/A steps that no duty of the role covers yet. */
  'links:draftDuties': {
    request: z.strictObject({ roleId: id }),
    response: z.array(draftedDuty),
  },
};
