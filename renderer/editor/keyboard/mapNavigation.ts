import type { ProcessEdge, ProcessGraph, ProcessNode } from '../../../shared/process';
import { nearestInDirection } from '../useTargetPicker';

/*
 * Moving around the map from the keyboard, as pure functions of the graph. The arrow keys go
 * to the nearest step in that direction on screen (what the eye sees: lanes and phases make
 * "the next step in the flow" ambiguous at every decision); the flow itself is followed by
 * cycling a step's connectors (Ctrl+E) and going to a connector's end.
 */

export type ArrowKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';

const DIRECTION: Record<ArrowKey, { x: number; y: number }> = {
  ArrowRight: { x: 1, y: 0 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowDown: { x: 0, y: 1 },
  ArrowUp: { x: 0, y: -1 },
};

/** Where the map is entered: the first start event, else the top-left step. */
export function firstStep(graph: ProcessGraph): ProcessNode | null {
  const start = graph.nodes.find((node) => node.kind === 'start');
  if (start) return start;
  return [...graph.nodes].sort((a, b) => a.y + a.x / 10_000 - (b.y + b.x / 10_000))[0] ?? null;
}

/**
 * Where an arrow key goes from the selection: from one step, the nearest step that way; from
 * one connector, its source (← ↑) or target (→ ↓); from nothing, the map's first step.
 * Null when there is nothing that way.
 */
export function arrowTarget(
  graph: ProcessGraph,
  selection: ReadonlySet<string>,
  key: ArrowKey,
): string | null {
  if (selection.size === 0) return firstStep(graph)?.id ?? null;
  if (selection.size !== 1) return null;
  const [id] = [...selection];
  const step = graph.nodes.find((node) => node.id === id);
  if (step) return nearestInDirection(graph.nodes, step, DIRECTION[key], step.id)?.id ?? null;
  const edge = graph.edges.find((candidate) => candidate.id === id);
  if (!edge) return null;
  return key === 'ArrowLeft' || key === 'ArrowUp' ? edge.source : edge.target;
}

/**
 * The connector Ctrl+E selects: from a step, its first outgoing connector; from a connector,
 * the next (or, with `back`, previous) one out of the same source, round the ends. The order
 * is top to bottom, then left to right, of the targets, as they are seen.
 */
export function cycleConnector(
  graph: ProcessGraph,
  selection: ReadonlySet<string>,
  back: boolean,
): string | null {
  if (selection.size !== 1) return null;
  const [id] = [...selection];
  const edge = graph.edges.find((candidate) => candidate.id === id);
  const source = edge?.source ?? graph.nodes.find((node) => node.id === id)?.id;
  if (!source) return null;
  const outgoing = outgoingInOrder(graph, source);
  if (outgoing.length === 0) return null;
  if (!edge) return (back ? outgoing[outgoing.length - 1] : outgoing[0])?.id ?? null;
  const index = outgoing.findIndex((candidate) => candidate.id === edge.id);
  const next = (index + (back ? outgoing.length - 1 : 1)) % outgoing.length;
  return outgoing[next]?.id ?? null;
}

function outgoingInOrder(graph: ProcessGraph, source: string): ProcessEdge[] {
  const at = new Map(graph.nodes.map((node) => [node.id, node]));
  const key = (edge: ProcessEdge) => {
    const target = at.get(edge.target);
    return target ? target.y * 10_000 + target.x : 0;
  };
  return graph.edges.filter((edge) => edge.source === source).sort((a, b) => key(a) - key(b));
}

/**
 * Where focus goes after the selection is deleted, so it never falls to the page: from a
 * connector, its source; from a step, the step before it in the flow, else after it, else the
 * nearest remaining step. Null when nothing is left (the canvas itself takes focus).
 */
export function neighbourAfterDelete(
  graph: ProcessGraph,
  selection: ReadonlySet<string>,
): string | null {
  const remains = (id: string) => !selection.has(id) && graph.nodes.some((node) => node.id === id);
  const deletedSteps = graph.nodes.filter((node) => selection.has(node.id));
  for (const step of deletedSteps) {
    const before = graph.edges.find((e) => e.target === step.id && remains(e.source));
    if (before) return before.source;
    const after = graph.edges.find((e) => e.source === step.id && remains(e.target));
    if (after) return after.target;
  }
  for (const edge of graph.edges.filter((e) => selection.has(e.id))) {
    if (remains(edge.source)) return edge.source;
    if (remains(edge.target)) return edge.target;
  }
  const from = deletedSteps[0];
  const left = graph.nodes.filter((node) => remains(node.id));
  if (!from) return left[0]?.id ?? null;
  const distance = (node: ProcessNode) => Math.hypot(node.x - from.x, node.y - from.y);
  return [...left].sort((a, b) => distance(a) - distance(b))[0]?.id ?? null;
}
