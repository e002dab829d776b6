import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LibrarySession } from '../../electron/library/librarySession';
import { InspectionInsights } from '../../electron/services/inspection/inspectionInsights';
import { emptyProcessKpis } from '../../shared/process';
import { generatedInput, INSPECTION_BENCH_SEED } from './inspectionBench';
import { seededRandom } from './prng';
import { elapsedMs, summarise } from './stats';
import { ms, table } from './table';

/*
 * The 工作检查 dashboard THROUGH the service (issue 12 benchmark): the same library as
 * inspectionBench.ts — 1,000 processes with a monthly plan of three KPIs, 24 recorded periods
 * and three actions each — stored in a real SQLite file, then InspectionInsights.dashboard()
 * timed whole: reading processes, plans, inspections and actions, and computing. Target 200 ms.
 */

const TARGET_MS = 200;
const WARM_UP_RUNS = 3;
const RUNS = 20;
/** 2025-02-05 in Shanghai, the day inspectionBench.ts judges against. */
const NOW = new Date('2025-02-05T04:00:00Z');

export type InspectionServiceBenchResult = { p50: number; p95: number; inspections: number };

function storeLibrary(session: LibrarySession): number {
  const input = generatedInput(seededRandom(INSPECTION_BENCH_SEED));
  const repositories = session.repositories();
  const { inspection } = repositories;
  return repositories.transaction(() => {
    inspection.setTimeZone('Asia/Shanghai');
    const departments = new Map<number, number>();
    const keys = new Map<string, string>();
    for (const generated of input.processes) {
      const department = generated.departmentId ?? 0;
      let departmentId = departments.get(department);
      if (departmentId === undefined) {
        departmentId = repositories.departments.create(`部门 ${department}`, null).id;
        departments.set(department, departmentId);
      }
      const id = repositories.processes.create({
        code: '',
        name: `流程 ${keys.size + 1}`,
        processClass: null,
        ownerRoleId: null,
        departmentId,
        purpose: '',
        trigger: '',
        output: '',
        kpis: emptyProcessKpis(),
      });
      keys.set(generated.key, repositories.processes.get(id)?.key ?? '');
    }
    const stored = (key: string) => keys.get(key) ?? key;
    for (const plan of input.plans) {
      inspection.plans.insert({ ...plan, processKey: stored(plan.processKey) });
    }
    for (const record of input.inspections) {
      inspection.inspections.insert({ ...record, processKey: stored(record.processKey) });
    }
    for (const action of input.actions) {
      inspection.actions.insert({ ...action, processKey: stored(action.processKey) });
    }
    return input.inspections.length;
  });
}

export function benchInspectionService(): InspectionServiceBenchResult {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'roleflow-inspection-bench-'));
  const session = new LibrarySession();
  try {
    const status = session.open(path.join(folder, 'library.sqlite'), { create: true });
    if (status.state !== 'open') throw new Error(`library did not open: ${status.message}`);
    const inspections = storeLibrary(session);
    const insights = new InspectionInsights(session, () => NOW);
    for (let i = 0; i < WARM_UP_RUNS; i++) insights.dashboard();
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = process.hrtime.bigint();
      insights.dashboard();
      samples.push(elapsedMs(start));
    }
    const { p50, p95 } = summarise(samples);
    return { p50, p95, inspections };
  } finally {
    session.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

export function printInspectionServiceFigures(result: InspectionServiceBenchResult): void {
  console.log('\n工作检查 dashboard through the service (SQLite read + compute), warm');
  console.log(
    table(
      ['dashboard', 'runs', 'median', 'p95', 'target'],
      [
        [
          `${result.inspections.toLocaleString('en')} inspections in the library file`,
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
  // `npx tsx tests/bench/inspectionServiceBench.ts` prints the figure beside the target.
  printInspectionServiceFigures(benchInspectionService());
}
