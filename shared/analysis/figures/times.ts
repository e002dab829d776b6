import type { ValueClass } from '../../process';
import type { FlowModel, FlowNode } from '../flow';
import { durationMinutes } from '../settings';

/*
 * Effort, value and wait of each step and of a case (PROCESS-ANALYSIS.md §b2): work(a) is the
 * step's workMinutes, wait(a) its waitDays (converted by the time basis) plus waitMinutes.
 * Sums weigh each step by its expected visits v(a) (§b1). A missing time counts as 0 in a sum;
 * coverage lists it.
 */

export type StepTimes = {
  node: FlowNode;
  visits: number;
  /** Null when the map does not give it. */
  work: number | null;
  wait: number | null;
  valueClass: ValueClass | null;
};

export type CaseTimes = {
  /** TT = Σ v(a)·work(a). */
  touchMinutes: number;
  /** VAT, BVA and NVA time: Σ over the class of v(a)·work(a). */
  valueMinutes: Record<ValueClass, number>;
  /** Work of steps without a value class (so VA + BVA + NVA + this = TT). */
  unclassifiedMinutes: number;
  /** WT = Σ v(a)·wait(a). */
  waitMinutes: number;
};

/** Wait before a step in minutes, null when neither days nor minutes are given. */
export function waitOf(node: FlowNode, flow: FlowModel): number | null {
  const details = node.node.activity;
  const days = details?.waitDays ?? null;
  const minutes = details?.waitMinutes ?? null;
  if (days === null && minutes === null) return null;
  return durationMinutes(days, minutes, flow.library.settings.timeBasis);
}

export function stepTimes(flow: FlowModel, visits: Map<string, number>): StepTimes[] {
  return flow.activities.map((node) => ({
    node,
    visits: visits.get(node.id) ?? 0,
    work: node.node.activity?.workMinutes ?? null,
    wait: waitOf(node, flow),
    valueClass: node.node.activity?.valueClass ?? null,
  }));
}

export function caseTimes(steps: readonly StepTimes[]): CaseTimes {
  const totals: CaseTimes = {
    touchMinutes: 0,
    valueMinutes: { VA: 0, BVA: 0, NVA: 0 },
    unclassifiedMinutes: 0,
    waitMinutes: 0,
  };
  for (const step of steps) {
    const work = step.visits * (step.work ?? 0);
    totals.touchMinutes += work;
    if (step.valueClass) totals.valueMinutes[step.valueClass] += work;
    else totals.unclassifiedMinutes += work;
    totals.waitMinutes += step.visits * (step.wait ?? 0);
  }
  return totals;
}
