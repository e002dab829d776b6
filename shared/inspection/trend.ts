import { addDays, compareDates } from './calendar';
import type { TargetDirection } from './target';
import type { CalendarDate, Inspection, Period } from './types';

/*
 * A KPI across periods, the approved revisions on the same time line, and the KPI before and
 * after a revision ("the next inspections show the KPI before and after", issue 12). A
 * revision takes effect the day after its approval (approved on Dec 31, the new way of
 * working runs from Jan 1). A period that straddles that day mixes the old and the new way
 * of working, so it counts on neither side. Each period weighs the same in a mean: its value is already an
 * average over its own sample, and the plan compares periods.
 */

export type SeriesPoint = {
  period: Period;
  value: number;
  sampleSize: number | null;
  inspectionKey: string;
};

/** The KPI's measured values in period order (an inspection without that KPI adds nothing). */
export function kpiSeries(
  inspections: readonly Pick<Inspection, 'key' | 'period' | 'measurements'>[],
  kpiKey: string,
): SeriesPoint[] {
  const points: SeriesPoint[] = [];
  for (const inspection of inspections) {
    const measurement = inspection.measurements.find((m) => m.kpiKey === kpiKey);
    if (!measurement) continue;
    points.push({
      period: inspection.period,
      value: measurement.value,
      sampleSize: measurement.sampleSize,
      inspectionKey: inspection.key,
    });
  }
  return points.sort((a, b) => compareDates(a.period.start, b.period.start));
}

/** An approved revision of the process (or of its to-be variant) on the time line. */
export type RevisionDate = { date: CalendarDate; label: string };

export type Side = 'before' | 'during' | 'after';

/** Where a period lies against a revision approved on `approvedOn` (effective the next day). */
export function sideOf(period: Period, approvedOn: CalendarDate): Side {
  const effective = addDays(approvedOn, 1);
  if (compareDates(period.end, effective) <= 0) return 'before';
  if (compareDates(period.start, effective) >= 0) return 'after';
  return 'during';
}

export type RevisionMark = RevisionDate & {
  /** How many points of the series lie wholly before the revision: the chart draws it there. */
  pointsBefore: number;
};

export function markRevisions(
  series: readonly SeriesPoint[],
  revisions: readonly RevisionDate[],
): RevisionMark[] {
  return [...revisions]
    .sort((a, b) => compareDates(a.date, b.date))
    .map((revision) => ({
      ...revision,
      pointsBefore: series.filter((p) => sideOf(p.period, revision.date) === 'before').length,
    }));
}

export type SideSummary = { count: number; mean: number };

export type BeforeAfter = {
  before: SideSummary | null;
  after: SideSummary | null;
  /** Periods left out because they straddle the revision. */
  straddling: number;
  /** after − before, in the KPI's unit; null unless both sides have a period. */
  change: number | null;
  /** The change in % of the before mean; null when that is 0 or a side is empty. */
  changePercent: number | null;
  /** Whether the change went the good way, given the target's direction; null without one. */
  judgement: 'better' | 'worse' | 'unchanged' | null;
};

const tidy = (n: number) => Math.round(n * 1e9) / 1e9;

function summarise(values: number[]): SideSummary | null {
  if (values.length === 0) return null;
  return { count: values.length, mean: tidy(values.reduce((s, v) => s + v, 0) / values.length) };
}

export function beforeAndAfter(
  series: readonly SeriesPoint[],
  revisionDate: CalendarDate,
  direction: TargetDirection | null,
): BeforeAfter {
  const values: Record<Side, number[]> = { before: [], during: [], after: [] };
  for (const point of series) values[sideOf(point.period, revisionDate)].push(point.value);
  const before = summarise(values.before);
  const after = summarise(values.after);
  const change = before && after ? tidy(after.mean - before.mean) : null;
  const changePercent =
    change !== null && before && before.mean !== 0
      ? tidy((change / Math.abs(before.mean)) * 100)
      : null;
  return {
    before,
    after,
    straddling: values.during.length,
    change,
    changePercent,
    judgement: judge(change, direction),
  };
}

function judge(change: number | null, direction: TargetDirection | null): BeforeAfter['judgement'] {
  if (change === null || direction === null) return null;
  if (change === 0) return 'unchanged';
  const improved = direction === 'lowerIsBetter' ? change < 0 : change > 0;
  return improved ? 'better' : 'worse';
}
