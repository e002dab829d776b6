import { z } from 'zod';
import { COMPARED_METRICS } from '../analysis/compare';
import { STAFFING_PRESET_IDS } from '../analysis/settings';
import { RACI_PROBLEMS } from '../organisation/raci';
import { RACI } from '../process';
import { editVersion, id } from './common';

/*
 * Channels of the organisation views (issue 10): RACI across the library, the 定岗定编 table,
 * and the redesign impact statement with its "apply". Every request is checked here; the
 * letters, scopes and version numbers a renderer sends are never trusted further in.
 */

export const raciScope = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('process'), processId: id }),
  z.strictObject({ kind: z.literal('department'), departmentId: id }),
  z.strictObject({ kind: z.literal('library') }),
]);

const raciStep = z.strictObject({
  nodeId: z.string(),
  label: z.string(),
  stepNumber: z.number().nullable(),
  laneRoleId: id.nullable(),
  cells: z.array(z.strictObject({ roleId: id, letters: z.array(z.enum(RACI)) })),
  problems: z.array(z.enum(RACI_PROBLEMS)),
});

const raciProcess = z.strictObject({
  processId: id,
  code: z.string(),
  name: z.string(),
  departmentId: id.nullable(),
  editVersion,
  status: z.enum(['draft', 'approved']),
  steps: z.array(raciStep),
});

const roleColumn = z.strictObject({ id, title: z.string(), departmentId: id });

const staffingRow = z.strictObject({
  roleId: id,
  title: z.string(),
  headcount: z.number().nullable(),
  processHours: z.array(z.strictObject({ processId: id, hours: z.number() })),
  dutyHours: z.number(),
  total: z.number(),
  fte: z.number(),
  saturation: z.number().nullable(),
  band: z.enum(['under', 'within', 'over']).nullable(),
  recommended: z.number(),
  considerCombining: z.boolean(),
});

const staffingTotals = z.strictObject({
  headcount: z.number(),
  total: z.number(),
  fte: z.number(),
  recommended: z.number(),
});

const movedStep = z.strictObject({
  nodeId: z.string(),
  label: z.string(),
  otherRoleIds: z.array(id),
});

const redlineRow = z.strictObject({
  change: z.enum(['kept', 'removed', 'added']),
  dutyId: id.nullable(),
  text: z.string(),
  weightBefore: z.number().nullable(),
  weightAfter: z.number().nullable(),
});

const roleRedesign = z.strictObject({
  roleId: id,
  title: z.string(),
  status: z.enum(['draft', 'approved']),
  editVersion,
  lost: z.array(movedStep),
  gained: z.array(movedStep),
  redline: z.array(redlineRow),
  weightsRecomputed: z.boolean(),
  competencies: z.array(
    z.strictObject({
      competencyId: id,
      nameZh: z.string(),
      nameEn: z.string(),
      requiredLevel: z.number(),
      importance: z.number(),
      fromRoleIds: z.array(id),
    }),
  ),
  hours: z.strictObject({ asIs: z.number(), toBe: z.number() }),
  fte: z.strictObject({ asIs: z.number(), toBe: z.number() }),
});

const comparisonRow = z.strictObject({
  metric: z.enum(COMPARED_METRICS),
  unit: z.enum(['minutes', 'count', 'share', 'money']),
  as: z.number().nullable(),
  to: z.number().nullable(),
  delta: z.number().nullable(),
  deltaPercent: z.number().nullable(),
});

const processRef = z.strictObject({ id, name: z.string() });

const redesignPair = z.strictObject({ asIsId: id, toBeId: id });

export const organisationChannels = {
  /** Roles × steps of one process, a department's maps or the whole library. */
  'organisation:raci': {
    request: z.strictObject({ scope: raciScope }),
    response: z.strictObject({ roles: z.array(roleColumn), processes: z.array(raciProcess) }),
  },
  /** One role's letter on one step (null: none), saved with the map (EDIT_CONFLICT if stale). */
  'organisation:setRaci': {
    request: z.strictObject({
      processId: id,
      nodeId: z.string().min(1).max(200),
      roleId: id,
      letter: z.enum(RACI).nullable(),
      expectedVersion: editVersion,
    }),
    response: raciProcess,
  },
  /** The 定岗定编 table of a department and those under it, or of the whole library. */
  'organisation:staffing': {
    request: z.strictObject({ departmentId: id.nullable() }),
    response: z.strictObject({
      basis: z.strictObject({
        preset: z.enum(STAFFING_PRESET_IDS),
        workingDays: z.number(),
        hoursPerDay: z.number(),
        attendance: z.number(),
        utilisation: z.number(),
        saturationLow: z.number(),
        saturationHigh: z.number(),
        effectiveHours: z.number(),
        yearHours: z.number(),
      }),
      departments: z.array(
        z.strictObject({
          departmentId: id,
          name: z.string(),
          depth: z.number(),
          rows: z.array(staffingRow),
          totals: staffingTotals,
        }),
      ),
      processes: z.array(z.strictObject({ id, code: z.string(), name: z.string() })),
    }),
  },
  /** The as-is / to-be pairs of the library (a to-be map names its as-is map). */
  'organisation:redesignPairs': {
    request: z.strictObject({}),
    response: z.array(z.strictObject({ asIs: processRef, toBe: processRef })),
  },
  /** The redesign impact statement (§f4) of an as-is map and its to-be variant. */
  'organisation:redesign': {
    request: redesignPair,
    response: z.strictObject({
      asIs: processRef,
      toBe: processRef,
      volume: z.number().nullable(),
      roles: z.array(roleRedesign),
      comparison: z.array(comparisonRow),
    }),
  },
  /** Writes the accepted rows' new duties, links and revision notes in one transaction. */
  'organisation:applyRedesign': {
    request: redesignPair.extend({
      roleIds: z.array(id).min(1).max(1000),
      /** Role id → the edit version the statement showed (EDIT_CONFLICT if it changed). */
      expectedVersions: z
        .array(z.strictObject({ roleId: id, expectedVersion: editVersion }))
        .max(1000),
    }),
    response: z.strictObject({
      drafts: z.array(z.strictObject({ roleId: id, title: z.string(), note: z.string() })),
    }),
  },
};
