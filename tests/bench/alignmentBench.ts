import { pathToFileURL } from 'node:url';
import type { AlignmentLibrary, AlignmentProcess } from '../../shared/alignment/library';
import { libraryForMap, rolesById } from '../../shared/alignment/processLibrary';
import { analyseProcess } from '../../shared/analysis';
import { DEFAULT_ANALYSIS_SETTINGS } from '../../shared/analysis/settings';
import type { Duty, Role, RoleDraft } from '../../shared/domain';
import type { ProcessGraph } from '../../shared/process';
import { roleDetailsSchema } from '../../shared/roleDetails';
import { buildLibraryIndex, checkAlignment, checkRole } from '../../shared/rules/library';
import { checkLibrary } from '../../shared/rules/positionChecks';
import { generateAnalysisMap } from './analysisMaps';
import { seededRandom, type Random } from './prng';
import { elapsedMs, summarise } from './stats';
import { ms, table } from './table';

/*
 * Times the whole-library checks of issue 10 on 10,000 roles and 1,000 processes: cold — the
 * index (flows, hand-offs, every role's workload: the staffing table's hours) built, the J
 * rules, the position checks and the process rules of each map (analyseProcess) — and warm:
 * the J rules again on the built index, and one role's draft re-checked as the editor does.
 */

const TARGET_MS = 1000;
const SCALE = Number(process.env.ALIGNMENT_BENCH_SCALE ?? 1);
const ROLES = Math.round(10_000 * SCALE);
const PROCESSES = Math.round(1_000 * SCALE);
const DUTIES_PER_ROLE = 5;
const SEED = 0xa119e;

/** A map of analysisMaps.ts with its six role lanes (and RACI) moved onto roles of the library. */
function libraryMap(index: number, random: Random): ProcessGraph {
  const graph = generateAnalysisMap(random.int(5, 40), random);
  const roleOf = (local: number) => ((index * 6 + local - 1) % ROLES) + 1;
  return {
    ...graph,
    lanes: graph.lanes.map((lane) =>
      lane.owner.kind === 'role'
        ? { ...lane, owner: { kind: 'role', roleId: roleOf(lane.owner.roleId) } }
        : lane,
    ),
    nodes: graph.nodes.map((node) =>
      node.activity
        ? {
            ...node,
            activity: {
              ...node.activity,
              raci: node.activity.raci.map((e) => ({ ...e, roleId: roleOf(e.roleId) })),
            },
          }
        : node,
    ),
  };
}

function generate(): AlignmentLibrary {
  const random = seededRandom(SEED);
  const processes: AlignmentProcess[] = Array.from({ length: PROCESSES }, (_, i) => ({
    id: i + 1,
    code: `P${i + 1}`,
    name: `process ${i + 1}`,
    processClass: null,
    ownerRoleId: null,
    departmentId: null,
    status: 'approved',
    graph: libraryMap(i, random),
  }));
  // Each role's duties take its lane steps in turn, so most steps are linked and some are not.
  const stepsOf = new Map<number, { processId: number; nodeId: string; label: string }[]>();
  for (const process of processes) {
    const lanes = new Map(process.graph.lanes.map((lane) => [lane.id, lane]));
    for (const node of process.graph.nodes) {
      const owner = node.laneId === null ? undefined : lanes.get(node.laneId)?.owner;
      if (node.kind !== 'activity' || owner?.kind !== 'role' || random.chance(0.2)) continue;
      const list = stepsOf.get(owner.roleId) ?? [];
      list.push({ processId: process.id, nodeId: node.id, label: node.label });
      stepsOf.set(owner.roleId, list);
    }
  }
  const details = roleDetailsSchema.parse({ relations: [], authorityClauses: [] });
  const roles: Role[] = Array.from({ length: ROLES }, (_, r) => {
    const id = r + 1;
    const steps = stepsOf.get(id) ?? [];
    const duties: Duty[] = Array.from({ length: DUTIES_PER_ROLE }, (_, d) => ({
      id: id * 10 + d,
      text: `负责第${d + 1}项工作（岗位${id}）`,
      category: d < 4 ? 'execute' : 'participate',
      weight: 20,
      frequency: 'daily',
      standard: '2个工作日内完成',
      kpi: '',
      source: 'typed',
      steps: steps
        .filter((_, s) => s % DUTIES_PER_ROLE === d)
        .map((step) => ({ ...step, processName: null, currentLabel: step.label, state: 'ok' })),
      notProcessWork: false,
      minutesPerOccurrence: d === 4 ? 30 : null,
      occurrencesPerYear: null,
      partnerRoleIds: [],
    }));
    return {
      id,
      key: `k${id}`,
      title: `岗位${id}`,
      code: `R${id}`,
      departmentId: (id % 50) + 1,
      reportsToId: null,
      headcount: 1 + (id % 3),
      grade: '',
      purpose: '',
      template: 'zh',
      status: 'approved',
      version: 1,
      editVersion: 1,
      duties,
      details,
      competencies: [],
      createdAt: '',
      updatedAt: '',
    };
  });
  const analysisRoles = roles.map((r) => ({
    id: r.id,
    title: r.title,
    departmentId: r.departmentId,
    hourlyRate: 60,
  }));
  const departments = Array.from({ length: 50 }, (_, i) => ({ id: i + 1, name: `部门${i + 1}` }));
  return {
    roles,
    processes,
    departments: [],
    analysis: { roles: analysisRoles, departments, settings: DEFAULT_ANALYSIS_SETTINGS },
  };
}

