import { pathToFileURL } from 'node:url';
import { addMonths } from '../../shared/inspection/calendar';
import { inspectionDashboard, type DashboardInput } from '../../shared/inspection/dashboard';
import type {
  ImprovementAction,
  Inspection,
  InspectionPlan,
  KpiKind,
} from '../../shared/inspection/types';
import { seededRandom, type Random } from './prng';
import { elapsedMs, summarise } from './stats';
import { ms, table } from './table';

/*
 * The 工作检查 dashboard (issue 12 benchmark): processes that missed targets in their latest
 * period, inspections due or overdue, and actions overdue, by department, over a library of
 * 1,000 processes with a monthly plan of three KPIs and 24 recorded periods each (24,000
 * inspections, 72,000 measurements) and three actions per process. Target: under 200 ms.
 * Warm: untimed runs first.
 */

const TARGET_MS = 200;
const PROCESSES = 1_000;
const PERIODS = 24;
const DEPARTMENTS = 40;
const ACTIONS_PER_PROCESS = 3;
const WARM_UP_RUNS = 5;
const RUNS = 30;
export const INSPECTION_BENCH_SEED = 0x1c4ec7;
const START = '2023-01-01';
/** Two periods after the last recorded one: one due, one running. */
const TODAY = '2025-02-05';
const STAMP = '2023-01-01T00:00:00Z';

const key = (kind: string, n: number) =>
  `${kind.padStart(8, '0')}-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** The library the dashboard reads; whole aggregates, so the service bench can store them. */
export function generatedInput(
  random: Random,
): DashboardInput & { inspections: Inspection[]; actions: ImprovementAction[] } {
  const processes: DashboardInput['processes'][number][] = [];
  const plans: InspectionPlan[] = [];
  const inspections: Inspection[] = [];
  const actions: ImprovementAction[] = [];
  for (let p = 0; p < PROCESSES; p++) {
    const processKey = key('1', p);
    processes.push({ key: processKey, departmentId: random.int(1, DEPARTMENTS) });
    const kpi = (n: number, kind: KpiKind, name: string, target: string) => ({
      key: key('2', p * 3 + n),
      kind,
      name,
      target,
    });
    const lead = kpi(0, 'timeLimit', '办理周期', '≤ 5 天');
    const errors = kpi(1, 'accuracy', '差错率', '≤ 0.5%');
    const satisfaction = kpi(2, 'satisfaction', '满意度', '4.5 分以上');
    const kpis = [lead, errors, satisfaction];
    const plan: InspectionPlan = {
      key: key('3', p),
      editVersion: 0,
      createdAt: STAMP,
      updatedAt: STAMP,
      processKey,
      kpis,
      frequency: 'monthly',
      everyMonths: null,
      inspectorRoleId: 1,
      kind: 'regular',
      startDate: START,
      graceDays: 15,
    };
    plans.push(plan);
    for (let i = 0; i < PERIODS; i++) {
      const start = addMonths(START, i);
      inspections.push({
        key: key('4', p * PERIODS + i),
        editVersion: 0,
        createdAt: STAMP,
        updatedAt: STAMP,
        planKey: plan.key,
        processKey,
        period: { start, end: addMonths(START, i + 1) },
        kind: 'regular',
        method: 'dataAnalysis',
        inspectorRoleId: 1,
        inspectorName: '',
        measurements: [
          { kpiKey: lead.key, value: random.int(20, 80) / 10, sampleSize: 200 },
          { kpiKey: errors.key, value: random.int(0, 12) / 10, sampleSize: 200 },
          { kpiKey: satisfaction.key, value: random.int(38, 50) / 10, sampleSize: 40 },
        ],
        notes: '',
        inspectedOn: start,
      });
    }
    for (let a = 0; a < ACTIONS_PER_PROCESS; a++) {
      actions.push({
        key: key('5', p * ACTIONS_PER_PROCESS + a),
        editVersion: 0,
        createdAt: STAMP,
        updatedAt: STAMP,
        processKey,
        source: { kind: 'none' },
        what: '整改',
        why: '',
        whoRoleId: 1,
        where: { stepIds: [], roleIds: [] },
        dueDate: addMonths(START, random.int(12, 30)),
        how: '',
        stage: 'do',
        status: random.pick(['open', 'inProgress', 'done'] as const),
        link: { kind: 'none' },
        answeredBy: null,
      });
    }
  }
  // Inspections arrive in no particular order from the repository.
  inspections.sort(() => random.next() - 0.5);
  return { processes, plans, inspections, actions, today: TODAY };
}

export type InspectionBenchResult = {
  p50: number;
  p95: number;
  missed: number;
  due: number;
  overdueActions: number;
};

export function benchInspection(): InspectionBenchResult {
  const input = generatedInput(seededRandom(INSPECTION_BENCH_SEED));
  for (let i = 0; i < WARM_UP_RUNS; i++) inspectionDashboard(input);
  const samples: number[] = [];
  let summary = inspectionDashboard(input);
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    summary = inspectionDashboard(input);
    samples.push(elapsedMs(start));
  }
  const { p50, p95 } = summarise(samples);
  const count = (pick: (s: (typeof summary)[number]) => unknown[]) =>
    summary.reduce((sum, s) => sum + pick(s).length, 0);
  return {
    p50,
    p95,
    missed: count((s) => s.missedTargets),
    due: count((s) => s.due),
    overdueActions: count((s) => s.overdueActions),
  };
}

export function printInspectionFigures(result: InspectionBenchResult): void {
  console.log(
    `\n工作检查 dashboard: ${PROCESSES.toLocaleString('en')} processes × ${PERIODS} periods, warm`,
  );
  console.log(
    table(
      ['dashboard', 'runs', 'median', 'p95', 'target'],
      [
        [
          `${result.missed} missed, ${result.due} due, ${result.overdueActions} actions overdue`,
          String(RUNS),
          `${ms(result.p50)} ms`,
          `${ms(result.p95)} ms`,
          `< ${TARGET_MS} ms`,
        ],
      ],
    ),
  );
}

const isMain =
  process.argv[1] !== undefined && pathToFileURL(process.argv[1]).href === import.meta.url;

if (isMain) {
  // `npx tsx tests/bench/inspectionBench.ts` prints the figure beside the target.
  printInspectionFigures(benchInspection());
}
