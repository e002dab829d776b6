import type { Point, ProcessEdge, ProcessGraph, ProcessNode, Side } from '../../process';
import { simplify } from './simplify';
import { portPoint, sideFacing } from './sides';

/*
 * A stored connector as the polyline every drawer draws: the port of the source side, the
 * waypoints, the port of the target side. And where two such polylines cross, so the
 * drawers can draw a line hop there.
 */

/** The side a routed edge leaves by: its own, else the side facing its first bend. */
export function resolvedSides(
  edge: ProcessEdge,
  source: ProcessNode,
  target: ProcessNode,
): { sourceSide: Side; targetSide: Side } {
  const points = edge.waypoints ?? [];
  const firstBend = points[0] ?? centre(target);
  const lastBend = points.at(-1) ?? centre(source);
  return {
    sourceSide: edge.sourceSide ?? sideFacing(source, firstBend),
    targetSide: edge.targetSide ?? sideFacing(target, lastBend),
  };
}

function centre(node: ProcessNode): Point {
  return { x: node.x + node.width / 2, y: node.y + node.height / 2 };
}

/**
 * The polyline of a connector: port, waypoints, port. Null when an end is missing or the
 * edge was never routed (no waypoints).
 */
export function edgePath(
  edge: ProcessEdge,
  nodes: ReadonlyMap<string, ProcessNode>,
): Point[] | null {
  const source = nodes.get(edge.source);
  const target = nodes.get(edge.target);
  if (!source || !target || !edge.waypoints || edge.waypoints.length === 0) return null;
  const { sourceSide, targetSide } = resolvedSides(edge, source, target);
  return [portPoint(source, sourceSide), ...edge.waypoints, portPoint(target, targetSide)];
}

export function nodesById(graph: ProcessGraph): Map<string, ProcessNode> {
  const map = new Map<string, ProcessNode>();
  for (const node of graph.nodes) if (!map.has(node.id)) map.set(node.id, node);
  return map;
}

/** A crossing of two connectors: the point, and which edge runs horizontally / vertically. */
export type Crossing = Point & { horizontalEdgeId: string; verticalEdgeId: string };

type Run = { edgeId: string; at: number; from: number; to: number };

/**
 * Every point where a horizontal stretch of one connector crosses a vertical stretch of
 * another, strictly inside both (connectors that meet at a shared end or join do not
 * cross). Sorted by x, then y, so the drawers hop in a stable order.
 */
export function segmentCrossings(graph: ProcessGraph): Crossing[] {
  const nodes = nodesById(graph);
  const horizontal: Run[] = [];
  const vertical: Run[] = [];
  for (const edge of graph.edges) {
    const path = edgePath(edge, nodes);
    if (path) collectRuns(edge.id, path, horizontal, vertical);
  }
  return crossingsOf(horizontal, vertical);
}

/** Crossings between polylines given directly (the bench uses it for elkjs's routes). */
export function polylineCrossings(paths: readonly { id: string; points: Point[] }[]): Crossing[] {
  const horizontal: Run[] = [];
  const vertical: Run[] = [];
  for (const path of paths) collectRuns(path.id, path.points, horizontal, vertical);
  return crossingsOf(horizontal, vertical);
}

function collectRuns(id: string, route: readonly Point[], h: Run[], v: Run[]): void {
  // A straight connector's stored midpoint would split one run in two at a possible crossing.
  const points = simplify(route);
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (!a || !b) continue;
    if (a.y === b.y && a.x !== b.x) {
      h.push({ edgeId: id, at: a.y, from: Math.min(a.x, b.x), to: Math.max(a.x, b.x) });
    } else if (a.x === b.x && a.y !== b.y) {
      v.push({ edgeId: id, at: a.x, from: Math.min(a.y, b.y), to: Math.max(a.y, b.y) });
    }
  }
}

function crossingsOf(horizontal: Run[], vertical: Run[]): Crossing[] {
  vertical.sort((a, b) => a.at - b.at);
  const found: Crossing[] = [];
  for (const h of horizontal) {
    // The first vertical run right of h's start, by binary search; then walk until its end.
    let low = 0;
    let high = vertical.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((vertical[mid]?.at ?? 0) <= h.from) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < vertical.length; i++) {
      const v = vertical[i];
      if (!v || v.at >= h.to) break;
      if (v.edgeId !== h.edgeId && h.at > v.from && h.at < v.to) {
        found.push({ x: v.at, y: h.at, horizontalEdgeId: h.edgeId, verticalEdgeId: v.edgeId });
      }
    }
  }
  found.sort((a, b) => a.x - b.x || a.y - b.y);
  return found;
}
