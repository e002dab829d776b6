import type { FlowModel } from '../flow';
import { DAY_MINUTES, durationMinutes } from '../settings';
import type { ProcessFigures, StepFigures } from '../types';
import type { Visits } from '../visits';

/**
 * The figures of §b. FIRST CUT (lead's contract): visits, touch/value/wait times and step rows
 * only; lead times, hand-offs, cost, yield, RACI and coverage are being written (issue 9 brief).
 */
export function computeFigures(flow: FlowModel, { visits, endless }: Visits): ProcessFigures {
  const basis = flow.library.settings.timeBasis;
  const steps = flow.activities.map((step): StepFigures => {
    const details = step.node.activity;
    const v = visits.get(step.id) ?? 0;
    const work = details?.workMinutes ?? null;
    const wait =
      (details?.waitMinutes ?? null) === null && (details?.waitDays ?? null) === null
        ? null
        : durationMinutes(details?.waitDays, details?.waitMinutes, basis);
    return {
      nodeId: step.id,
      label: step.node.label,
      stepNumber: step.node.stepNumber ?? null,
      actorKey: step.actor?.key ?? null,
      visits: v,
      workMinutes: work,
      waitMinutes: wait,
      elapsedMinutes: work === null && wait === null ? null : v * ((work ?? 0) + (wait ?? 0)),
      valueClass: details?.valueClass ?? null,
      costPerExecution: null,
      costPerCase: null,
      nvaCostPerCase: null,
      annualHours: null,
      onCriticalPath: false,
    };
  });
  const sum = (pick: (s: StepFigures) => number) => steps.reduce((t, s) => t + pick(s), 0);
  const valueOf = (cls: string) =>
    sum((s) => (s.valueClass === cls ? s.visits * (s.workMinutes ?? 0) : 0));
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
    touchMinutes: sum((s) => s.visits * (s.workMinutes ?? 0)),
    valueMinutes: { VA: valueOf('VA'), BVA: valueOf('BVA'), NVA: valueOf('NVA') },
    unclassifiedMinutes: sum((s) => (s.valueClass ? 0 : s.visits * (s.workMinutes ?? 0))),
    waitMinutes: sum((s) => s.visits * (s.waitMinutes ?? 0)),
    leadTime: null,
    criticalPath: [],
    pce: { critical: null, expected: null },
    touchRatio: null,
    handOffs: { roles: 0, departments: 0, matrix: { actors: [], counts: [] } },
    actors: [],
    departmentIds: [],
    approvals: 0,
    inspections: 0,
    reworkLoops: [],
    rolledYield: 1,
    cost: { perCase: null, perYear: null, nvaShare: null },
    annualVolume: flow.graph.analysis?.annualVolume ?? null,
    timeLimitMinutes: null,
    steps,
    raci: { actors: [], rows: [] },
  };
}
