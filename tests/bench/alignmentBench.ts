import { pathToFileURL } from 'node:url';
import type { AlignmentLibrary } from '../../shared/alignment/library';
import type { RoleDraft } from '../../shared/domain';
import { staffingTable } from '../../shared/organisation/staffing';
import {
  buildLibraryIndex,
  checkAlignment,
  checkRole,
  type LibraryIndex,
} from '../../shared/rules/library';
import { checkLibrary } from '../../shared/rules/positionChecks';
import { generateAlignmentLibrary } from './alignmentLibrary';
import { elapsedMs, summarise } from './stats';
import { ms, table } from './table';

/*
 * Times the whole-library checks of issue 10 on 10,000 roles and 1,000 processes: the J rules
 * J1–J8 with the position checks and every map's process rules, as the checks report shows
 * them. Cold is the one-off cost of opening a library (every map analysed); after that the
 * index is updated (shared/rules/library/processFacts.ts): a role's save analyses no map, a
 * map's save that map only. Each edit below is applied the way the store re-reads the library
 * after a save: every object new, the maps keeping their editVersion unless saved.
 */

const TARGET_MS = 1000;
const SCALE = Number(process.env.ALIGNMENT_BENCH_SCALE ?? 1);
const ROLES = Math.round(10_000 * SCALE);
const PROCESSES = Math.round(1_000 * SCALE);
const EDITS = 5;

type Row = { name: string; runs: number; p50: number; p95: number; cpu: number; target: string };
export type AlignmentBenchResult = { rows: Row[]; findings: string };

/** The checks report: J1–J8 on the index brought up to date, position checks, process rules. */
function checkWhole(library: AlignmentLibrary, previous: LibraryIndex | null) {
  const index = buildLibraryIndex(library, previous);
  const alignment = checkAlignment(library, index);
  const position = checkLibrary(library.roles);
  let processRules = 0;
  for (const facts of index.facts.values()) processRules += facts.processFindings.length;
  return { index, alignment, position: position.length, processRules };
}

/** The library as the store reads it after a save: every object new, down to the duties. */
function reread(library: AlignmentLibrary): AlignmentLibrary {
  return {
    ...library,
    roles: library.roles.map((role) => ({
      ...role,
      duties: role.duties.map((duty) => ({ ...duty, steps: duty.steps.map((s) => ({ ...s })) })),
    })),
    processes: library.processes.map((process) => ({ ...process })),
    analysis: { ...library.analysis, roles: library.analysis.roles.map((role) => ({ ...role })) },
  };
}

/** Role `n` saved with one duty less and another headcount. */
function roleEdited(library: AlignmentLibrary, n: number): AlignmentLibrary {
  const next = reread(library);
  const at = (n * 997) % next.roles.length;
  const role = next.roles[at];
  if (role) {
    next.roles[at] = {
      ...role,
      duties: role.duties.slice(1),
      headcount: (role.headcount ?? 0) + 1,
      editVersion: role.editVersion + 1,
    };
  }
  return next;
}

/** Map `n` saved with its first step renamed. */
function mapEdited(library: AlignmentLibrary, n: number): AlignmentLibrary {
  const next = reread(library);
  const at = (n * 97) % next.processes.length;
  const process = next.processes[at];
  if (process) {
    const nodes = process.graph.nodes.map((node, i) =>
      node.kind === 'activity' && i === 1 ? { ...node, label: `${node.label}（改${n}）` } : node,
    );
    next.processes[at] = {
      ...process,
      graph: { ...process.graph, nodes },
      editVersion: (process.editVersion ?? 0) + 1,
    };
  }
  return next;
}

/** Wall-clock time, and the CPU time this process used (the cores are shared while it runs). */
function timed<T>(run: () => T): { value: T; ms: number; cpu: number } {
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  const value = run();
  const ms = elapsedMs(start);
  const { user, system } = process.cpuUsage(cpuStart);
  return { value, ms, cpu: (user + system) / 1000 };
}

type Sample = { ms: number; cpu: number };

function row(name: string, samples: Sample[], target = `≤ ${TARGET_MS} ms`): Row {
  const wall = summarise(samples.map((s) => s.ms));
  const cpu = summarise(samples.map((s) => s.cpu));
  return { name, runs: wall.n, p50: wall.p50, p95: wall.p95, cpu: cpu.p50, target };
}

export function benchAlignment(): AlignmentBenchResult {
  let library = generateAlignmentLibrary(ROLES, PROCESSES);
  // Cold, once: opening a library analyses every map (the one-off cost).
  const cold = timed(() => checkWhole(library, null));
  let index = cold.value.index;
  const warm: Sample[] = [];
  for (let i = 0; i < EDITS; i++) warm.push(timed(() => checkWhole(library, index)));
  const afterRole: Sample[] = [];
  const afterMap: Sample[] = [];
  const analysed: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    library = roleEdited(library, i);
    const role = timed(() => checkWhole(library, index));
    afterRole.push(role);
    analysed.push(role.value.index.analysedProcessIds.length);
    index = role.value.index;
    library = mapEdited(library, i);
    const map = timed(() => checkWhole(library, index));
    afterMap.push(map);
    analysed.push(map.value.index.analysedProcessIds.length);
    index = map.value.index;
  }
  const staffing: Sample[] = [];
  for (let i = 0; i < EDITS; i++) {
    staffing.push(timed(() => staffingTable(library, null, index.workloads)));
  }
  const drafts: RoleDraft[] = library.roles
    .filter((_, i) => i % 50 === 0)
    .map((role) => ({
      ...role,
      duties: role.duties.map((duty) => ({
        ...duty,
        steps: duty.steps.map(({ processId, nodeId, label }) => ({ processId, nodeId, label })),
      })),
    }));
  const draftTimes = drafts.map((draft) => timed(() => checkRole(library, index, draft)));
  const byRule = new Map<string, number>();
  for (const f of cold.value.alignment) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
  const counts = [...byRule]
    .sort()
    .map(([rule, n]) => `${rule} ${n}`)
    .join(', ');
  const maps = PROCESSES.toLocaleString('en');
  return {
    rows: [
      row(`cold, once (opening the library): ${maps} maps analysed + all checks`, [cold], ''),
      row('warm: whole library re-checked, nothing changed', warm),
      row('after one role saved (maps analysed again: 0)', afterRole),
      row('after one map saved (maps analysed again: 1)', afterMap),
      row('staffing table (all departments) on the index', staffing),
      row("one role's draft checked (role editor)", draftTimes, ''),
    ],
    findings:
      `J rules: ${counts}; position ${cold.value.position}, process rules ` +
      `${cold.value.processRules}; maps analysed per role/map save: ${analysed.join(' ')}`,
  };
}

export function printAlignmentFigures(result: AlignmentBenchResult): void {
  console.log(
    `\nLibrary checks (issue 10): ${ROLES.toLocaleString('en')} roles, ${PROCESSES.toLocaleString('en')} processes`,
  );
  console.log(
    table(
      ['run', 'runs', 'median', 'p95', 'CPU median', 'target'],
      result.rows.map((r) => [
        r.name,
        String(r.runs),
        `${ms(r.p50)} ms`,
        `${ms(r.p95)} ms`,
        `${ms(r.cpu)} ms`,
        r.target,
      ]),
    ),
  );
  console.log(`findings: ${result.findings}`);
}

const isMain =
  process.argv[1] !== undefined && pathToFileURL(process.argv[1]).href === import.meta.url;

if (isMain) {
  // `npx tsx tests/bench/alignmentBench.ts` prints the figures beside the target.
  printAlignmentFigures(benchAlignment());
}