export type AlignmentBenchResult = {
  rows: { name: string; runs: number; p50: number; p95: number; target: string }[];
  findings: string;
};

function time(run: () => void, runs: number, warmUp = 1) {
  for (let i = 0; i < warmUp; i++) run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    run();
    samples.push(elapsedMs(start));
  }
  return summarise(samples);
}

export function benchAlignment(): AlignmentBenchResult {
  const library = generate();
  const analysisLibrary = library.analysis;
  const steps = { index: 0, j: 0, position: 0, maps: 0 };
  let counts = '';
  // Cold: nothing built yet. Each part is timed so the total shows where the time goes.
  const cold = time(
    () => {
      let start = process.hrtime.bigint();
      const index = buildLibraryIndex(library);
      steps.index = elapsedMs(start);
      start = process.hrtime.bigint();
      const findings = checkAlignment(library, index);
      steps.j = elapsedMs(start);
      start = process.hrtime.bigint();
      checkLibrary(library.roles);
      steps.position = elapsedMs(start);
      start = process.hrtime.bigint();
      // Each map with the roles it names, as the library's index does (processLibrary.ts).
      const byId = rolesById(analysisLibrary);
      for (const p of library.processes) {
        analyseProcess({ graph: p.graph, library: libraryForMap(p.graph, analysisLibrary, byId) });
      }
      steps.maps = elapsedMs(start);
      const byRule = new Map<string, number>();
      for (const f of findings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
      counts = [...byRule]
        .sort()
        .map(([rule, n]) => `${rule} ${n}`)
        .join(', ');
    },
    3,
    0,
  );
  const index = buildLibraryIndex(library);
  const warmLibrary = time(() => void checkAlignment(library, index), 5);
  const drafts: RoleDraft[] = library.roles
    .filter((_, i) => i % 50 === 0)
    .map((role) => ({
      ...role,
      duties: role.duties.map((duty) => ({
        ...duty,
        steps: duty.steps.map(({ processId, nodeId, label }) => ({ processId, nodeId, label })),
      })),
    }));
  const warmRole = time(() => {
    for (const draft of drafts) checkRole(library, index, draft);
  }, 1);
  const perRole = drafts.map((draft) => {
    const start = process.hrtime.bigint();
    checkRole(library, index, draft);
    return elapsedMs(start);
  });
  const role = summarise(perRole);
  void warmRole;
  const target = `≤ ${TARGET_MS} ms`;
  return {
    rows: [
      {
        name: `cold: index + J1–J8 + position checks + ${PROCESSES.toLocaleString('en')} maps analysed`,
        runs: 3,
        p50: cold.p50,
        p95: cold.p95,
        target,
      },
      {
        name: `  of which index (flows, hand-offs, workloads) (last run)`,
        runs: 1,
        p50: steps.index,
        p95: steps.index,
        target: '',
      },
      { name: `  of which J1–J8 (last run)`, runs: 1, p50: steps.j, p95: steps.j, target: '' },
      {
        name: `  of which position checks (last run)`,
        runs: 1,
        p50: steps.position,
        p95: steps.position,
        target: '',
      },
      {
        name: `  of which analyseProcess × ${PROCESSES.toLocaleString('en')} (last run)`,
        runs: 1,
        p50: steps.maps,
        p95: steps.maps,
        target: '',
      },
      {
        name: 'warm: J1–J8 on the built index',
        runs: 5,
        p50: warmLibrary.p50,
        p95: warmLibrary.p95,
        target,
      },
      {
        name: "warm: one role's draft re-checked",
        runs: role.n,
        p50: role.p50,
        p95: role.p95,
        target: '',
      },
    ],
    findings: counts,
  };
}

export function printAlignmentFigures(result: AlignmentBenchResult): void {
  console.log(
    `\nLibrary checks (issue 10): ${ROLES.toLocaleString('en')} roles, ${PROCESSES.toLocaleString('en')} processes`,
  );
  console.log(
    table(
      ['run', 'runs', 'median', 'p95', 'target'],
      result.rows.map((r) => [
        r.name,
        String(r.runs),
        `${ms(r.p50)} ms`,
        `${ms(r.p95)} ms`,
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
