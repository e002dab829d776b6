import { z } from 'zod';
import { compareDates, isCalendarDate } from './calendar';
import {
  ACTION_STATUSES,
  COMPLAINT_CATEGORIES,
  CUSTOMER_SIDES,
  FREQUENCIES,
  INSPECTION_KINDS,
  INSPECTION_METHODS,
  KPI_KINDS,
  PDCA_STAGES,
  SERVQUAL_DIMENSIONS,
  type ServqualDimension,
} from './types';

/*
 * zod schemas of the inspection aggregates, for the IPC contract and the repository as
 * processSchema.ts is for maps. Strict objects, and a value out of range is an error, never
 * clamped: a measurement silently cut to a limit would report a KPI the inspector did not see.
 */

const key = z.uuid();
const roleId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const stepId = z.string().min(1).max(200);
const text = (max: number) => z.string().max(max);
const date = z.string().refine(isCalendarDate, { message: 'not a calendar date YYYY-MM-DD' });
const instant = z.iso.datetime({ offset: true });
const count = z.number().int().min(0).max(1e9);

const aggregate = {
  key,
  editVersion: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  createdAt: instant,
  updatedAt: instant,
};

export const periodSchema = z
  .strictObject({ start: date, end: date })
  .refine((period) => compareDates(period.start, period.end) < 0, {
    message: 'a period ends after it starts',
    path: ['end'],
  });

export const planKpiSchema = z.strictObject({
  key,
  kind: z.enum(KPI_KINDS),
  name: text(200).min(1),
  target: text(200),
});

export const inspectionPlanSchema = z
  .strictObject({
    ...aggregate,
    processKey: key,
    kpis: z.array(planKpiSchema).min(1).max(50),
    frequency: z.enum(FREQUENCIES),
    everyMonths: z.number().int().min(1).max(24).nullable(),
    inspectorRoleId: roleId.nullable(),
    kind: z.enum(INSPECTION_KINDS),
    startDate: date,
    graceDays: z.number().int().min(0).max(366),
  })
  .refine((plan) => (plan.frequency === 'custom') === (plan.everyMonths !== null), {
    message: 'everyMonths is set exactly for a custom frequency',
    path: ['everyMonths'],
  });

export const measurementSchema = z.strictObject({
  kpiKey: key,
  value: z.number().finite().min(-1e12).max(1e12),
  sampleSize: z.number().int().min(1).max(1e9).nullable(),
});

export const inspectionSchema = z.strictObject({
  ...aggregate,
  planKey: key,
  processKey: key,
  period: periodSchema,
  kind: z.enum(INSPECTION_KINDS),
  method: z.enum(INSPECTION_METHODS),
  inspectorRoleId: roleId.nullable(),
  inspectorName: text(200),
  measurements: z
    .array(measurementSchema)
    .max(50)
    .refine((list) => new Set(list.map((m) => m.kpiKey)).size === list.length, {
      message: 'one measurement per KPI',
    }),
  notes: text(20000),
  inspectedOn: date,
});

/** 1–7 by default, but a survey may use any scale from 1–3 to 0–10 (see servqual.ts). */
export const likertScaleSchema = z
  .strictObject({ min: z.number().int().min(0).max(1), max: z.number().int().min(3).max(10) })
  .refine((scale) => scale.max - scale.min >= 2, { message: 'a scale has at least three points' });

const dimensionScoresSchema = z.strictObject({
  expectation: z.number().finite().min(0).max(10),
  perception: z.number().finite().min(0).max(10),
  weight: z.number().finite().min(0).max(100).nullable(),
});

export const surveySchema = z
  .strictObject({
    ...aggregate,
    processKey: key,
    period: periodSchema,
    customers: z.enum(CUSTOMER_SIDES),
    respondents: count.min(1),
    scale: likertScaleSchema,
    dimensions: z.strictObject(
      Object.fromEntries(SERVQUAL_DIMENSIONS.map((d) => [d, dimensionScoresSchema])) as Record<
        ServqualDimension,
        typeof dimensionScoresSchema
      >,
    ),
    notes: text(20000),
  })
  .superRefine((survey, context) => {
    for (const dimension of SERVQUAL_DIMENSIONS) {
      const scores = survey.dimensions[dimension];
      for (const field of ['expectation', 'perception'] as const) {
        const score = scores[field];
        if (score < survey.scale.min || score > survey.scale.max) {
          context.addIssue({
            code: 'custom',
            message: `outside the scale ${survey.scale.min}–${survey.scale.max}`,
            path: ['dimensions', dimension, field],
          });
        }
      }
    }
  });

export const complaintSchema = z
  .strictObject({
    ...aggregate,
    processKey: key,
    stepId: stepId.nullable(),
    category: z.enum(COMPLAINT_CATEGORIES),
    receivedOn: date,
    description: text(20000),
    resolution: text(20000),
    resolvedOn: date.nullable(),
  })
  .refine((c) => c.resolvedOn === null || compareDates(c.receivedOn, c.resolvedOn) <= 0, {
    message: 'resolved before it was received',
    path: ['resolvedOn'],
  });

const actionSourceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('inspection'), inspectionKey: key, kpiKey: key.nullable() }),
  z.strictObject({ kind: z.literal('survey'), surveyKey: key }),
  z.strictObject({ kind: z.literal('complaint'), complaintKey: key }),
  z.strictObject({ kind: z.literal('none') }),
]);

const actionLinkSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('processVariant'), processKey: key }),
  z.strictObject({ kind: z.literal('roleDraft'), roleId }),
  z.strictObject({ kind: z.literal('none') }),
]);

export const improvementActionSchema = z.strictObject({
  ...aggregate,
  processKey: key,
  source: actionSourceSchema,
  what: text(4000).min(1),
  why: text(4000),
  whoRoleId: roleId.nullable(),
  where: z.strictObject({
    stepIds: z.array(stepId).max(200),
    roleIds: z.array(roleId).max(200),
  }),
  dueDate: date.nullable(),
  how: text(20000),
  stage: z.enum(PDCA_STAGES),
  status: z.enum(ACTION_STATUSES),
  link: actionLinkSchema,
  answeredBy: z
    .strictObject({
      kind: z.enum(['process', 'role']),
      subject: z.string().min(1).max(200),
      version: z.number().int().min(1).max(1e9),
      approvedAt: instant,
    })
    .nullable(),
});
