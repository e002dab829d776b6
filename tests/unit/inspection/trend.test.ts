import { describe, expect, it } from 'vitest';
import { beforeAndAfter, kpiSeries, markRevisions } from '../../../shared/inspection/trend';

const inspection = (key: string, start: string, end: string, value: number | null) => ({
  key,
  period: { start, end },
  measurements: value === null ? [] : [{ kpiKey: 'k', value, sampleSize: 100 }],
});

const inspections = [
  inspection('c', '2024-07-01', '2024-10-01', 14),
  inspection('a', '2024-01-01', '2024-04-01', 16),
  inspection('b', '2024-04-01', '2024-07-01', 18),
  inspection('d', '2024-10-01', '2025-01-01', 6),
  inspection('e', '2025-01-01', '2025-04-01', 2),
  inspection('f', '2025-04-01', '2025-07-01', null),
];

describe('KPI trends', () => {
  it('orders the series by period and skips inspections without the KPI', () => {
    expect(kpiSeries(inspections, 'k').map((p) => p.inspectionKey)).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
    ]);
  });

  it('places each revision after the periods wholly before the day it takes effect', () => {
    const series = kpiSeries(inspections, 'k');
    expect(
      markRevisions(series, [
        { date: '2024-11-15', label: 'v2' },
        { date: '2024-07-01', label: 'v1' },
      ]),
    ).toEqual([
      { date: '2024-07-01', label: 'v1', pointsBefore: 2 },
      { date: '2024-11-15', label: 'v2', pointsBefore: 3 },
    ]);
  });

  it('compares the means before and after a revision, leaving out the period across it', () => {
    const series = kpiSeries(inspections, 'k');
    expect(beforeAndAfter(series, '2024-11-15', 'lowerIsBetter')).toEqual({
      before: { count: 3, mean: 16 },
      after: { count: 1, mean: 2 },
      straddling: 1,
      change: -14,
      changePercent: -87.5,
      judgement: 'better',
    });
  });

  it('judges the direction by the target: a rise is worse when lower is better', () => {
    const series = kpiSeries(inspections, 'k');
    // Approved on Jun 30: Q1 and Q2 (16, 18) before, Q3 on (14, 6, 2) after.
    expect(beforeAndAfter(series, '2024-06-30', 'lowerIsBetter')).toMatchObject({
      before: { count: 2, mean: 17 },
      straddling: 0,
      judgement: 'better',
    });
    expect(beforeAndAfter(series, '2024-06-30', 'higherIsBetter').judgement).toBe('worse');
    expect(beforeAndAfter(series, '2024-06-30', null).judgement).toBeNull();
    expect(beforeAndAfter(series, '2026-01-01', 'lowerIsBetter')).toMatchObject({
      after: null,
      change: null,
      judgement: null,
    });
  });
});
