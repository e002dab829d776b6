import type {
  BranchOutcome,
  GatewayType,
  NodeKind,
  ProcessEdge,
  ProcessGraph,
  ProcessNode,
} from '../process';
import type { Actor, AnalysisLibrary } from './types';

/*
 * The map as the analysis reads it: the sequence flow between start, end, activity, decision
 * and sub-process shapes (documents and data stores are the steps' inputs and outputs,
 * annotations are nothing), with each step's performer and department, each branch's
 * resolved probability, and the back edges that close loops.
 */

const FLOW_KINDS: ReadonlySet<NodeKind> = new Set([
  'start',
  'end',
  'activity',
  'decision',
  'subProcess',
]);
const DATA_KINDS: ReadonlySet<NodeKind> = new Set(['document', 'data']);

export type FlowNode = {
  id: string;
  kind: NodeKind;
  node: ProcessNode;
  /** Decisions only (exclusive when the map says nothing). */
  gateway: GatewayType | null;
  actor: Actor | null;
  departmentId: number | null;
};

export type FlowEdge = {
  id: string;
  source: string;
  target: string;
  label: string;
  /** Share of the source's cases taking this edge (0–1); 1 out of anything but XOR/OR. */
  factor: number;
  /** The probability the map gives (0–100), null when none. */
  declaredPercent: number | null;
  outcome: BranchOutcome | null;
  /** Closes a loop (found by a depth-first search from the starts). */
  back: boolean;
};

export type FlowModel = {
  graph: ProcessGraph;
  library: AnalysisLibrary;
  nodes: Map<string, FlowNode>;
  /** Flow node ids in depth-first order from the starts (unreached nodes last). */
  order: string[];
  outgoing: Map<string, FlowEdge[]>;
  incoming: Map<string, FlowEdge[]>;
  starts: string[];
  ends: string[];
  activities: FlowNode[];
  /** Names of the documents and data stores connected into / out of each step. */
  inputs: Map<string, string[]>;
  outputs: Map<string, string[]>;
};

export function isBranching(node: FlowNode | undefined): boolean {
  return node?.kind === 'decision' && node.gateway !== 'parallel';
}

export function buildFlow(graph: ProcessGraph, library: AnalysisLibrary): FlowModel {
  const actorsOf = actorResolver(graph, library);
  const nodes = new Map<string, FlowNode>();
  for (const node of graph.nodes) {
    if (!FLOW_KINDS.has(node.kind)) continue;
    const actor = actorsOf(node);
    nodes.set(node.id, {
      id: node.id,
      kind: node.kind,
      node,
      gateway: node.kind === 'decision' ? (node.gateway ?? 'exclusive') : null,
      actor,
      departmentId: actor?.departmentId ?? null,
    });
  }
  const outgoing = new Map<string, FlowEdge[]>([...nodes.keys()].map((id) => [id, []]));
  const incoming = new Map<string, FlowEdge[]>([...nodes.keys()].map((id) => [id, []]));
  const inputs = new Map<string, string[]>();
  const outputs = new Map<string, string[]>();
  const kinds = new Map(graph.nodes.map((node) => [node.id, node]));
  for (const edge of graph.edges) {
    const source = kinds.get(edge.source);
    const target = kinds.get(edge.target);
    if (!source || !target) continue;
    if (DATA_KINDS.has(target.kind) && nodes.has(source.id)) {
      push(outputs, source.id, target.label.trim());
    } else if (DATA_KINDS.has(source.kind) && nodes.has(target.id)) {
      push(inputs, target.id, source.label.trim());
    } else if (nodes.has(source.id) && nodes.has(target.id)) {
      const flowEdge = toFlowEdge(edge);
      outgoing.get(edge.source)?.push(flowEdge);
      incoming.get(edge.target)?.push(flowEdge);
    }
  }
  for (const [id, edges] of outgoing) resolveFactors(nodes.get(id), edges);
  const starts = [...nodes.values()].filter(isStartNode(incoming)).map((n) => n.id);
  const order = markBackEdges(nodes, outgoing, starts);
  const ends = [...nodes.values()]
    .filter((n) => n.kind === 'end' || (outgoing.get(n.id)?.length ?? 0) === 0)
    .map((n) => n.id);
  const activities = order.map((id) => nodes.get(id)).filter(isActivity);
  return {
    graph,
    library,
    nodes,
    order,
    outgoing,
    incoming,
    starts,
    ends,
    activities,
    inputs,
    outputs,
  };
}

function isActivity(node: FlowNode | undefined): node is FlowNode {
  return node?.kind === 'activity';
}

