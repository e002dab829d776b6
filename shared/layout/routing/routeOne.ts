import type { Point, ProcessNode, Side } from '../../process';
import type { Box } from '../geometry';
import { searchGrid } from './gridSearch';
import {
  BEND_COST,
  CLEARANCE,
  CROSSING_COST,
  OVERLAP_COST,
  inflate,
  stretchBlocked,
  trafficCost,
  type RouteContext,
} from './routeContext';
import { outward, portPoint } from './sides';
import { simplify } from './simplify';

/*
 * One connector's route: from the port of its source side, a short stub straight out of the
 * shape, the cheapest orthogonal path (length, bends, traffic) to the stub in front of the
 * target's port, and in. The search looks near the two ends first and widens only when that
 * finds nothing, which keeps a laid-out map's hundreds of connectors fast. When the shapes
 * sit too close for the clearance it retries with less, then none; a route is only ever
 * allowed through a shape when the target is enclosed (there is no way round at all).
 */

/** Search margins around the two ends, widening; the last is the whole map. */
const MARGINS = [80, 320] as const;
const CLEARANCES = [CLEARANCE, CLEARANCE / 2, 0] as const;

export type Route = { points: Point[]; clear: boolean };

export function routeBetween(
  context: RouteContext,
  source: ProcessNode,
  sourceSide: Side,
  target: ProcessNode,
  targetSide: Side,
): Route {
  const from = portPoint(source, sourceSide);
  const to = portPoint(target, targetSide);
  const simple = simpleRoute(context, from, sourceSide, to, targetSide);
  if (simple) return { points: simplify(simple), clear: true };
  for (const clearance of CLEARANCES) {
    const start = ahead(from, sourceSide, clearance);
    const end = ahead(to, targetSide, clearance);
    const ends = boxAround(start, end);
    const regions = [...MARGINS.map((m) => inflate(ends, m)), union(context.bounds, ends)];
    for (const region of regions) {
      const path = search(context, { start, end, sourceSide, targetSide, region, clearance });
      if (path) return { points: simplify([from, ...path, to]), clear: true };
    }
  }
  return { points: simplify(fallback(from, sourceSide, to, targetSide)), clear: false };
}

/**
 * The obvious route, when nothing is in its way and no other connector on it: straight when
 * the ports face each other in line, an L out of one side into a perpendicular one, a Z
 * turning in the middle of the gap between the two shapes. Most connectors of a laid-out
 * map take one of these, and checking one costs far less than a search.
 */
function simpleRoute(
  context: RouteContext,
  from: Point,
  sourceSide: Side,
  to: Point,
  targetSide: Side,
): Point[] | null {
  const start = ahead(from, sourceSide, CLEARANCE);
  const end = ahead(to, targetSide, CLEARANCE);
  const out = outward(sourceSide);
  const into = outward(targetSide);
  const forward = (d: { dx: number; dy: number }, a: Point, b: Point) =>
    (b.x - a.x) * d.dx + (b.y - a.y) * d.dy;
  let bends: Point[] | null = null;
  if (out.dx === -into.dx && out.dy === -into.dy) {
    // Facing the same way along one axis: straight or a Z, if the target lies ahead.
    if (forward(out, start, end) <= 0) return null;
    if (out.dx !== 0) {
      const middle = (start.x + end.x) / 2;
      bends = [
        { x: middle, y: start.y },
        { x: middle, y: end.y },
      ];
    } else {
      const middle = (start.y + end.y) / 2;
      bends = [
        { x: start.x, y: middle },
        { x: end.x, y: middle },
      ];
    }
  } else if (out.dx * into.dx + out.dy * into.dy === 0) {
    const corner = out.dx !== 0 ? { x: end.x, y: start.y } : { x: start.x, y: end.y };
    if (forward(out, start, corner) <= 0 || forward(into, end, corner) <= 0) return null;
    bends = [corner];
  }
  if (!bends) return null;
  const points = [from, start, ...bends, end, to];
  for (let i = 2; i < points.length - 1; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (!a || !b) continue;
    if (stretchBlocked(context, a, b)) return null;
    if (trafficCost(context, a.x, a.y, b.x, b.y) > 0) return null;
  }
  return points;
}

type Leg = {
  start: Point;
  end: Point;
  sourceSide: Side;
  targetSide: Side;
  region: Box;
  clearance: number;
};

function search(context: RouteContext, leg: Leg): Point[] | null {
  const shrink = CLEARANCE - leg.clearance;
  const lines = context.obstacles.query(leg.region).map((o) => inflate(o, -shrink));
  const into = outward(leg.targetSide);
  return searchGrid({
    start: leg.start,
    startHeading: outward(leg.sourceSide),
    end: leg.end,
    endHeading: { dx: -into.dx as -1 | 0 | 1, dy: -into.dy as -1 | 0 | 1 },
    region: leg.region,
    lines,
    blocked: (x, y) => context.obstacles.holdsStrictly(x, y, shrink),
    bendCost: BEND_COST,
    traffic: {
      stretches: context.routed.query(leg.region),
      overlapCost: OVERLAP_COST,
      crossingCost: CROSSING_COST,
    },
  });
}

function ahead(point: Point, side: Side, distance: number): Point {
  const d = outward(side);
  return { x: point.x + d.dx * distance, y: point.y + d.dy * distance };
}

function boxAround(a: Point, b: Point): Box {
  return {
    left: Math.min(a.x, b.x),
    right: Math.max(a.x, b.x),
    top: Math.min(a.y, b.y),
    bottom: Math.max(a.y, b.y),
  };
}

function union(a: Box, b: Box): Box {
  return {
    left: Math.min(a.left, b.left),
    right: Math.max(a.right, b.right),
    top: Math.min(a.top, b.top),
    bottom: Math.max(a.bottom, b.bottom),
  };
}

/** Out of the source, across in the middle, into the target: orthogonal, but blind. */
function fallback(from: Point, sourceSide: Side, to: Point, targetSide: Side): Point[] {
  const start = ahead(from, sourceSide, CLEARANCE);
  const end = ahead(to, targetSide, CLEARANCE);
  const horizontalExit = sourceSide === 'left' || sourceSide === 'right';
  const middle = horizontalExit
    ? [
        { x: start.x, y: (start.y + end.y) / 2 },
        { x: end.x, y: (start.y + end.y) / 2 },
      ]
    : [
        { x: (start.x + end.x) / 2, y: start.y },
        { x: (start.x + end.x) / 2, y: end.y },
      ];
  return [from, start, ...orthogonalise(start, middle, end), to];
}

/** Inserts corners so that every step of the chain is horizontal or vertical. */
function orthogonalise(start: Point, middle: Point[], end: Point): Point[] {
  const out: Point[] = [];
  let last = start;
  for (const p of [...middle, end]) {
    if (last.x !== p.x && last.y !== p.y) out.push({ x: p.x, y: last.y });
    out.push(p);
    last = p;
  }
  return out;
}
