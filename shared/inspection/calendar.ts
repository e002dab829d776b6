import type { CalendarDate } from './types';

/*
 * Calendar dates as 'YYYY-MM-DD' strings. The arithmetic runs on the proleptic Gregorian
 * calendar through Date.UTC, which has no time zone and no DST, so a day is always a day;
 * the only place a zone enters is `todayIn`, which asks Intl what date it is there.
 */

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export type DateParts = { year: number; month: number; day: number };

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The parts of a valid date, or null ('2023-02-29' and '2024-13-01' are not dates). */
export function parseDate(text: string): DateParts | null {
  const match = DATE_PATTERN.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return null;
  return day <= daysInMonth(year, month) ? { year, month, day } : null;
}

export function isCalendarDate(text: string): boolean {
  return parseDate(text) !== null;
}

function partsOf(date: CalendarDate): DateParts {
  const parts = parseDate(date);
  if (!parts) throw new Error(`not a calendar date: ${date}`);
  return parts;
}

export function formatDate({ year, month, day }: DateParts): CalendarDate {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function dayNumber(date: CalendarDate): number {
  const { year, month, day } = partsOf(date);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const utc = new Date((dayNumber(date) + days) * DAY_MS);
  return formatDate({
    year: utc.getUTCFullYear(),
    month: utc.getUTCMonth() + 1,
    day: utc.getUTCDate(),
  });
}

/**
 * `months` months after `date`, on `anchorDay` (default: the date's own day) or the month's
 * last day when it is shorter: Jan 31 + 1 month is Feb 29 in 2024, Feb 28 in 2023, and with
 * anchorDay 31 the month after is Mar 31 again rather than drifting to the 28th.
 */
export function addMonths(date: CalendarDate, months: number, anchorDay?: number): CalendarDate {
  const { year, month, day } = partsOf(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  const wanted = anchorDay ?? day;
  return formatDate({
    year: targetYear,
    month: targetMonth,
    day: Math.min(wanted, daysInMonth(targetYear, targetMonth)),
  });
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  // Zero-padded ISO dates sort as text.
  return a < b ? -1 : a > b ? 1 : 0;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Throws a RangeError for a zone Intl does not know, as Intl itself does. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The calendar date it is at `instant` in the IANA zone `timeZone` (DST included). */
export function todayIn(instant: Date, timeZone: string): CalendarDate {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return formatDate({ year: value('year'), month: value('month'), day: value('day') });
}

export function isTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}
