import {
  emptyActivityDetails,
  type ActivityDetails,
  type GatewayType,
  type NodeKind,
  type ProcessEdge,
  type ProcessGraph,
  type ProcessNode,
} from '../../../shared/process';
import {
  DEFAULT_ANALYSIS_SETTINGS,
  type AnalysisSettings,
} from '../../../shared/analysis/settings';
import type { AnalysisLibrary, AnalysisRole } from '../../../shared/analysis/types';

/*
 * Small maps written as text for the analysis tests: `step('a', 'lane', {work: 5})`,
 * `flow('a', 'b', {probability: 20})`. Positions do not matter to the analysis.
 */

type StepOptions = Partial<ActivityDetails> & { label?: string; gateway?: GatewayType };

export function node(id: string, kind: NodeKind, lane: string | null, options: StepOptions = {}) {
  const { label, gateway, ...details } = options;
  const made: ProcessNode = {
    id,
    kind,
    label: label ?? id,
    laneId: lane,
    x: 0,
    y: 0,
    width: 100,
    height: 60,
  };
  if (kind === 'activity') made.activity = { ...emptyActivityDetails(), ...details };
  if (gateway) made.gateway = gateway;
  return made;
}

export const start = (id = 'start', lane: string | null = 'l1') => node(id, 'start', lane);
export const end = (id = 'end', lane: string | null = 'l1') => node(id, 'end', lane);
export const step = (id: string, lane: string | null, options: StepOptions = {}) =>
  node(id, 'activity', lane, options);
export const decision = (id: string, lane: string | null, options: StepOptions = {}) =>
  node(id, 'decision', lane, options);

let edgeCount = 0;
export function flow(
  source: string,
  target: string,
  options: Partial<Pick<ProcessEdge, 'label' | 'probability' | 'outcome'>> = {},
): ProcessEdge {
  edgeCount += 1;
  return { id: `e${edgeCount}-${source}-${target}`, source, target, label: '', ...options };
}

/** Lanes: `role:<id>` binds the lane to that role, `dept:<id>` to a department. */
export function graphOf(
  lanes: Record<string, string>,
  nodes: ProcessNode[],
  edges: ProcessEdge[],
  analysis?: ProcessGraph['analysis'],
): ProcessGraph {
  return {
    lanes: Object.entries(lanes).map(([id, owner]) => {
      const [kind, value] = owner.split(':');
      const ownerOf = (): ProcessGraph['lanes'][number]['owner'] => {
        if (kind === 'role') return { kind: 'role', roleId: Number(value) };
        if (kind === 'dept') return { kind: 'department', departmentId: Number(value) };
        return { kind: 'none' };
      };
      return { id, name: id, owner: ownerOf(), size: 150 };
    }),
    nodes,
    edges,
    ...(analysis ? { analysis } : {}),
  };
}

export function libraryOf(
  roles: Partial<AnalysisRole>[] = [],
  settings: Partial<AnalysisSettings> = {},
): AnalysisLibrary {
  return {
    roles: roles.map((role, i) => ({
      id: role.id ?? i + 1,
      title: role.title ?? `role ${role.id ?? i + 1}`,
      departmentId: role.departmentId ?? null,
      hourlyRate: role.hourlyRate ?? null,
    })),
    departments: [
      { id: 1, name: 'dept 1' },
      { id: 2, name: 'dept 2' },
      { id: 3, name: 'dept 3' },
    ],
    settings: { ...DEFAULT_ANALYSIS_SETTINGS, ...settings },
  };
}
