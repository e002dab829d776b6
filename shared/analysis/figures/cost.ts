import type { FlowModel, FlowNode } from '../flow';
import type { ProcessFigures } from '../types';
import type { StepTimes } from './times';

/*
 * Cost (PROCESS-ANALYSIS.md §b4). The performers of a step are the lane's role when the lane
 * is a role, plus every role with R on the step (else the step's actor when it is a role);
 * each does an equal share of the work (Promapp's "average of the roles"):
 *   c(a) = Σ over performers r of work(a)·share/60·rate(r) + fixedCost(a);
 *   C = Σ v(a)·c(a); annual cost = C × annual volume; NVA share = Σ over NVA of v·c ÷ C;
 *   annual hours = volume × v(a) × work(a) / 60 (rule A1's automation score).
 * Lead's decisions where §b4 is silent: when only some performers have a rate, the work is
 * shared among those that have one (their average rate) and the step is still listed as
 * missing a rate; c(a) is null when no performer has a rate and there is no fixed cost, and
 * C is null when no step has a cost.
 */

export type StepCost = {
  costPerExecution: number | null;
  costPerCase: number | null;
  nvaCostPerCase: number | null;
  annualHours: number | null;
  /** Some performer has no rate, or the step has no performer that is a role. */
  rateMissing: boolean;
};

export type CostFigures = { steps: Map<string, StepCost>; cost: ProcessFigures['cost'] };

export function costs(flow: FlowModel, steps: readonly StepTimes[]): CostFigures {
  const rates = new Map(flow.library.roles.map((role) => [role.id, role.hourlyRate]));
  const volume = flow.graph.analysis?.annualVolume ?? null;
  const byStep = new Map<string, StepCost>();
  let perCase: number | null = null;
  let nva = 0;
  for (const step of steps) {
    const performers = performersOf(flow, step.node);
    const known = performers.flatMap((id) => {
      const rate = rates.get(id) ?? null;
      return rate === null ? [] : [rate];
    });
    const fixed = step.node.node.activity?.fixedCost ?? null;
    const labour =
      known.length === 0
        ? 0
        : (((step.work ?? 0) / 60) * known.reduce((sum, rate) => sum + rate, 0)) / known.length;
    const perExecution = known.length === 0 && fixed === null ? null : labour + (fixed ?? 0);
    const stepCase = perExecution === null ? null : step.visits * perExecution;
    if (stepCase !== null) perCase = (perCase ?? 0) + stepCase;
    if (stepCase !== null && step.valueClass === 'NVA') nva += stepCase;
    byStep.set(step.node.id, {
      costPerExecution: perExecution,
      costPerCase: stepCase,
      nvaCostPerCase: stepCase === null ? null : step.valueClass === 'NVA' ? stepCase : 0,
      annualHours:
        volume === null || step.work === null ? null : (volume * step.visits * step.work) / 60,
      rateMissing: performers.length === 0 || known.length < performers.length,
    });
  }
  return {
    steps: byStep,
    cost: {
      perCase,
      perYear: perCase === null || volume === null ? null : perCase * volume,
      nvaShare: perCase === null || perCase === 0 ? null : nva / perCase,
    },
  };
}

/** The role ids that do a step's work (each once). */
export function performersOf(flow: FlowModel, node: FlowNode): number[] {
  const lane = flow.graph.lanes.find((l) => l.id === node.node.laneId);
  const ids = new Set<number>();
  if (lane?.owner.kind === 'role') ids.add(lane.owner.roleId);
  for (const entry of node.node.activity?.raci ?? []) {
    if (entry.letter === 'R') ids.add(entry.roleId);
  }
  const actorRole = node.actor?.roleId ?? null;
  if (ids.size === 0 && actorRole !== null) ids.add(actorRole);
  return [...ids];
}
