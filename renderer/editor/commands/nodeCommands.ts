import {
  emptyActivityDetails,
  type ActivityDetails,
  type NodeKind,
  type ProcessEdge,
  type ProcessGraph,
  type ProcessNode,
} from '../../../shared/process';
import { centreY, laneAt, NODE_SIZE, snap } from '../geometry';
import { connectSteps } from './connectorCommands';

/*
 * Commands on steps and connectors. Each takes a graph and returns a new one (or the same
 * object when nothing changes, so the history records no empty step).
 */

export type IdSource = () => string;

/** Adds a step centred on `at`, in the lane under it. */
export function addNode(
  graph: ProcessGraph,
  kind: NodeKind,
  at: { x: number; y: number },
  label: string,
  newId: IdSource,
): { graph: ProcessGraph; id: string } {
  const size = NODE_SIZE[kind];
  const node: ProcessNode = {
    id: newId(),
    kind,
    label,
    laneId: null,
    x: snap(at.x - size.width / 2),
    y: snap(at.y - size.height / 2),
    ...size,
    ...(kind === 'activity' ? { activity: emptyActivityDetails() } : {}),
    ...(kind === 'subProcess' ? { linkedProcessId: null } : {}),
  };
  node.laneId = laneAt(graph.lanes, centreY(node))?.id ?? null;
  return { graph: { ...graph, nodes: [...graph.nodes, node] }, id: node.id };
}

/** Moves steps; a step dropped in another lane now belongs to it. */
export function moveNodes(
  graph: ProcessGraph,
  moves: readonly { id: string; x: number; y: number }[],
): ProcessGraph {
  const targets = new Map(moves.map((move) => [move.id, move]));
  let changed = false;
  const nodes = graph.nodes.map((node) => {
    const move = targets.get(node.id);
    if (!move) return node;
    const x = snap(move.x);
    const y = snap(move.y);
    if (x === node.x && y === node.y) return node;
    changed = true;
    const moved = { ...node, x, y };
    const lane = laneAt(graph.lanes, centreY(moved));
    // Annotations may sit outside every lane; other steps keep their lane when dropped outside.
    return { ...moved, laneId: lane?.id ?? (node.kind === 'annotation' ? null : node.laneId) };
  });
  return changed ? { ...graph, nodes } : graph;
}

/** Deletes steps and connectors; connectors of a deleted step go with it. */
export function deleteElements(graph: ProcessGraph, ids: ReadonlySet<string>): ProcessGraph {
  const nodes = graph.nodes.filter((node) => !ids.has(node.id));
  const kept = new Set(nodes.map((node) => node.id));
  const edges = graph.edges.filter(
    (edge) => !ids.has(edge.id) && kept.has(edge.source) && kept.has(edge.target),
  );
  if (nodes.length === graph.nodes.length && edges.length === graph.edges.length) return graph;
  return { ...graph, nodes, edges };
}

/** Connects two steps when the connection rules allow it (see connectSteps for the reason when not). */
export function connect(
  graph: ProcessGraph,
  source: string,
  target: string,
  label: string,
  newId: IdSource,
): ProcessGraph {
  return connectSteps(graph, { source, target }, label, newId).graph;
}

/** Renames a step, a connector or a lane. */
export function setLabel(graph: ProcessGraph, id: string, label: string): ProcessGraph {
  if (graph.nodes.some((node) => node.id === id && node.label !== label)) {
    return { ...graph, nodes: graph.nodes.map((n) => (n.id === id ? { ...n, label } : n)) };
  }
  if (graph.edges.some((edge) => edge.id === id && edge.label !== label)) {
    return { ...graph, edges: graph.edges.map((e) => (e.id === id ? { ...e, label } : e)) };
  }
  if (graph.lanes.some((lane) => lane.id === id && lane.name !== label)) {
    return { ...graph, lanes: graph.lanes.map((l) => (l.id === id ? { ...l, name: label } : l)) };
  }
  return graph;
}

