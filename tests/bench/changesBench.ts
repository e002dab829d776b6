import { pathToFileURL } from 'node:url';
import type { AlignmentLibrary, AlignmentProcess } from '../../shared/alignment/library';
import { DEFAULT_ANALYSIS_SETTINGS } from '../../shared/analysis/settings';
import { newRoleBasics, type Duty, type Role } from '../../shared/domain';
import { emptyActivityDetails, type ProcessNode } from '../../shared/process';
import { planChange } from '../../shared/responsibility/plan';
import { previewOf } from '../../shared/responsibility/preview';
import { emptyRoleDetails } from '../../shared/roleDetails';
import { seededRandom } from './prng';
import { elapsedMs, summarise } from './stats';
import { ms, table } from './table';

/*
 * The impact preview of deleting a role used in 100 maps (issue 10 benchmark): planChange +
 * previewOf over a library of 10,000 roles (3 duties each, links into the maps) and 1,000
 * processes of 4 lanes and 8 steps — what changes:preview computes over the cached library.
 * Target: under 200 ms. Warm: untimed runs first.
 */

const TARGET_MS = 200;
const ROLES = 10_000;
const PROCESSES = 1_000;
const MAPS_OF_DELETED = 100;
const WARM_UP_RUNS = 5;
const RUNS = 30;

function duty(id: number, text: string, steps: Duty['steps']): Duty {
  return {
    id,
    text,
    category: 'execute',
    weight: null,
    frequency: 'daily',
    standard: '',
    kpi: '',
    source: 'typed',
    steps,
    notProcessWork: false,
    minutesPerOccurrence: null,
    occurrencesPerYear: null,
    partnerRoleIds: [],
  };
}

function generate(): AlignmentLibrary {
  const random = seededRandom(0xc4a11);
  const pick = () => random.int(2, ROLES);
  const processes: AlignmentProcess[] = [];
  for (let p = 1; p <= PROCESSES; p += 1) {
    // Role 1 (the one deleted) has a lane in the first 100 maps.
    const owners = [p <= MAPS_OF_DELETED ? 1 : pick(), pick(), pick(), pick()];
    const lanes = owners.map((roleId, i) => ({
      id: `l${i}`,
      name: `岗位${roleId}`,
      owner: { kind: 'role' as const, roleId },
      size: 160,
    }));
    const nodes: ProcessNode[] = Array.from({ length: 8 }, (_, s) => ({
      id: `n${s}`,
      kind: 'activity',
      label: `步骤${p}-${s}`,
      laneId: `l${s % 4}`,
      x: 150 * s,
      y: (s % 4) * 160 + 50,
      width: 120,
      height: 60,
      activity: {
        ...emptyActivityDetails(),
        workMinutes: 10 + s,
        raci: [{ roleId: pick(), letter: 'C' }],
      },
    }));
    const edges = nodes
      .slice(1)
      .map((n, i) => ({ id: `e${i}`, source: `n${i}`, target: n.id, label: '' }));
    processes.push({
      id: p,
      code: `P${p}`,
      name: `流程${p}`,
      processClass: null,
      ownerRoleId: owners[0] ?? null,
      departmentId: 1,
      status: 'approved',
      graph: { lanes, nodes, edges, analysis: { annualVolume: 1000 } },
    });
  }
  const roles: Role[] = Array.from({ length: ROLES }, (_, i) => {
    const id = i + 1;
    const linked = id === 1 ? [1, 2, 3] : [random.int(1, PROCESSES)];
    return {
      ...newRoleBasics(1 + (i % 50), `岗位${id}`),
      id,
      key: `k${id}`,
      status: 'approved',
      version: 1,
      editVersion: 1,
      duties: [0, 1, 2].map((d) =>
        duty(
          id * 10 + d,
          `职责${id}-${d}`,
          d === 0
            ? linked.map((processId) => ({
                processId,
                nodeId: 'n0',
                label: '',
                processName: null,
                currentLabel: null,
                state: 'ok' as const,
              }))
            : [],
        ),
      ),
      details: emptyRoleDetails(),
      competencies: [],
      createdAt: '',
      updatedAt: '',
    };
  });
  const departments = Array.from({ length: 50 }, (_, i) => ({
    id: i + 1,
    key: `d${i + 1}`,
    name: `部门${i + 1}`,
    parentId: null,
    position: i,
    editVersion: 0,
  }));
  return {
    roles,
    processes,
    departments,
    analysis: { roles: [], departments, settings: DEFAULT_ANALYSIS_SETTINGS },
  };
}

export type ChangesBenchResult = { p50: number; p95: number; maps: number; descriptions: number };

export function benchChanges(): ChangesBenchResult {
  const library = generate();
  const change = { kind: 'deleteRole' as const, roleId: 1, successorRoleId: 2 };
  const run = () =>
    previewOf(library, planChange(library, change, { competencies: [], newRoleId: 0 }));
  for (let i = 0; i < WARM_UP_RUNS; i += 1) run();
  const samples: number[] = [];
  let last = run();
  for (let i = 0; i < RUNS; i += 1) {
    const start = process.hrtime.bigint();
    last = run();
    samples.push(elapsedMs(start));
  }
  const summary = summarise(samples);
  return {
    p50: summary.p50,
    p95: summary.p95,
    maps: last.counts.maps,
    descriptions: last.counts.descriptions,
  };
}

export function printChangesFigures(result: ChangesBenchResult): void {
  console.log(
    '\nImpact preview: deleting a role used in 100 maps (10,000 roles, 1,000 processes), warm',
  );
  console.log(
    table(
      ['change', 'runs', 'median', 'p95', 'target'],
      [
        [
          `delete role (${result.maps} maps, ${result.descriptions} descriptions)`,
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
  // `npx tsx tests/bench/changesBench.ts` prints the figures beside the target.
  printChangesFigures(benchChanges());
}
