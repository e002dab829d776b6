import { z } from 'zod';

/*
 * The library-wide settings of the process analysis (kept in the library file, so a library
 * analyses the same on every machine). Every figure that depends on one of them shows it.
 */

export const TIME_BASES = ['working', 'calendar'] as const;
/**
 * What a day of waiting or of 时限 is: a working day of 480 minutes (default: waits counted in
 * working time, as most Chinese 时限 are) or a calendar day of 1,440 (elapsed time as the
 * customer lives it). SAP had to explain that simulated waits are elapsed time; RoleFlow labels
 * the basis beside every lead time and PCE instead (PROCESS-ANALYSIS.md §b2).
 */
export type TimeBasis = (typeof TIME_BASES)[number];

export const DAY_MINUTES: Readonly<Record<TimeBasis, number>> = { working: 480, calendar: 1440 };

/** 月计薪天数 × 8 h: the hours a monthly wage pays for (劳社部发〔2008〕3号). */
export const PAID_HOURS_PER_MONTH = 21.75 * 8;

/**
 * Thresholds of the rule catalogue (§c). Proposed defaults unless §c cites a source; each is a
 * setting so a consultant can tune them to the client.
 */
export const ruleThresholdsSchema = z.strictObject({
  /** E5: a wait at least this long and this many times the work. */
  longWaitMinutes: z.number().finite().min(0).max(1e6),
  waitToWorkRatio: z.number().finite().min(1).max(1e4),
  /** E5 at process level: total wait ÷ lead time. */
  processWaitShare: z.number().finite().min(0).max(1),
  /** E3, S3: a pass-on or inform step at most this long. */
  trivialWorkMinutes: z.number().finite().min(0).max(1e4),
  /** E9, S4: a reject branch this rare (%). */
  rareRejectPercent: z.number().finite().min(0).max(100),
  /** S1: roles and departments per case. */
  manyRoles: z.number().int().min(2).max(1000),
  manyDepartments: z.number().int().min(2).max(1000),
  /** S5: approvals share of activities, or count per case. */
  approvalShare: z.number().finite().min(0).max(1),
  manyApprovals: z.number().int().min(1).max(1000),
  /** I1: a run of simple steps: length, role count, work per step. */
  runLength: z.number().int().min(2).max(100),
  simpleWorkMinutes: z.number().finite().min(0).max(1e4),
  /** I3: hand-offs per activity, or per case. */
  handOffRatio: z.number().finite().min(0).max(100),
  manyHandOffs: z.number().finite().min(1).max(1e4),
  /** I5: a role's single step at most this long. */
  singleStepMinutes: z.number().finite().min(0).max(1e4),
  /** A1: hours a year of repetitive work. */
  automationHours: z.number().finite().min(0).max(1e7),
  /** R7: more consulted roles than this. */
  maxConsulted: z.number().int().min(0).max(100),
  /** M8: more elements than this. */
  maxElements: z.number().int().min(5).max(100000),
});
export type RuleThresholds = z.infer<typeof ruleThresholdsSchema>;

export const DEFAULT_THRESHOLDS: RuleThresholds = {
  longWaitMinutes: 480,
  waitToWorkRatio: 10,
  processWaitShare: 0.9,
  trivialWorkMinutes: 5,
  rareRejectPercent: 5,
  manyRoles: 6,
  manyDepartments: 3,
  approvalShare: 0.2,
  manyApprovals: 3,
  runLength: 3,
  simpleWorkMinutes: 30,
  handOffRatio: 0.5,
  manyHandOffs: 10,
  singleStepMinutes: 10,
  automationHours: 200,
  maxConsulted: 3,
  maxElements: 50,
};

/**
 * The basis of 定岗定编 (§d2), shown on every staffing output: one person's working year and
 * the 饱和度 band outside which rule J6 speaks. Defaults: 劳社部发〔2008〕3号 (250 days of 8 h),
 * 95 % attendance, 87.5 % utilisation, band 70–100 %; `preset` names the basis the user chose
 * (`calendar2025`: 248 days on the 2025+ holiday calendar) or `custom` once a value is edited.
 */
export const STAFFING_PRESET_IDS = ['standard', 'calendar2025', 'custom'] as const;
export const staffingSettingsSchema = z.strictObject({
  preset: z.enum(STAFFING_PRESET_IDS),
  /** 年制度工作日. */
  workingDays: z.number().finite().min(1).max(366),
  hoursPerDay: z.number().finite().min(0.5).max(24),
  /** 出勤率, 0–1. */
  attendance: z.number().finite().min(0.01).max(1),
  /** 工时利用率, 0–1. */
  utilisation: z.number().finite().min(0.01).max(1),
  /** 饱和度 band, 0–n (0.7 = 70 %). */
  saturationLow: z.number().finite().min(0).max(10),
  saturationHigh: z.number().finite().min(0).max(10),
});
export type StaffingSettings = z.infer<typeof staffingSettingsSchema>;

export const DEFAULT_STAFFING_SETTINGS: StaffingSettings = {
  preset: 'standard',
  workingDays: 250,
  hoursPerDay: 8,
  attendance: 0.95,
  utilisation: 0.875,
  saturationLow: 0.7,
  saturationHigh: 1,
};

export const analysisSettingsSchema = z.strictObject({
  timeBasis: z.enum(TIME_BASES),
  /** 年制度工时 H_std: the hours a year an annual role cost pays for (2,000 = 250 d × 8 h). */
  standardHours: z.number().finite().min(1).max(8784),
  thresholds: ruleThresholdsSchema,
  /** Absent in settings saved before issue 10: the defaults apply. */
  staffing: staffingSettingsSchema.default(DEFAULT_STAFFING_SETTINGS),
});
export type AnalysisSettings = z.infer<typeof analysisSettingsSchema>;

export const DEFAULT_ANALYSIS_SETTINGS: AnalysisSettings = {
  timeBasis: 'working',
  standardHours: 2000,
  thresholds: DEFAULT_THRESHOLDS,
  staffing: DEFAULT_STAFFING_SETTINGS,
};

/** Minutes of a duration given as whole days (by the basis) plus minutes. */
export function durationMinutes(
  days: number | null | undefined,
  minutes: number | null | undefined,
  basis: TimeBasis,
): number {
  return (days ?? 0) * DAY_MINUTES[basis] + (minutes ?? 0);
}
