import {
  checkConnection,
  type ConnectionAttempt,
  type ConnectionRefusal,
} from '../../../shared/connectionRules';
import type { Point, ProcessEdge, ProcessGraph } from '../../../shared/process';
import type { IdSource } from './nodeCommands';

/*
 * Commands on connectors. Every one that makes or moves a connection asks the connection rules
 * first and, when they refuse, leaves the graph as it was and says why (the canvas shows the
 * reason at the cursor).
 */

export type ConnectResult = {
  graph: ProcessGraph;
  refusal: ConnectionRefusal | null;
  /** The new connector's id, when one was made. */
  id: string | null;
};

/** Draws a connector from `attempt.source` to `attempt.target`, out of and into the given sides. */
export function connectSteps(
  graph: ProcessGraph,
  attempt: ConnectionAttempt,
  label: string,
  newId: IdSource,
): ConnectResult {
  const refusal = checkConnection(graph, attempt);
  if (refusal) return { graph, refusal, id: null };
  const edge: ProcessEdge = {
    id: newId(),
    source: attempt.source,
    target: attempt.target,
    label,
    ...(attempt.sourceSide ? { sourceSide: attempt.sourceSide } : {}),
    ...(attempt.targetSide ? { targetSide: attempt.targetSide } : {}),
  };
  return { graph: { ...graph, edges: [...graph.edges, edge] }, refusal: null, id: edge.id };
}

/**
 * Re-attaches a connector's ends (the user dragged one to another shape or side). Its bends
 * belonged to the old route, so they go; the router draws a new one.
 */
export function reconnectEdge(
  graph: ProcessGraph,
  edgeId: string,
  ends: Omit<ConnectionAttempt, 'replacing'>,
): ConnectResult {
  const edge = graph.edges.find((candidate) => candidate.id === edgeId);
  if (!edge) return { graph, refusal: 'unknownEnd', id: null };
  const same =
    edge.source === ends.source &&
    edge.target === ends.target &&
    (edge.sourceSide ?? null) === (ends.sourceSide ?? null) &&
    (edge.targetSide ?? null) === (ends.targetSide ?? null);
  if (same) return { graph, refusal: null, id: edgeId };
  const refusal = checkConnection(graph, { ...ends, replacing: edgeId });
  if (refusal) return { graph, refusal, id: null };
  const moved: ProcessEdge = {
    id: edge.id,
    label: edge.label,
    source: ends.source,
    target: ends.target,
    ...(ends.sourceSide ? { sourceSide: ends.sourceSide } : {}),
    ...(ends.targetSide ? { targetSide: ends.targetSide } : {}),
  };
  return { graph: replaceEdge(graph, moved), refusal: null, id: edgeId };
}

/** Turns a connector round (source becomes target), if the rules allow the other direction. */
export function reverseEdge(graph: ProcessGraph, edgeId: string): ConnectResult {
  const edge = graph.edges.find((candidate) => candidate.id === edgeId);
  if (!edge) return { graph, refusal: 'unknownEnd', id: null };
  return reconnectEdge(graph, edgeId, {
    source: edge.target,
    target: edge.source,
    sourceSide: edge.targetSide ?? null,
    targetSide: edge.sourceSide ?? null,
  });
}

/** Sets a connector's bends (the user moved a segment); the same bends again change nothing. */
export function setWaypoints(
  graph: ProcessGraph,
  edgeId: string,
  waypoints: readonly Point[],
): ProcessGraph {
  const edge = graph.edges.find((candidate) => candidate.id === edgeId);
  if (!edge) return graph;
  const old = edge.waypoints ?? [];
  const same =
    old.length === waypoints.length &&
    old.every((point, i) => point.x === waypoints[i]?.x && point.y === waypoints[i]?.y);
  if (same) return graph;
  return replaceEdge(graph, { ...edge, waypoints: waypoints.map((p) => ({ x: p.x, y: p.y })) });
}

/** Forgets a connector's bends and label position, so it is routed afresh. */
export function clearWaypoints(graph: ProcessGraph, edgeId: string): ProcessGraph {
  const edge = graph.edges.find((candidate) => candidate.id === edgeId);
  if (!edge || (!edge.waypoints?.length && !edge.labelAt)) return graph;
  const { waypoints: _bends, labelAt: _label, ...rest } = edge;
  return replaceEdge(graph, rest);
}

function replaceEdge(graph: ProcessGraph, edge: ProcessEdge): ProcessGraph {
  return { ...graph, edges: graph.edges.map((e) => (e.id === edge.id ? edge : e)) };
}
