import type {
  Lane,
  NodeKind,
  ProcessEdge,
  ProcessGraph,
  ProcessNode,
} from '../../../shared/process';
import { seededRandom, type Random } from '../../bench/prng';

/*
 * Process maps for the layout tests and the layout bench: a small hand-written one whose
 * drawing can be reasoned about, and generated ones of any size that look like real maps
 * (a main flow that mostly stays in a lane, branches that rejoin, a few rework loops).
 */

/** Default sizes per kind, close to what the editor draws. */
const SIZES: Record<NodeKind, { width: number; height: number }> = {
  start: { width: 48, height: 48 },
  end: { width: 48, height: 48 },
  activity: { width: 140, height: 60 },
  decision: { width: 100, height: 70 },
  document: { width: 120, height: 70 },
  data: { width: 110, height: 60 },
  subProcess: { width: 150, height: 70 },
  annotation: { width: 120, height: 40 },
};

export function lane(id: string, size = 100): Lane {
  return { id, name: id, owner: { kind: 'none' }, size };
}

/** A node at a deliberately unhelpful spot (0, 0), so the layout has to place it. */
export function node(id: string, laneId: string | null, kind: NodeKind = 'activity'): ProcessNode {
  return { id, kind, label: id, laneId, x: 0, y: 0, ...SIZES[kind] };
}

export function edge(source: string, target: string, label = ''): ProcessEdge {
  return { id: `${source}->${target}`, source, target, label };
}

/**
 * 请假审批: the employee applies, the manager decides, HR files an approval or the employee
 * gets a rejection, and both end at HR. Start → activity → decision → two branches → end.
 */
export function sixStepProcess(): ProcessGraph {
  return {
    lanes: [lane('employee'), lane('manager'), lane('hr')],
    nodes: [
      node('start', 'employee', 'start'),
      node('apply', 'employee'),
      node('decide', 'manager', 'decision'),
      node('file', 'hr'),
      node('notify', 'employee'),
      node('end', 'hr', 'end'),
    ],
    edges: [
      edge('start', 'apply'),
      edge('apply', 'decide'),
      edge('decide', 'file', '是'),
      edge('decide', 'notify', '否'),
      edge('file', 'end'),
      edge('notify', 'end'),
    ],
  };
}

export type ProcessSize = { nodes: number; edges: number; lanes: number };

const STEP_KINDS: readonly NodeKind[] = [
  ...Array<NodeKind>(14).fill('activity'),
  'decision',
  'decision',
  'decision',
  'document',
  'data',
  'subProcess',
];

/**
 * A map of exactly `size.nodes` nodes and `size.edges` edges (no duplicates, no self-loops):
 * 2 % annotations (all linked to a step but one), one start, one end, and steps that stay in
 * their predecessor's lane 70 % of the time. Every step but the first has a predecessor among
 * the three before it; the remaining edges are skips forward and, one in eight, rework loops.
 */
export function generateProcess(size: ProcessSize, seed = 0x1a7e5): ProcessGraph {
  const random = seededRandom(seed);
  const lanes = Array.from({ length: size.lanes }, (_, i) => lane(`lane-${i}`));
  const annotations = Math.floor(size.nodes / 50);
  const steps = size.nodes - annotations;
  const nodes = generateSteps(steps, lanes, random);
  const links = new Map<string, ProcessEdge>();
  const link = (source: number, target: number) => {
    const made = edge(`n${source}`, `n${target}`);
    if (source !== target && !links.has(made.id)) links.set(made.id, made);
  };
  for (let i = 1; i < steps; i++) link(Math.max(0, i - random.int(1, 3)), i);
  for (let a = 0; a < annotations; a++) {
    nodes.push({ ...node(`n${steps + a}`, null, 'annotation') });
    if (a > 0) link(steps + a, random.int(0, steps - 1));
  }
  while (links.size < size.edges) {
    const source = random.int(1, steps - 2);
    const rework = random.chance(1 / 8);
    const target = rework
      ? Math.max(1, source - random.int(1, 10))
      : Math.min(steps - 1, source + random.int(2, 8));
    link(source, target);
  }
  return { lanes, nodes, edges: [...links.values()] };
}

function generateSteps(steps: number, lanes: readonly Lane[], random: Random): ProcessNode[] {
  const nodes: ProcessNode[] = [];
  let laneId = lanes[0]?.id ?? null;
  for (let i = 0; i < steps; i++) {
    if (i > 0 && !random.chance(0.7)) laneId = random.pick(lanes).id;
    const kind: NodeKind = i === 0 ? 'start' : i === steps - 1 ? 'end' : random.pick(STEP_KINDS);
    nodes.push(node(`n${i}`, laneId, kind));
  }
  return nodes;
}
