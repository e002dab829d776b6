import { expect } from 'vitest';
import { portPoint } from '../../../shared/layout/router';
import { nodesById } from '../../../shared/layout/routing/paths';
import type { Point, ProcessEdge, ProcessGraph, ProcessNode } from '../../../shared/process';

/*
 * What every routed map must satisfy, for the router's and the layout's tests: each edge
 * has sides and waypoints, its polyline port → waypoints → port is orthogonal, leaves and
 * enters straight out of the side it names, and passes through no shape but its own two.
 */

/** The segments of a polyline that run through the inside of a box (touching is fine). */
export function segmentCrossesRect(a: Point, b: Point, rect: ProcessNode): boolean {
  const left = Math.min(a.x, b.x);
  const right = Math.max(a.x, b.x);
  const top = Math.min(a.y, b.y);
  const bottom = Math.max(a.y, b.y);
  return (
    left < rect.x + rect.width && right > rect.x && top < rect.y + rect.height && bottom > rect.y
  );
}

export function routeOf(graph: ProcessGraph, edgeId: string): Point[] {
  const edge = graph.edges.find((e) => e.id === edgeId);
  if (!edge) throw new Error(`no edge ${edgeId}`);
  return pathOf(graph, edge);
}

/** port → waypoints → port of one edge (by object: duplicated ids stay apart). */
export function pathOf(graph: ProcessGraph, edge: ProcessEdge): Point[] {
  const edgeId = edge.id;
  const nodes = nodesById(graph);
  const source = edge && nodes.get(edge.source);
  const target = edge && nodes.get(edge.target);
  if (!source || !target || !edge.sourceSide || !edge.targetSide) {
    throw new Error(`edge ${edgeId} is not routed`);
  }
  return [
    portPoint(source, edge.sourceSide),
    ...(edge.waypoints ?? []),
    portPoint(target, edge.targetSide),
  ];
}

/** Shapes the route passes through, other than its ends. */
export function shapesCrossed(graph: ProcessGraph, edge: ProcessEdge): string[] {
  const points = pathOf(graph, edge);
  const crossed = new Set<string>();
  for (const node of graph.nodes) {
    if (node.id === edge.source || node.id === edge.target) continue;
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1];
      const b = points[i];
      if (a && b && segmentCrossesRect(a, b, node)) crossed.add(node.id);
    }
  }
  return [...crossed];
}

const OUT: Record<string, Point> = {
  top: { x: 0, y: -1 },
  right: { x: 1, y: 0 },
  bottom: { x: 0, y: 1 },
  left: { x: -1, y: 0 },
};

/** The first stretch heads straight out of the source side, the last straight into the target. */
function expectStraightOut(from: Point, next: Point, side: string, what: string): void {
  const out = OUT[side] ?? { x: 0, y: 0 };
  const dx = Math.sign(next.x - from.x);
  const dy = Math.sign(next.y - from.y);
  expect({ dx, dy }, what).toEqual({ dx: out.x, dy: out.y });
}

export function expectRoutedCleanly(graph: ProcessGraph): void {
  const nodes = nodesById(graph);
  for (const edge of graph.edges) {
    // Self-loops and dangling edges (invalid, but survivable) have no route to check.
    if (edge.source === edge.target || !nodes.has(edge.source) || !nodes.has(edge.target)) {
      continue;
    }
    const points = pathOf(graph, edge);
    expect(edge.waypoints?.length ?? 0, edge.id).toBeGreaterThan(0);
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1];
      const b = points[i];
      if (!a || !b) continue;
      expect(a.x === b.x || a.y === b.y, `${edge.id} segment ${i} is orthogonal`).toBe(true);
    }
    const [first, second] = points;
    const last = points.at(-1);
    const beforeLast = points.at(-2);
    if (first && second && last && beforeLast) {
      expectStraightOut(first, second, edge.sourceSide ?? '', `${edge.id} leaves its side`);
      expectStraightOut(last, beforeLast, edge.targetSide ?? '', `${edge.id} enters its side`);
    }
    expect(shapesCrossed(graph, edge), edge.id).toEqual([]);
    expect(edge.labelAt, edge.id).toBeTruthy();
  }
}
