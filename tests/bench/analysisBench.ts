import { pathToFileURL } from 'node:url';
import { analyseProcess } from '../../shared/analysis';
import { DEFAULT_ANALYSIS_SETTINGS, type TimeBasis } from '../../shared/analysis/settings';
import type { AnalysisInput, AnalysisLibrary, AnalysisRole } from '../../shared/analysis/types';
import type { ProcessGraph } from '../../shared/process';
import { INSURER_DEPARTMENTS, INSURER_ROLES } from '../../electron/library/seed/insurerCase';
import { insurerProcesses } from '../../electron/library/seed/insurerProcess';
import { generateAnalysisMap } from './analysisMaps';
import { seededRandom } from './prng';
import { elapsedMs, summarise } from './stats';
import { ms, table } from './table';

/*
 * Times analyseProcess (figures of §b and the rules of §c) as the analysis panel calls it on
 * every edit: on the insurer's as-is map (35 steps, rework loops), on a generated 500-step map
 * (8 lanes, XOR decisions with probabilities, AND blocks, rework loops, every time and value
 * class filled) and on each of 200 generated processes of 5–80 steps (a library's worth, as a
 * library-wide report would analyse them). Warm: untimed runs first, so the JIT has compiled.
 */

const TARGET_500_MS = 50;
const SEED = 0xa11a1;
const WARM_UP_RUNS = 10;
const RUNS = 50;
const LIBRARY_PROCESSES = 200;

export type AnalysisBenchRow = { name: string; runs: number; p50: number; p95: number };
export type AnalysisBenchResult = { rows: AnalysisBenchRow[]; insurer: string };

/** The insurer's maps with ids made up on the spot, each role with a cost rate. */
function insurer(): { graph: ProcessGraph; library: AnalysisLibrary } {
  const roleIds = new Map<string, number>();
  const departmentIds = new Map<string, number>(INSURER_DEPARTMENTS.map((d, i) => [d.key, i + 1]));
  const ids = {
    department: (key: string) => departmentIds.get(key) ?? 0,
    role: (code: string) => {
      if (!roleIds.has(code)) roleIds.set(code, roleIds.size + 1);
      return roleIds.get(code) ?? 0;
    },
  };
  const [asIs] = insurerProcesses(ids);
  if (!asIs) throw new Error('no insurer as-is process');
  // Each role in its seed department, all at the same rate, so the cost figures have data.
  const roles = [...roleIds].map(([code, id]): AnalysisRole => {
    const role = INSURER_ROLES.find((r) => r.code === code);
    return {
      id,
      title: role?.title ?? code,
      departmentId: role ? ids.department(role.department) : null,
      hourlyRate: 80,
    };
  });
  const departments = INSURER_DEPARTMENTS.map((d, i) => ({ id: i + 1, name: d.name }));
  return {
    graph: asIs.graph,
    library: { roles, departments, settings: DEFAULT_ANALYSIS_SETTINGS },
  };
}

function generatedLibrary(): AnalysisLibrary {
  const roles = Array.from({ length: 6 }, (_, i) => ({
    id: i + 1,
    title: `role ${i + 1}`,
    departmentId: (i % 3) + 1,
    hourlyRate: i === 5 ? null : 50 + 10 * i,
  }));
  const departments = [1, 2, 3].map((id) => ({ id, name: `department ${id}` }));
  return { roles, departments, settings: DEFAULT_ANALYSIS_SETTINGS };
}

function timeRuns(name: string, run: () => void, warmUp = WARM_UP_RUNS, runs = RUNS) {
  for (let i = 0; i < warmUp; i++) run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    run();
    samples.push(elapsedMs(start));
  }
  const { p50, p95 } = summarise(samples);
  return { name, runs, p50, p95 };
}

export function benchAnalysis(): AnalysisBenchResult {
  const random = seededRandom(SEED);
  const sample = insurer();
  const rows: AnalysisBenchRow[] = [];
  rows.push(timeRuns('insurer as-is', () => void analyseProcess(sample)));
  const library = generatedLibrary();
  const big = generateAnalysisMap(500, random);
  rows.push(timeRuns('500 steps', () => void analyseProcess({ graph: big, library })));
  const maps = Array.from({ length: LIBRARY_PROCESSES }, () =>
    generateAnalysisMap(random.int(5, 80), random),
  );
  for (const graph of maps) analyseProcess({ graph, library });
  const samples = maps.map((graph) => {
    const start = process.hrtime.bigint();
    analyseProcess({ graph, library });
    return elapsedMs(start);
  });
  const { p50, p95 } = summarise(samples);
  rows.push({ name: `${LIBRARY_PROCESSES} processes, 5–80 steps`, runs: samples.length, p50, p95 });
  const total = samples.reduce((sum, t) => sum + t, 0);
  rows.push({ name: `  the whole library once`, runs: 1, p50: total, p95: total });
  // The seed's waits are elapsed minutes (a day of waiting is 1,440), so its line is calendar.
  const insurerLine = (['working', 'calendar'] as const)
    .map((timeBasis) => insurerFigures(sample, timeBasis))
    .join('\n');
  return { rows, insurer: insurerLine };
}

/** The insurer as-is map's headline figures on one time basis, rounded as a person reads them. */
function insurerFigures(sample: AnalysisInput, timeBasis: TimeBasis): string {
  const settings = { ...sample.library.settings, timeBasis };
  const f = analyseProcess({ ...sample, library: { ...sample.library, settings } }).figures;
  const days = (minutes: number | undefined) => ((minutes ?? NaN) / f.dayMinutes).toFixed(2);
  const pct = (share: number | null) => (share === null ? '-' : `${(share * 100).toFixed(3)} %`);
  return (
    `insurer as-is (${f.basis} days of ${f.dayMinutes} min): ${f.activityCount} steps, ` +
    `touch ${f.touchMinutes.toFixed(1)} min (VA ${f.valueMinutes.VA.toFixed(1)}), ` +
    `LT critical ${days(f.leadTime?.critical)} d, expected ${days(f.leadTime?.expected)} d, ` +
    `best ${days(f.leadTime?.best)} d; PCE ${pct(f.pce.critical)} / ${pct(f.pce.expected)}; ` +
    `hand-offs ${f.handOffs.roles.toFixed(2)} (${f.handOffs.departments.toFixed(2)} across departments)`
  );
}

export function printAnalysisFigures(result: AnalysisBenchResult): void {
  console.log('\nProcess analysis (analyseProcess: figures + rules), warm');
  console.log(
    table(
      ['map', 'runs', 'median', 'p95', 'target'],
      result.rows.map((r) => [
        r.name,
        String(r.runs),
        `${ms(r.p50)} ms`,
        `${ms(r.p95)} ms`,
        r.name === '500 steps' ? `≤ ${TARGET_500_MS} ms` : '',
      ]),
    ),
  );
  console.log(result.insurer);
}

const isMain =
  process.argv[1] !== undefined && pathToFileURL(process.argv[1]).href === import.meta.url;

if (isMain) {
  // `npx tsx tests/bench/analysisBench.ts` prints the figures beside the target.
  printAnalysisFigures(benchAnalysis());
}
