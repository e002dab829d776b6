import type { FlowModel } from '../flow';
import { DAY_MINUTES, durationMinutes } from '../settings';
import type { ProcessFigures, StepFigures } from '../types';
import type { Visits } from '../visits';
import { costs, type StepCost } from './cost';
import { coverage } from './coverage';
import { openLoops } from './dag';
import { involvement } from './handOffs';
import { leadTimes } from './leadTime';
import { efficiency } from './pce';
import { raciMatrix } from './raci';
import { caseTimes, stepTimes, type StepTimes } from './times';
import { reworkLoops, rolledYield } from './yield';

/*
 * Every figure of PROCESS-ANALYSIS.md §b for one process, from its flow model and expected
 * visits. Each concern has its own module; this one composes them into ProcessFigures.
 */
export function computeFigures(flow: FlowModel, { visits, endless }: Visits): ProcessFigures {
  const basis = flow.library.settings.timeBasis;
  const times = stepTimes(flow, visits);
  const totals = caseTimes(times);
  const dag = openLoops(flow);
  // A loop no case leaves has no lead time: rule M14 says why.
  const lead = endless.length === 0 ? leadTimes(flow, dag, visits, times) : null;
  const criticalPath = lead?.criticalPath ?? [];
  const onPath = new Set(criticalPath);
  const priced = costs(flow, times);
  const steps = times.map((s) => stepRow(s, onPath.has(s.node.id), priced.steps.get(s.node.id)));
  const analysis = flow.graph.analysis;
  const limitGiven =
    (analysis?.timeLimitDays ?? null) !== null || (analysis?.timeLimitMinutes ?? null) !== null;
  return {
    basis,
    dayMinutes: DAY_MINUTES[basis],
    coverage: coverage(flow, times, priced.steps),
    visits: Object.fromEntries(visits),
    endlessLoops: endless,
    activityCount: steps.filter((s) => s.visits > 0).length,
    ...totals,
    leadTime: lead?.leadTime ?? null,
    criticalPath,
    ...efficiency(lead?.leadTime ?? null, criticalPath, times, totals, dag, visits),
    ...involvement(flow, visits),
    reworkLoops: reworkLoops(flow, dag, visits),
    rolledYield: rolledYield(flow, criticalPath),
    cost: priced.cost,
    annualVolume: analysis?.annualVolume ?? null,
    timeLimitMinutes: limitGiven
      ? durationMinutes(analysis?.timeLimitDays, analysis?.timeLimitMinutes, basis)
      : null,
    steps,
    raci: raciMatrix(flow),
  };
}

function stepRow(
  step: StepTimes,
  onCriticalPath: boolean,
  cost: StepCost | undefined,
): StepFigures {
  const { node, visits, work, wait } = step;
  return {
    nodeId: node.id,
    label: node.node.label,
    stepNumber: node.node.stepNumber ?? null,
    actorKey: node.actor?.key ?? null,
    visits,
    workMinutes: work,
    waitMinutes: wait,
    elapsedMinutes: work === null && wait === null ? null : visits * ((work ?? 0) + (wait ?? 0)),
    valueClass: step.valueClass,
    costPerExecution: cost?.costPerExecution ?? null,
    costPerCase: cost?.costPerCase ?? null,
    nvaCostPerCase: cost?.nvaCostPerCase ?? null,
    annualHours: cost?.annualHours ?? null,
    onCriticalPath,
  };
}
