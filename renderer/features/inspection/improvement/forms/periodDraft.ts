import { addDays, isCalendarDate } from '../../../../../shared/inspection/calendar';
import type { Period } from '../../../../../shared/inspection/types';

/*
 * A period is stored with an exclusive end (the next period's start, see types.ts) but people
 * write its first and last day, as the import template asks; the dialog shows the last day.
 */

export type PeriodDraft = { first: string; last: string };

export function periodDraftOf(period: Period): PeriodDraft {
  return { first: period.start, last: isCalendarDate(period.end) ? addDays(period.end, -1) : '' };
}

/** A last day that is not a date stays as typed, so the schema marks it. */
export function periodOfDraft(draft: PeriodDraft): Period {
  return {
    start: draft.first,
    end: isCalendarDate(draft.last) ? addDays(draft.last, 1) : draft.last,
  };
}
