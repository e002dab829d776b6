import { describe, expect, it } from 'vitest';
import { addDays, addMonths, todayIn } from '../../../shared/inspection/calendar';
import {
  periodContaining,
  periodState,
  periodsUntil,
  planSchedule,
  planScheduleAt,
  planScheduleByPeriods,
} from '../../../shared/inspection/schedule';

const quarterly = {
  frequency: 'quarterly',
  everyMonths: null,
  startDate: '2024-01-01',
  graceDays: 15,
} as const;

describe('calendar arithmetic', () => {
  it('Jan 31 + 1 month is the last day of February, in leap and common years', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-01-31', 2, 31)).toBe('2024-03-31');
    expect(addMonths('2024-11-30', 3)).toBe('2025-02-28');
  });
});

describe('periods of a plan', () => {
  it('are calendar months, quarters and half-years', () => {
    const at = (frequency: 'monthly' | 'quarterly' | 'halfYear', date: string) =>
      periodContaining({ frequency, everyMonths: null, startDate: '2024-01-01' }, date);
    expect(at('monthly', '2024-02-29')).toEqual({ start: '2024-02-01', end: '2024-03-01' });
    expect(at('quarterly', '2024-12-31')).toEqual({ start: '2024-10-01', end: '2025-01-01' });
    expect(at('halfYear', '2024-07-01')).toEqual({ start: '2024-07-01', end: '2025-01-01' });
    expect(at('halfYear', '2024-06-30')).toEqual({ start: '2024-01-01', end: '2024-07-01' });
  });

  it('custom periods run from the start date and keep its day across short months', () => {
    const plan = { frequency: 'custom', everyMonths: 1, startDate: '2024-01-31' } as const;
    expect(periodsUntil(plan, '2024-04-15')).toEqual([
      { start: '2024-01-31', end: '2024-02-29' },
      { start: '2024-02-29', end: '2024-03-31' },
      { start: '2024-03-31', end: '2024-04-30' },
    ]);
    const twoMonthly = { frequency: 'custom', everyMonths: 2, startDate: '2023-12-31' } as const;
    expect(periodContaining(twoMonthly, '2024-02-28')).toEqual({
      start: '2023-12-31',
      end: '2024-02-29',
    });
    expect(periodContaining(twoMonthly, '2024-02-29')).toEqual({
      start: '2024-02-29',
      end: '2024-04-30',
    });
  });

  it('start with the period that holds the plan start, none before it', () => {
    expect(periodsUntil({ ...quarterly, startDate: '2024-02-15' }, '2024-05-01')).toEqual([
      { start: '2024-01-01', end: '2024-04-01' },
      { start: '2024-04-01', end: '2024-07-01' },
    ]);
    expect(periodsUntil(quarterly, '2023-12-31')).toEqual([]);
  });
});

describe('due and overdue', () => {
  const q1 = { start: '2024-01-01', end: '2024-04-01' };

  it('a period is due for its grace days after it ends, overdue after, unless recorded', () => {
    expect(periodState(q1, '2024-03-31', 15, false)).toBe('running');
    expect(periodState(q1, '2024-04-01', 15, false)).toBe('due');
    expect(periodState(q1, '2024-04-15', 15, false)).toBe('due');
    expect(periodState(q1, '2024-04-16', 15, false)).toBe('overdue');
    expect(periodState(q1, '2024-04-16', 15, true)).toBe('recorded');
    expect(periodState(q1, '2024-04-01', 0, false)).toBe('overdue');
  });

  it('grace crosses month ends and leap days', () => {
    const january = { start: '2024-01-01', end: '2024-02-01' };
    // February 2024 has 29 days: 29 days of grace end on Feb 29, so March 1 is overdue.
    expect(periodState(january, '2024-02-29', 29, false)).toBe('due');
    expect(periodState(january, '2024-03-01', 29, false)).toBe('overdue');
    expect(periodState(january, '2024-03-01', 30, false)).toBe('due');
    // In 2023 the same 29 days reach into March 1.
    const january2023 = { start: '2023-01-01', end: '2023-02-01' };
    expect(periodState(january2023, '2023-03-01', 29, false)).toBe('due');
    expect(periodState(january2023, '2023-03-02', 29, false)).toBe('overdue');
  });

  it('lists the ended periods without an inspection and the running one', () => {
    const recorded = new Set(['2024-01-01']);
    expect(planSchedule(quarterly, recorded, '2024-10-10')).toEqual({
      due: [{ start: '2024-07-01', end: '2024-10-01' }],
      overdue: [{ start: '2024-04-01', end: '2024-07-01' }],
      running: { start: '2024-10-01', end: '2025-01-01' },
    });
  });

  it('depends on the library time zone at a period boundary', () => {
    // 2024-03-31 16:30 UTC is already April 1 in Shanghai, still March 31 in New York.
    const instant = new Date('2024-03-31T16:30:00Z');
    expect(todayIn(instant, 'Asia/Shanghai')).toBe('2024-04-01');
    expect(todayIn(instant, 'America/New_York')).toBe('2024-03-31');
    const none = new Set<string>();
    expect(planScheduleAt(quarterly, none, instant, 'Asia/Shanghai').due).toEqual([q1]);
    expect(planScheduleAt(quarterly, none, instant, 'America/New_York').due).toEqual([]);
  });

  it('counts days across a DST change without losing or adding one', () => {
    // New York springs forward on 2024-03-10: 04:59 UTC is 23:59 EST on the 9th, 05:00 the 10th.
    expect(todayIn(new Date('2024-03-10T04:59:00Z'), 'America/New_York')).toBe('2024-03-09');
    expect(todayIn(new Date('2024-03-10T05:00:00Z'), 'America/New_York')).toBe('2024-03-10');
    // After the change midnight is 04:00 UTC: 03:59 is still the 10th, 04:00 the 11th.
    expect(todayIn(new Date('2024-03-11T03:59:00Z'), 'America/New_York')).toBe('2024-03-10');
    expect(todayIn(new Date('2024-03-11T04:00:00Z'), 'America/New_York')).toBe('2024-03-11');
    const march = { start: '2024-03-01', end: '2024-04-01' };
    expect(
      periodState(march, todayIn(new Date('2024-04-01T03:59:00Z'), 'America/New_York'), 5, false),
    ).toBe('running');
    expect(
      periodState(march, todayIn(new Date('2024-04-01T04:00:00Z'), 'America/New_York'), 5, false),
    ).toBe('due');
  });

  it('refuses a zone Intl does not know', () => {
    expect(() => todayIn(new Date(), 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

describe('the calendar fast path', () => {
  it('gives the same schedule as the walk over periods', () => {
    const recorded = new Set(['2024-01-01', '2024-07-01', '2024-09-01']);
    for (const frequency of ['monthly', 'quarterly', 'halfYear'] as const) {
      const plan = { frequency, everyMonths: null, startDate: '2024-02-15', graceDays: 10 };
      for (let day = -20; day < 500; day += 7) {
        const today = addDays('2024-02-15', day);
        expect(planSchedule(plan, recorded, today)).toEqual(
          planScheduleByPeriods(plan, recorded, today),
        );
      }
    }
  });
});
