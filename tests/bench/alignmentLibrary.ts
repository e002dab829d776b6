import type { AlignmentLibrary, AlignmentProcess } from '../../shared/alignment/library';
import { DEFAULT_ANALYSIS_SETTINGS } from '../../shared/analysis/settings';
import type { Duty, Role } from '../../shared/domain';
import type { ProcessGraph } from '../../shared/process';
import { roleDetailsSchema } from '../../shared/roleDetails';
import { generateAnalysisMap } from './analysisMaps';
import { seededRandom, type Random } from './prng';

/*
 * The library of the issue-10 benchmark: `roleCount` roles with five duties each, `mapCount` maps of
 * 5–40 steps (analysisMaps.ts) whose six lanes are roles of the library, most lane steps
 * linked to a duty of their role. Seeded, so every run checks the same library.
 */

const DUTIES_PER_ROLE = 5;
const SEED = 0xa119e;

/** A map of analysisMaps.ts with its six role lanes (and RACI) moved onto roles of the library. */
function libraryMap(index: number, random: Random, roleCount: number): ProcessGraph {
  const graph = generateAnalysisMap(random.int(5, 40), random);
  const roleOf = (local: number) => ((index * 6 + local - 1) % roleCount) + 1;
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

export function generateAlignmentLibrary(roleCount: number, mapCount: number): AlignmentLibrary {
  const random = seededRandom(SEED);
  const processes: AlignmentProcess[] = Array.from({ length: mapCount }, (_, i) => ({
    id: i + 1,
    code: `P${i + 1}`,
    name: `process ${i + 1}`,
    processClass: null,
    ownerRoleId: null,
    departmentId: null,
    status: 'approved',
    graph: libraryMap(i, random, roleCount),
    editVersion: 1,
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
  const roles: Role[] = Array.from({ length: roleCount }, (_, r) => {
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
    departments: departments.map((d, i) => ({
      ...d,
      key: `d${d.id}`,
      parentId: null,
      position: i,
      editVersion: 1,
    })),
    analysis: { roles: analysisRoles, departments, settings: DEFAULT_ANALYSIS_SETTINGS },
  };
}
