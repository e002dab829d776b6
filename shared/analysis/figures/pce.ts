import type { LeadTimes } from '../types';
import { repeatsOf, type Dag } from './dag';
import type { CaseTimes, StepTimes } from './times';

/*
 * Process cycle efficiency and the touch-time ratio (PROCESS-ANALYSIS.md §b2):
 * - critical: VA work (× repeats) of the steps on the critical path ÷ LT critical (Interfacing's
 *   PCE on the critical path);
 * - expected: VAT ÷ LT expected;
 * - touch ratio: TT ÷ LT expected (BVA and NVA work count too).
 * Null when there is no lead time or it is 0 (nothing to divide by).
 */

export type Efficiency = {
  pce: { critical: number | null; expected: number | null };
  touchRatio: number | null;
};

export function efficiency(
  leadTime: LeadTimes | null,
  criticalPath: readonly string[],
  steps: readonly StepTimes[],
  times: CaseTimes,
  dag: Dag,
  visits: Map<string, number>,
): Efficiency {
  const onPath = new Set(criticalPath);
  const pathValue = steps
    .filter((s) => onPath.has(s.node.id) && s.valueClass === 'VA')
    .reduce((sum, s) => sum + (s.work ?? 0) * repeatsOf(dag, visits, s.node.id), 0);
  const ratio = (part: number, whole: number | undefined) =>
    whole !== undefined && whole > 0 ? part / whole : null;
  return {
    pce: {
      critical: ratio(pathValue, leadTime?.critical),
      expected: ratio(times.valueMinutes.VA, leadTime?.expected),
    },
    touchRatio: ratio(times.touchMinutes, leadTime?.expected),
  };
}
