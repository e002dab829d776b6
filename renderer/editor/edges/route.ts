import { resolvedSides } from '../../../shared/layout/routing/paths';
import { opposite, portPoint } from '../../../shared/layout/routing/sides';
import type { Point, ProcessEdge, ProcessNode, Side } from '../../../shared/process';

/*
 * The route of a connector in diagram units: where it leaves its source, its bends, and where
 * it reaches its target — always orthogonal (each segment horizontal or vertical). The stored
 * waypoints are the bends; when a connector has none yet, a plain orthogonal route stands in
 * until the router (or the user) gives it some.
 */

type Box = Pick<ProcessNode, 'x' | 'y' | 'width' | 'height'>;

/** How far a connector runs straight out of a side before it may turn. */
const STUB = 20;

/** Where a connector leaves or reaches a shape: the middle of that side, as the router has it. */
export const anchorOf = (node: Box, side: Side): Point => portPoint(node, side);

export { opposite };

function isHorizontalSide(side: Side): boolean {
  return side === 'left' || side === 'right';
}

/** The sides a connector between two shapes uses when the user or the router chose none. */
export function autoSides(source: Box, target: Box): { sourceSide: Side; targetSide: Side } {
  const dx = target.x + target.width / 2 - (source.x + source.width / 2);
  const dy = target.y + target.height / 2 - (source.y + source.height / 2);
  // Along the flow when the target lies clearly ahead; across lanes otherwise.
  if (Math.abs(dx) >= Math.abs(dy) || Math.abs(dx) > (source.width + target.width) / 2) {
    return dx >= 0
      ? { sourceSide: 'right', targetSide: 'left' }
      : { sourceSide: 'left', targetSide: 'right' };
  }
  return dy >= 0
    ? { sourceSide: 'bottom', targetSide: 'top' }
    : { sourceSide: 'top', targetSide: 'bottom' };
}

/**
 * The sides an edge is drawn with: its own; else, for a routed edge, the sides facing its
 * first and last bends (as the router and every picture read them); else the automatic ones.
 */
export function sidesOf(
  edge: ProcessEdge,
  source: ProcessNode,
  target: ProcessNode,
): { sourceSide: Side; targetSide: Side } {
  if ((edge.waypoints?.length ?? 0) > 0) return resolvedSides(edge, source, target);
  const auto = autoSides(source, target);
  return {
    sourceSide: edge.sourceSide ?? auto.sourceSide,
    targetSide: edge.targetSide ?? auto.targetSide,
  };
}

/** A step out of `point` along `side`'s normal. */
function stub(point: Point, side: Side, length = STUB): Point {
  switch (side) {
    case 'top':
      return { x: point.x, y: point.y - length };
    case 'bottom':
      return { x: point.x, y: point.y + length };
    case 'left':
      return { x: point.x - length, y: point.y };
    case 'right':
      return { x: point.x + length, y: point.y };
  }
}

/** A plain orthogonal route between two anchors, for connectors not routed yet. */
export function fallbackRoute(from: Point, fromSide: Side, to: Point, toSide: Side): Point[] {
  const a = stub(from, fromSide);
  const b = stub(to, toSide);
  let middle: Point[];
  if (isHorizontalSide(fromSide) && isHorizontalSide(toSide)) {
    const x = (a.x + b.x) / 2;
    middle = [
      { x, y: a.y },
      { x, y: b.y },
    ];
  } else if (!isHorizontalSide(fromSide) && !isHorizontalSide(toSide)) {
    const y = (a.y + b.y) / 2;
    middle = [
      { x: a.x, y },
      { x: b.x, y },
    ];
  } else if (isHorizontalSide(fromSide)) {
    middle = [{ x: b.x, y: a.y }];
  } else {
    middle = [{ x: a.x, y: b.y }];
  }
  return simplify([from, a, ...middle, b, to]);
}

/**
 * The whole route: source anchor, bends, target anchor. Stored bends that are not on one axis
 * with their neighbour get a corner between them, so the line stays orthogonal whatever moved.
 */
export function routeOf(
  from: Point,
  fromSide: Side,
  to: Point,
  toSide: Side,
  waypoints: readonly Point[] | undefined,
): Point[] {
  if (!waypoints || waypoints.length === 0) return fallbackRoute(from, fromSide, to, toSide);
  const points: Point[] = [from];
  for (const next of [...waypoints, to]) {
    const last = points[points.length - 1] ?? from;
    if (last.x !== next.x && last.y !== next.y) {
      // Leave the source along its side's axis; elsewhere turn after the horizontal run.
      const leaveAlongX = points.length === 1 ? isHorizontalSide(fromSide) : true;
      points.push(leaveAlongX ? { x: next.x, y: last.y } : { x: last.x, y: next.y });
    }
    points.push(next);
  }
  return simplify(points);
}

/** Drops repeated points and points in the middle of a straight run. */
export function simplify(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const point of points) {
    const last = out[out.length - 1];
    if (last && last.x === point.x && last.y === point.y) continue;
    const before = out[out.length - 2];
    if (
      before &&
      last &&
      ((before.x === last.x && last.x === point.x) || (before.y === last.y && last.y === point.y))
    ) {
      out[out.length - 1] = point;
      continue;
    }
    out.push(point);
  }
  return out;
}

/** Where the label sits when none was placed: the middle of the route's longest segment. */
export function labelPoint(route: readonly Point[]): Point {
  let best: Point = route[0] ?? { x: 0, y: 0 };
  let longest = -1;
  for (let i = 0; i + 1 < route.length; i += 1) {
    const a = route[i] as Point;
    const b = route[i + 1] as Point;
    const length = Math.abs(a.x - b.x) + Math.abs(a.y - b.y);
    if (length > longest) {
      longest = length;
      best = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    }
  }
  return best;
}
