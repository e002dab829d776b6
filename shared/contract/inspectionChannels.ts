import { z } from 'zod';
import { LOCALES } from '../i18n/locales';
import {
  complaintSchema,
  improvementActionSchema,
  inspectionPlanSchema,
  inspectionSchema,
  periodSchema,
  planKpiSchema,
  surveySchema,
} from '../inspection/schemas';
import { isTimeZone } from '../inspection/calendar';
import { editVersion } from './common';

/*
 * Channels of 工作检查 and 持续改进 (issue 12): list / get / save / delete of each inspection
 * aggregate, the library's dashboard, one plan's KPI series for the chart, and the measurement
 * import. Requests are the zod schemas of shared/inspection/schemas.ts, so a value out of range
 * is refused at its field, never clamped. A save is an upsert by key: a key the library does
 * not hold yet creates the aggregate (its editVersion must be 0).
 */

const key = z.uuid();
const byKey = z.strictObject({ key });
/** Lists of one process, or of the library when processKey is null (the dashboard's views). */
const ofProcess = z.strictObject({ processKey: key.nullable() });
const deletion = {
  request: z.strictObject({ key, expectedVersion: editVersion }),
  response: byKey,
};
const date = z.string();

const pending = z.strictObject({ processKey: key, planKey: key, period: periodSchema });

export const dashboardSchema = z.strictObject({
  /** Today in the library's time zone: what "due" and "overdue" were judged against. */
  today: date,
  timeZone: z.string(),
  departments: z.array(
    z.strictObject({
      departmentId: z.number().int().positive().nullable(),
      missedTargets: z.array(pending.extend({ kpiKeys: z.array(key) })),
      due: z.array(pending),
      overdue: z.array(pending),
      overdueActions: z.array(z.strictObject({ processKey: key, actionKey: key, dueDate: date })),
    }),
  ),
});

const targetSchema = z.strictObject({
  direction: z.enum(['lowerIsBetter', 'higherIsBetter']),
  strict: z.boolean(),
  value: z.number(),
  unit: z.string(),
});

export const kpiSeriesSchema = z.strictObject({
  planKey: key,
  processKey: key,
  kpis: z.array(
    z.strictObject({
      kpi: planKpiSchema,
      /** The target as read (target.ts), or why it cannot be read: then no point has a status. */
      target: targetSchema.nullable(),
      unreadable: z.enum(['empty', 'noNumber', 'noComparison', 'range', 'several']).nullable(),
      points: z.array(
        z.strictObject({
          period: periodSchema,
          value: z.number(),
          sampleSize: z.number().int().nullable(),
          inspectionKey: key,
          status: z
            .strictObject({
              met: z.boolean(),
              margin: z.number(),
              marginPercent: z.number().nullable(),
            })
            .nullable(),
        }),
      ),
    }),
  ),
  /** Approved versions of the process and of its to-be variants, in date order. */
  revisions: z.array(
    z.strictObject({
      date,
      label: z.string(),
      processKey: key,
      version: z.number().int().min(1),
      pointsBefore: z.number().int().min(0),
    }),
  ),
});

