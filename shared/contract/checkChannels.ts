import { z } from 'zod';
import { ALIGNMENT_RULE_IDS } from '../rules/library/types';
import { empty, id } from './common';
import { roleDraft } from './roleDraft';

/*
 * Channels of the library-wide checks J1–J8 (shared/rules/library): the whole library for the
 * checks report, one role as edited (its unsaved draft), and the findings on one map's steps.
 */

const findingParam = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('text'), value: z.string() }),
  z.strictObject({ type: z.literal('count'), value: z.number() }),
  z.strictObject({ type: z.literal('minutes'), value: z.number() }),
  z.strictObject({ type: z.literal('share'), value: z.number() }),
  z.strictObject({ type: z.literal('money'), value: z.number() }),
]);

export const alignmentFindingSchema = z.strictObject({
  rule: z.enum(ALIGNMENT_RULE_IDS),
  severity: z.enum(['error', 'warning', 'hint']),
  key: z.string(),
  roleId: id.nullable(),
  processId: id.nullable(),
  nodeIds: z.array(z.string()),
  dutyId: id.nullable(),
  target: z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('duty'),
      index: z.number().int().min(0),
      field: z.enum(['text', 'weight', 'standard', 'steps']),
    }),
    z.strictObject({
      kind: z.literal('field'),
      field: z.enum(['duties', 'authority', 'relations', 'headcount']),
    }),
    z.strictObject({ kind: z.literal('step') }),
  ]),
  params: z.record(z.string(), findingParam),
  variant: z
    .enum([
      'missing',
      'neverHanded',
      'noClause',
      'bandExceeded',
      'filing',
      'weightsTotal',
      'share',
      'leadTime',
      'stepLimits',
      'dutyStandard',
    ])
    .optional(),
});

/** The names a finding list needs to be read: its roles and processes. */
const named = z.strictObject({ id, name: z.string() });

export const libraryCheckChannels = {
  'alignment:checkLibrary': {
    request: empty,
    response: z.strictObject({
      findings: z.array(alignmentFindingSchema),
      roles: z.array(named.extend({ departmentId: id })),
      processes: z.array(named.extend({ code: z.string() })),
    }),
  },
  /** A role as the editor holds it, saved or not, against the saved maps and roles. */
  'alignment:checkRole': {
    request: z.strictObject({ draft: roleDraft }),
    response: z.array(alignmentFindingSchema),
  },
  /** Every finding that points at steps of one map (its own J1/J8 and the roles' J2/J4/J5/J8). */
  'alignment:checkProcess': {
    request: z.strictObject({ processId: id }),
    response: z.array(alignmentFindingSchema),
  },
};
