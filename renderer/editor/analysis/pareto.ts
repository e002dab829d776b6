import type { StepFigures } from '../../../shared/analysis/types';

/*
 * The Pareto tables (§a2: ProcessView's workbook sheets, largest first so "where to focus" is
 * obvious): steps by elapsed time, work, cost and NVA cost, each with its share of the total
 * and the running share (the 80 % line).
 */

export const PARETO_METRICS = ['elapsed', 'work', 'cost', 'nvaCost'] as const;
export type ParetoMetric = (typeof PARETO_METRICS)[number];

export type ParetoRow = {
  step: StepFigures;
  value: number;
  share: number;
  cumulative: number;
};

export function paretoValue(step: StepFigures, metric: ParetoMetric): number | null {
  switch (metric) {
    case 'elapsed':
      return step.elapsedMinutes;
    case 'work':
      return step.workMinutes === null ? null : step.workMinutes * step.visits;
    case 'cost':
      return step.costPerCase;
    case 'nvaCost':
      return step.nvaCostPerCase;
  }
}

/** Steps with a positive value, largest first (ties by step number, then label). */
export function paretoRows(steps: readonly StepFigures[], metric: ParetoMetric): ParetoRow[] {
  const valued = steps
    .map((step) => ({ step, value: paretoValue(step, metric) ?? 0 }))
    .filter((row) => row.value > 0)
    .sort(
      (a, b) =>
        b.value - a.value ||
        (a.step.stepNumber ?? Infinity) - (b.step.stepNumber ?? Infinity) ||
        a.step.label.localeCompare(b.step.label),
    );
  const total = valued.reduce((sum, row) => sum + row.value, 0);
  let running = 0;
  return valued.map((row) => {
    running += row.value;
    return { ...row, share: row.value / total, cumulative: running / total };
  });
}
