import type { Period } from '../types';
import type { Translate } from './chartSpec';

/*
 * A period as a chart's axis and the report name it: a calendar quarter "2024 Q1" /
 * "2024年第1季度", a half-year, a month, otherwise its dates (the end shown inclusive,
 * the day before the next period starts).
 */

const parts = (date: string) => date.split('-').map(Number) as [number, number, number];

function dayBefore(date: string): string {
  const [y, m, d] = parts(date);
  const previous = new Date(Date.UTC(y, m - 1, d - 1));
  return previous.toISOString().slice(0, 10);
}

export function periodName(period: Period, t: Translate): string {
  const [y1, m1, d1] = parts(period.start);
  const [y2, m2, d2] = parts(period.end);
  const months = (y2 - y1) * 12 + (m2 - m1);
  if (d1 === 1 && d2 === 1) {
    if (months === 3 && (m1 - 1) % 3 === 0) {
      return t('inspectionReport.charts.quarter', { year: y1, quarter: (m1 + 2) / 3 });
    }
    if (months === 6 && (m1 === 1 || m1 === 7)) {
      const half = t(m1 === 1 ? 'inspectionReport.charts.h1' : 'inspectionReport.charts.h2');
      return t('inspectionReport.charts.halfYear', { year: y1, half });
    }
    if (months === 1) {
      return t('inspectionReport.charts.month', { year: y1, month: String(m1).padStart(2, '0') });
    }
  }
  return t('inspectionReport.charts.span', { start: period.start, end: dayBefore(period.end) });
}
