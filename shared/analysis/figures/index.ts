import type { FlowModel } from '../flow';
import { DAY_MINUTES, durationMinutes } from '../settings';
import type { ProcessFigures, StepFigures } from '../types';
import type { Visits } from '../visits';
import { costs, type StepCost } from './cost';
import { openLoops } from './dag';
import { involvement } from './handOffs';
import { leadTimes } from './leadTime';
import { efficiency } from './pce';
import { caseTimes, stepTimes, type StepTimes } from './times';

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
    coverage: {
      activities: steps.length,
      withTimes: 0,
      withValueClass: 0,
      withCost: 0,
      missing: [],
    },
    visits: Object.fromEntries(visits),
    endlessLoops: endless,
    activityCount: steps.filter((s) => s.visits > 0).length,
    ...totals,
    leadTime: lead?.leadTime ?? null,
    criticalPath,
    ...efficiency(lead?.leadTime ?? null, criticalPath, times, totals, dag, visits),
    ...involvement(flow, visits),
    reworkLoops: [],
    rolledYield: 1,
    cost: priced.cost,
    annualVolume: analysis?.annualVolume ?? null,
    timeLimitMinutes: limitGiven
      ? durationMinutes(analysis?.timeLimitDays, analysis?.timeLimitMinutes, basis)
      : null,
    steps,
    raci: { actors: [], rows: [] },
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
