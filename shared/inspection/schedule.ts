import { addDays, addMonths, compareDates, formatDate, parseDate, todayIn } from './calendar';
import type { CalendarDate, Frequency, InspectionPlan, Period } from './types';

/*
 * The periods of an inspection plan and what is due on a given day. Periods are calendar
 * months in the library's time zone: monthly, calendar quarters, half-years (Jan–Jun, Jul–Dec)
 * — so every plan of the library reports on the same quarters — or, for `custom`, every N
 * months from the plan's start date (Jan 31 + 1 month = the last day of February, and back to
 * the 31st after it). The day "today" is asked of Intl in the IANA zone passed in; from there
 * on the arithmetic is on dates, so DST can neither add nor lose a day.
 *
 * An inspection is due from the first day after its period for `graceDays` days, overdue after
 * that: grace 15 makes Q1's inspection due Apr 1–15 and overdue from Apr 16.
 */

type PlanTiming = Pick<InspectionPlan, 'frequency' | 'everyMonths' | 'startDate'>;

/** Never enumerate more periods than this (100 years of months): a guard, not a limit users meet. */
const MAX_PERIODS = 1200;

const CALENDAR_MONTHS: Record<Exclude<Frequency, 'custom'>, number> = {
  monthly: 1,
  quarterly: 3,
  halfYear: 6,
};

function monthsOf(plan: PlanTiming): number {
  if (plan.frequency === 'custom') {
    if (plan.everyMonths === null || plan.everyMonths < 1) {
      throw new Error('a custom plan needs everyMonths ≥ 1');
    }
    return plan.everyMonths;
  }
  return CALENDAR_MONTHS[plan.frequency];
}

function partsOrThrow(date: CalendarDate) {
  const parts = parseDate(date);
  if (!parts) throw new Error(`not a calendar date: ${date}`);
  return parts;
}

/** The plan's period that contains `date` (which may lie before the plan's start). */
export function periodContaining(plan: PlanTiming, date: CalendarDate): Period {
  const months = monthsOf(plan);
  const { year, month } = partsOrThrow(date);
  if (plan.frequency !== 'custom') {
    const firstMonth = Math.floor((month - 1) / months) * months + 1;
    const start = formatDate({ year, month: firstMonth, day: 1 });
    return { start, end: addMonths(start, months) };
  }
  const anchor = partsOrThrow(plan.startDate);
  const monthsFromStart = (year - anchor.year) * 12 + (month - anchor.month);
  let index = Math.floor(monthsFromStart / months);
  const startOf = (k: number) => addMonths(plan.startDate, k * months, anchor.day);
  // The month count is a guess within one period: step until start ≤ date < end.
  while (compareDates(startOf(index), date) > 0) index -= 1;
  while (compareDates(startOf(index + 1), date) <= 0) index += 1;
  return { start: startOf(index), end: startOf(index + 1) };
}

/** The period after `period` in the same plan. */
export function nextPeriod(plan: PlanTiming, period: Period): Period {
  return periodContaining(plan, period.end);
}

/** Every period from the one holding the plan's start up to the one holding `until`. */
export function periodsUntil(plan: PlanTiming, until: CalendarDate): Period[] {
  const periods: Period[] = [];
  if (compareDates(until, plan.startDate) < 0) return periods;
  let period = periodContaining(plan, plan.startDate);
  while (compareDates(period.start, until) <= 0 && periods.length < MAX_PERIODS) {
    periods.push(period);
    period = nextPeriod(plan, period);
  }
  return periods;
}

export type PeriodState = 'running' | 'due' | 'overdue' | 'recorded';

/** The state of one period's inspection on `today` (a date in the library's zone). */
export function periodState(
  period: Period,
  today: CalendarDate,
  graceDays: number,
  recorded: boolean,
): PeriodState {
  if (recorded) return 'recorded';
  if (compareDates(today, period.end) < 0) return 'running';
  return compareDates(today, addDays(period.end, graceDays)) < 0 ? 'due' : 'overdue';
}

export type PlanSchedule = {
  due: Period[];
  overdue: Period[];
  /**
   * The period running on `today`, whose inspection comes next; null before the plan starts,
   * or when that period was already inspected.
   */
  running: Period | null;
};

/** The generic walk: every period with its state (custom plans, and the reference for tests). */
export function planScheduleByPeriods(
  plan: PlanTiming & Pick<InspectionPlan, 'graceDays'>,
  recordedStarts: ReadonlySet<CalendarDate>,
  today: CalendarDate,
): PlanSchedule {
  const schedule: PlanSchedule = { due: [], overdue: [], running: null };
  for (const period of periodsUntil(plan, today)) {
    const state = periodState(period, today, plan.graceDays, recordedStarts.has(period.start));
    if (state === 'due') schedule.due.push(period);
    else if (state === 'overdue') schedule.overdue.push(period);
    else if (state === 'running') schedule.running = period;
  }
  return schedule;
}

const DAY_MS = 86_400_000;
const monthStart = (index: number): CalendarDate =>
  formatDate({ year: Math.floor(index / 12), month: (index % 12) + 1, day: 1 });
const dayOfMonthStart = (index: number) => Date.UTC(Math.floor(index / 12), index % 12, 1) / DAY_MS;

/**
 * What the plan asks for on `today`: inspections of ended periods not recorded yet, split
 * into due and overdue. `recordedStarts` holds the start dates of the periods inspected.
 * Calendar plans walk month numbers instead of date strings — the same answer as
 * planScheduleByPeriods, fast enough for the dashboard over a whole library.
 */
export function planSchedule(
  plan: PlanTiming & Pick<InspectionPlan, 'graceDays'>,
  recordedStarts: ReadonlySet<CalendarDate>,
  today: CalendarDate,
): PlanSchedule {
  if (plan.frequency === 'custom') return planScheduleByPeriods(plan, recordedStarts, today);
  const months = CALENDAR_MONTHS[plan.frequency];
  const first = partsOrThrow(plan.startDate);
  const now = partsOrThrow(today);
  const todayDay = Date.UTC(now.year, now.month - 1, now.day) / DAY_MS;
  const lastIndex = now.year * 12 + now.month - 1;
  const schedule: PlanSchedule = { due: [], overdue: [], running: null };
  if (compareDates(today, plan.startDate) < 0) return schedule;
  let index = first.year * 12 + Math.floor((first.month - 1) / months) * months;
  for (let n = 0; index <= lastIndex && n < MAX_PERIODS; index += months, n++) {
    const endDay = dayOfMonthStart(index + months);
    const start = monthStart(index);
    if (recordedStarts.has(start)) continue;
    if (todayDay < endDay) {
      schedule.running = { start, end: monthStart(index + months) };
    } else {
      const period = { start, end: monthStart(index + months) };
      if (todayDay < endDay + plan.graceDays) schedule.due.push(period);
      else schedule.overdue.push(period);
    }
  }
  return schedule;
}

/** planSchedule at an instant, in the library's IANA time zone. */
export function planScheduleAt(
  plan: PlanTiming & Pick<InspectionPlan, 'graceDays'>,
  recordedStarts: ReadonlySet<CalendarDate>,
  instant: Date,
  timeZone: string,
): PlanSchedule {
  return planSchedule(plan, recordedStarts, todayIn(instant, timeZone));
}
