import { compareDates } from './calendar';
import { planSchedule } from './schedule';
import { parseTarget, statusAgainstTarget, type Target } from './target';
import type { CalendarDate, ImprovementAction, Inspection, InspectionPlan, Period } from './types';

/*
 * The library's inspection dashboard: processes that missed a target in their latest
 * inspected period, inspections due or overdue, and actions past their due date — grouped by
 * the process's department. Pure and linear: each list is read once into maps, each plan's
 * targets are parsed once, so 1,000 processes × 24 periods stay far below 200 ms
 * (tests/bench/inspectionBench.ts prints the figure).
 */

export type DashboardProcess = { key: string; departmentId: number | null };

export type DashboardInput = {
  processes: readonly DashboardProcess[];
  plans: readonly InspectionPlan[];
  inspections: readonly Pick<Inspection, 'planKey' | 'processKey' | 'period' | 'measurements'>[];
  actions: readonly Pick<ImprovementAction, 'key' | 'processKey' | 'dueDate' | 'status'>[];
  /** Today in the library's time zone (calendar.ts todayIn). */
  today: CalendarDate;
};

export type MissedTarget = {
  processKey: string;
  planKey: string;
  period: Period;
  kpiKeys: string[];
};
export type PendingInspection = { processKey: string; planKey: string; period: Period };
export type OverdueAction = { processKey: string; actionKey: string; dueDate: CalendarDate };

export type DepartmentSummary = {
  /** null gathers the processes without a department. */
  departmentId: number | null;
  missedTargets: MissedTarget[];
  due: PendingInspection[];
  overdue: PendingInspection[];
  overdueActions: OverdueAction[];
};

type LatestInspection = DashboardInput['inspections'][number];

function latestByPlan(inspections: DashboardInput['inspections']) {
  const latest = new Map<string, LatestInspection>();
  const recorded = new Map<string, Set<CalendarDate>>();
  for (const inspection of inspections) {
    const current = latest.get(inspection.planKey);
    if (!current || compareDates(inspection.period.start, current.period.start) > 0) {
      latest.set(inspection.planKey, inspection);
    }
    let starts = recorded.get(inspection.planKey);
    if (!starts) recorded.set(inspection.planKey, (starts = new Set()));
    starts.add(inspection.period.start);
  }
  return { latest, recorded };
}

/** Target texts repeat across a library ("≤ 5 天"): each distinct text is read once. */
type TargetCache = Map<string, Target | null>;

function targetOf(text: string, cache: TargetCache): Target | null {
  let target = cache.get(text);
  if (target === undefined) {
    const reading = parseTarget(text);
    target = reading.ok ? reading.target : null;
    cache.set(text, target);
  }
  return target;
}

function missedKpis(
  plan: InspectionPlan,
  inspection: LatestInspection,
  cache: TargetCache,
): string[] {
  const targets = new Map<string, Target>();
  for (const kpi of plan.kpis) {
    const target = targetOf(kpi.target, cache);
    if (target) targets.set(kpi.key, target);
  }
  const missed: string[] = [];
  for (const measurement of inspection.measurements) {
    const target = targets.get(measurement.kpiKey);
    if (target && !statusAgainstTarget(target, measurement.value).met) {
      missed.push(measurement.kpiKey);
    }
  }
  return missed;
}

const CLOSED_STATUSES: ReadonlySet<ImprovementAction['status']> = new Set(['done', 'cancelled']);

export function inspectionDashboard(input: DashboardInput): DepartmentSummary[] {
  const departmentOf = new Map<string, number | null>();
  for (const process of input.processes) departmentOf.set(process.key, process.departmentId);
  const summaries = new Map<number | null, DepartmentSummary>();
  const summaryFor = (processKey: string): DepartmentSummary | null => {
    if (!departmentOf.has(processKey)) return null; // a process no longer in the library
    const departmentId = departmentOf.get(processKey) ?? null;
    let summary = summaries.get(departmentId);
    if (!summary) {
      summary = { departmentId, missedTargets: [], due: [], overdue: [], overdueActions: [] };
      summaries.set(departmentId, summary);
    }
    return summary;
  };

  const { latest, recorded } = latestByPlan(input.inspections);
  const targetCache: TargetCache = new Map();
  for (const plan of input.plans) {
    const summary = summaryFor(plan.processKey);
    if (!summary) continue;
    const inspection = latest.get(plan.key);
    if (inspection) {
      const kpiKeys = missedKpis(plan, inspection, targetCache);
      if (kpiKeys.length > 0) {
        summary.missedTargets.push({
          processKey: plan.processKey,
          planKey: plan.key,
          period: inspection.period,
          kpiKeys,
        });
      }
    }
    const schedule = planSchedule(plan, recorded.get(plan.key) ?? new Set(), input.today);
    const pending = (period: Period) => ({
      processKey: plan.processKey,
      planKey: plan.key,
      period,
    });
    summary.due.push(...schedule.due.map(pending));
    summary.overdue.push(...schedule.overdue.map(pending));
  }

  for (const action of input.actions) {
    if (CLOSED_STATUSES.has(action.status) || action.dueDate === null) continue;
    if (compareDates(action.dueDate, input.today) >= 0) continue;
    summaryFor(action.processKey)?.overdueActions.push({
      processKey: action.processKey,
      actionKey: action.key,
      dueDate: action.dueDate,
    });
  }
  return [...summaries.values()];
}