export function updateActivity(
  graph: ProcessGraph,
  id: string,
  details: ActivityDetails,
): ProcessGraph {
  const node = graph.nodes.find((candidate) => candidate.id === id);
  if (!node || node.activity === details) return graph;
  return {
    ...graph,
    nodes: graph.nodes.map((node) => (node.id === id ? { ...node, activity: details } : node)),
  };
}

export type Alignment = 'left' | 'centre' | 'right' | 'top' | 'middle' | 'bottom';

/** Lines the selected steps up on the first one's edge or centre. */
export function align(graph: ProcessGraph, ids: readonly string[], how: Alignment): ProcessGraph {
  const selected = graph.nodes.filter((node) => ids.includes(node.id));
  const anchor = selected[0];
  if (!anchor || selected.length < 2) return graph;
  const place = (node: ProcessNode) => {
    switch (how) {
      case 'left':
        return { x: anchor.x, y: node.y };
      case 'centre':
        return { x: anchor.x + anchor.width / 2 - node.width / 2, y: node.y };
      case 'right':
        return { x: anchor.x + anchor.width - node.width, y: node.y };
      case 'top':
        return { x: node.x, y: anchor.y };
      case 'middle':
        return { x: node.x, y: anchor.y + anchor.height / 2 - node.height / 2 };
      case 'bottom':
        return { x: node.x, y: anchor.y + anchor.height - node.height };
    }
  };
  return moveNodes(
    graph,
    selected.map((node) => ({ id: node.id, ...place(node) })),
  );
}

/** Spaces the selected steps evenly between the outermost two. */
export function distribute(
  graph: ProcessGraph,
  ids: readonly string[],
  axis: 'horizontal' | 'vertical',
): ProcessGraph {
  const key = axis === 'horizontal' ? 'x' : 'y';
  const selected = graph.nodes
    .filter((node) => ids.includes(node.id))
    .sort((a, b) => a[key] - b[key]);
  const first = selected[0];
  const last = selected[selected.length - 1];
  if (!first || !last || selected.length < 3) return graph;
  const step = (last[key] - first[key]) / (selected.length - 1);
  return moveNodes(
    graph,
    selected.map((node, index) => ({
      id: node.id,
      x: key === 'x' ? first.x + step * index : node.x,
      y: key === 'y' ? first.y + step * index : node.y,
    })),
  );
}

/** Pastes copied steps (and the connectors among them) offset from where they were, with new ids. */
export function paste(
  graph: ProcessGraph,
  copied: { nodes: ProcessNode[]; edges: ProcessEdge[] },
  offset: number,
  newId: IdSource,
): { graph: ProcessGraph; ids: string[] } {
  const ids = new Map(copied.nodes.map((node) => [node.id, newId()]));
  const nodes = copied.nodes.map((node) => {
    const moved = {
      ...node,
      id: ids.get(node.id) ?? newId(),
      x: node.x + offset,
      y: node.y + offset,
    };
    return { ...moved, laneId: laneAt(graph.lanes, centreY(moved))?.id ?? node.laneId };
  });
  const edges = copied.edges.flatMap((edge) => {
    const source = ids.get(edge.source);
    const target = ids.get(edge.target);
    return source && target ? [{ ...edge, id: newId(), source, target }] : [];
  });
  return {
    graph: { ...graph, nodes: [...graph.nodes, ...nodes], edges: [...graph.edges, ...edges] },
    ids: nodes.map((node) => node.id),
  };
}

/** Points a sub-process step at the process it stands for (or at none). */
export function setLinkedProcess(
  graph: ProcessGraph,
  id: string,
  linkedProcessId: number | null,
): ProcessGraph {
  const node = graph.nodes.find((candidate) => candidate.id === id);
  if (!node || node.kind !== 'subProcess' || node.linkedProcessId === linkedProcessId) return graph;
  return {
    ...graph,
    nodes: graph.nodes.map((node) =>
      node.id === id && node.kind === 'subProcess' ? { ...node, linkedProcessId } : node,
    ),
  };
}
