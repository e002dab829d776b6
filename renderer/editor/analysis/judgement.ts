import type { ComparedMetric, ComparisonRow } from '../../../shared/analysis/compare';

/*
 * How the analysis judges a figure (pure, tested): a PCE against §b2's benchmarks, and a
 * change between as-is and to-be as better or worse (§b5).
 */

/** §b2 benchmarks, shown as guidance: untouched 1–5 %, usually < 10 %, about 25 % world-class. */
export function pceBand(pce: number): 'low' | 'typical' | 'good' | 'worldClass' {
  if (pce < 0.05) return 'low';
  if (pce < 0.1) return 'typical';
  if (pce < 0.25) return 'good';
  return 'worldClass';
}

/** Where more is better: efficiency and yield. Every other figure counts costs and delays. */
const MORE_IS_BETTER: ReadonlySet<ComparedMetric> = new Set([
  'pceCritical',
  'pceExpected',
  'rolledYield',
]);

export function verdict(row: Pick<ComparisonRow, 'metric' | 'delta'>): 'better' | 'worse' | null {
  if (row.delta === null || Math.abs(row.delta) < 1e-9) return null;
  return row.delta > 0 === MORE_IS_BETTER.has(row.metric) ? 'better' : 'worse';
}