/** Start events; a map without one starts at the flow nodes nothing leads to. */
function isStartNode(incoming: Map<string, FlowEdge[]>) {
  return (node: FlowNode, _index: number, all: FlowNode[]): boolean => {
    if (all.some((n) => n.kind === 'start')) return node.kind === 'start';
    return (incoming.get(node.id)?.length ?? 0) === 0;
  };
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  if (!value) return;
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function toFlowEdge(edge: ProcessEdge): FlowEdge {
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    label: edge.label,
    factor: 1,
    declaredPercent: edge.probability ?? null,
    outcome: edge.outcome ?? null,
    back: false,
  };
}

/**
 * Out of an exclusive or inclusive decision, each branch carries its share of the cases: the
 * declared percentages, the undeclared ones sharing what is left equally (rule M11 reports the
 * gap). An exclusive decision's shares are scaled to add up to one, so a case always leaves.
 */
function resolveFactors(node: FlowNode | undefined, edges: FlowEdge[]): void {
  if (!isBranching(node) || edges.length === 0) return;
  const declared = edges.reduce((sum, e) => sum + (e.declaredPercent ?? 0), 0);
  const undeclared = edges.filter((e) => e.declaredPercent === null).length;
  const rest = undeclared > 0 ? Math.max(0, 100 - declared) / undeclared : 0;
  for (const edge of edges) edge.factor = (edge.declaredPercent ?? rest) / 100;
  if (node?.gateway !== 'exclusive') return;
  const total = edges.reduce((sum, e) => sum + e.factor, 0);
  for (const edge of edges) edge.factor = total > 0 ? edge.factor / total : 1 / edges.length;
}

/** Marks the edges that return to a node still on the depth-first path; returns the order. */
function markBackEdges(
  nodes: Map<string, FlowNode>,
  outgoing: Map<string, FlowEdge[]>,
  starts: string[],
): string[] {
  const state = new Map<string, 'open' | 'done'>();
  const order: string[] = [];
  const roots = [...starts, ...nodes.keys()];
  for (const root of roots) {
    if (state.has(root)) continue;
    // Iterative, so a 10,000-step map cannot overflow the stack.
    const stack: { id: string; next: number }[] = [{ id: root, next: 0 }];
    state.set(root, 'open');
    order.push(root);
    for (let top = stack.at(-1); top; top = stack.at(-1)) {
      const edge = outgoing.get(top.id)?.[top.next++];
      if (!edge) {
        state.set(top.id, 'done');
        stack.pop();
        continue;
      }
      const seen = state.get(edge.target);
      if (seen === 'open') edge.back = true;
      else if (seen === undefined) {
        state.set(edge.target, 'open');
        order.push(edge.target);
        stack.push({ id: edge.target, next: 0 });
      }
    }
  }
  return order;
}

function actorResolver(graph: ProcessGraph, library: AnalysisLibrary) {
  const lanes = new Map(graph.lanes.map((lane) => [lane.id, lane]));
  const roles = new Map(library.roles.map((role) => [role.id, role]));
  const roleActor = (roleId: number, fallback: string): Actor => {
    const role = roles.get(roleId);
    return {
      key: `role:${roleId}`,
      name: role?.title ?? fallback,
      roleId,
      departmentId: role?.departmentId ?? null,
    };
  };
  return (node: ProcessNode): Actor | null => {
    const lane = node.laneId ? lanes.get(node.laneId) : undefined;
    if (!lane) return null;
    if (lane.owner.kind === 'role') return roleActor(lane.owner.roleId, lane.name);
    const responsible = node.activity?.raci.find((entry) => entry.letter === 'R');
    const departmentId = lane.owner.kind === 'department' ? lane.owner.departmentId : null;
    if (responsible) {
      const actor = roleActor(responsible.roleId, lane.name);
      return { ...actor, departmentId: actor.departmentId ?? departmentId };
    }
    return { key: `lane:${lane.id}`, name: lane.name, roleId: null, departmentId };
  };
}

/**
 * The activities reachable from `id` through decisions, events and sub-processes only (§b
 * `next(a)`), each with the share of `id`'s cases that reach it, back edges included.
 */
export function nextActivities(flow: FlowModel, id: string): Map<string, number> {
  const reached = new Map<string, number>();
  const visit = (from: string, share: number, seen: Set<string>) => {
    for (const edge of flow.outgoing.get(from) ?? []) {
      const target = flow.nodes.get(edge.target);
      if (!target || seen.has(target.id)) continue;
      const through = share * edge.factor;
      if (target.kind === 'activity') {
        reached.set(target.id, (reached.get(target.id) ?? 0) + through);
      } else {
        visit(target.id, through, new Set([...seen, target.id]));
      }
    }
  };
  visit(id, 1, new Set([id]));
  return reached;
}
