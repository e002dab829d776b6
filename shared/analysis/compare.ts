import type { ProcessFigures } from './types';

/*
 * The as-is / to-be table (PROCESS-ANALYSIS.md §b5): each metric of the two variants, the
 * change, and Δ% = (to − as) ÷ as × 100. PCE and rolled yield are shares: their change is
 * reported in percentage points (delta is the difference of the two fractions, 0.05 = 5 pp)
 * and they have no Δ%. Δ% is also null when the as-is value is 0 or either value is unknown.
 */

export const COMPARED_METRICS = [
  'activityCount',
  'leadTimeCritical',
  'leadTimeExpected',
  'touchMinutes',
  'waitMinutes',
  'pceCritical',
  'pceExpected',
  'handOffs',
  'departmentHandOffs',
  'roles',
  'departments',
  'approvals',
  'inspections',
  'costPerCase',
  'annualCost',
  'rolledYield',
] as const;
export type ComparedMetric = (typeof COMPARED_METRICS)[number];

export type ComparisonUnit = 'minutes' | 'count' | 'share' | 'money';

export type ComparisonRow = {
  metric: ComparedMetric;
  unit: ComparisonUnit;
  as: number | null;
  to: number | null;
  /** to − as (for shares: the difference of the fractions, i.e. percentage points ÷ 100). */
  delta: number | null;
  /** (to − as) ÷ as × 100: a percentage, null for shares and when as is 0 or unknown. */
  deltaPercent: number | null;
};

const METRICS: Record<ComparedMetric, [ComparisonUnit, (f: ProcessFigures) => number | null]> = {
  activityCount: ['count', (f) => f.activityCount],
  leadTimeCritical: ['minutes', (f) => f.leadTime?.critical ?? null],
  leadTimeExpected: ['minutes', (f) => f.leadTime?.expected ?? null],
  touchMinutes: ['minutes', (f) => f.touchMinutes],
  waitMinutes: ['minutes', (f) => f.waitMinutes],
  pceCritical: ['share', (f) => f.pce.critical],
  pceExpected: ['share', (f) => f.pce.expected],
  handOffs: ['count', (f) => f.handOffs.roles],
  departmentHandOffs: ['count', (f) => f.handOffs.departments],
  roles: ['count', (f) => f.actors.length],
  departments: ['count', (f) => f.departmentIds.length],
  approvals: ['count', (f) => f.approvals],
  inspections: ['count', (f) => f.inspections],
  costPerCase: ['money', (f) => f.cost.perCase],
  annualCost: ['money', (f) => f.cost.perYear],
  rolledYield: ['share', (f) => f.rolledYield],
};

export function compareFigures(asIs: ProcessFigures, toBe: ProcessFigures): ComparisonRow[] {
  return COMPARED_METRICS.map((metric) => {
    const [unit, pick] = METRICS[metric];
    const as = pick(asIs);
    const to = pick(toBe);
    const delta = as === null || to === null ? null : to - as;
    const deltaPercent =
      delta === null || as === null || as === 0 || unit === 'share' ? null : (delta / as) * 100;
    return { metric, unit, as, to, delta, deltaPercent };
  });
}