const importError = z.strictObject({
  row: z.number().int().min(1),
  column: z.string(),
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

export const inspectionChannels = {
  'inspection:plans': { request: ofProcess, response: z.array(inspectionPlanSchema) },
  'inspection:plan': { request: byKey, response: inspectionPlanSchema },
  'inspection:savePlan': { request: inspectionPlanSchema, response: inspectionPlanSchema },
  /** Deletes the plan and the inspections recorded under it. */
  'inspection:deletePlan': deletion,

  'inspection:inspections': { request: ofProcess, response: z.array(inspectionSchema) },
  'inspection:inspection': { request: byKey, response: inspectionSchema },
  'inspection:saveInspection': { request: inspectionSchema, response: inspectionSchema },
  'inspection:deleteInspection': deletion,

  'inspection:surveys': { request: ofProcess, response: z.array(surveySchema) },
  'inspection:survey': { request: byKey, response: surveySchema },
  'inspection:saveSurvey': { request: surveySchema, response: surveySchema },
  'inspection:deleteSurvey': deletion,

  'inspection:complaints': { request: ofProcess, response: z.array(complaintSchema) },
  'inspection:complaint': { request: byKey, response: complaintSchema },
  'inspection:saveComplaint': { request: complaintSchema, response: complaintSchema },
  'inspection:deleteComplaint': deletion,

  'inspection:actions': { request: ofProcess, response: z.array(improvementActionSchema) },
  'inspection:action': { request: byKey, response: improvementActionSchema },
  /**
   * Saves an action; one that newly links a revision leaves "整改措施：<what>" waiting for that
   * process's or role's next approval note, in `locale`.
   */
  'inspection:saveAction': {
    request: z.strictObject({ action: improvementActionSchema, locale: z.enum(LOCALES) }),
    response: improvementActionSchema,
  },
  'inspection:deleteAction': deletion,
  /**
   * Opens the to-be variant an action asks for: a draft copy of the action's process whose
   * analysis names the original as the map it is the variant of, linked to the action in the
   * same transaction (so its approval note names the action). Refused when the action already
   * links a revision. Returns the saved action and the new process's id, to open it.
   */
  'inspection:openVariant': {
    request: z.strictObject({ key, expectedVersion: editVersion, locale: z.enum(LOCALES) }),
    response: z.strictObject({
      action: improvementActionSchema,
      processId: z.number().int().positive(),
    }),
  },

  /** The library's dashboard by department, with today in the library's time zone. */
  'inspection:dashboard': { request: z.strictObject({}), response: dashboardSchema },
  /**
   * The library's time zone, in which "today", due dates and approval dates are judged: the
   * one set for the library, or (null) this computer's, which is `system`.
   */
  'inspection:timeZone': {
    request: z.strictObject({}),
    response: z.strictObject({
      timeZone: z.string(),
      stored: z.string().nullable(),
      system: z.string(),
    }),
  },
  /** Sets the library's time zone (an IANA name such as Asia/Shanghai), or null for the computer's. */
  'inspection:setTimeZone': {
    request: z.strictObject({
      timeZone: z
        .string()
        .max(100)
        .refine(isTimeZone, { message: 'not an IANA time zone' })
        .nullable(),
    }),
    response: z.strictObject({
      timeZone: z.string(),
      stored: z.string().nullable(),
      system: z.string(),
    }),
  },
  /** A plan's KPIs across periods with status against target and the revisions to mark. */
  'inspection:kpiSeries': { request: z.strictObject({ planKey: key }), response: kpiSeriesSchema },

  /** An .xlsx template with the plan's KPIs and periods, headed in `locale`. */
  'inspection:importTemplate': {
    request: z.strictObject({ planKey: key, locale: z.enum(LOCALES) }),
    response: z.strictObject({ fileName: z.string(), data: z.string().nullable() }),
  },
  /** The inspection report (检查报告) of a plan's process over a range (null: all on record). */
  'export:inspectionReport': {
    request: z.strictObject({
      planKey: key,
      range: periodSchema.nullable(),
      locale: z.enum(LOCALES),
      format: z.enum(['docx', 'xlsx']),
    }),
    response: z.strictObject({ fileName: z.string(), data: z.string().nullable() }),
  },
  /**
   * The inspection report of one period of the library, or of one department's processes:
   * an overview of every plan, then each process's report over the same range.
   */
  'export:libraryInspectionReport': {
    request: z.strictObject({
      range: periodSchema,
      departmentId: z.number().int().positive().nullable(),
      locale: z.enum(LOCALES),
      format: z.enum(['docx', 'xlsx']),
    }),
    response: z.strictObject({ fileName: z.string(), data: z.string().nullable() }),
  },
  /** Reads .xlsx or .csv bytes: every inspection stored in one transaction, or nothing. */
  'inspection:importMeasurements': {
    request: z.strictObject({
      planKey: key,
      fileName: z.string().min(1).max(260),
      data: z.base64().max(28_000_000),
      locale: z.enum(LOCALES),
    }),
    response: z.discriminatedUnion('ok', [
      z.strictObject({
        ok: z.literal(true),
        inspections: z.number().int().min(0),
        measurements: z.number().int().min(0),
      }),
      z.strictObject({ ok: z.literal(false), errors: z.array(importError) }),
    ]),
  },
};
