import type { Orientation, Point, Side } from '../../process';
import type { Rect } from '../geometry';

/*
 * Where a connector meets a shape. The port of a side is that side's midpoint — the one
 * point every drawer (canvas, pictures, BPMN DI) can compute alone from the shape and the
 * side — so a stored route is the polyline port → waypoints → port, drawn the same by all.
 */

/** A unit step along one axis. */
export type Direction = { dx: -1 | 0 | 1; dy: -1 | 0 | 1 };

const OUTWARD: Readonly<Record<Side, Direction>> = {
  top: { dx: 0, dy: -1 },
  right: { dx: 1, dy: 0 },
  bottom: { dx: 0, dy: 1 },
  left: { dx: -1, dy: 0 },
};

/** The direction a connector leaves a shape by this side. */
export function outward(side: Side): Direction {
  return OUTWARD[side];
}

export function opposite(side: Side): Side {
  switch (side) {
    case 'top':
      return 'bottom';
    case 'bottom':
      return 'top';
    case 'left':
      return 'right';
    case 'right':
      return 'left';
  }
}

/** The midpoint of a side of the shape: where a connector on that side starts or ends. */
export function portPoint(rect: Rect, side: Side): Point {
  switch (side) {
    case 'top':
      return { x: rect.x + rect.width / 2, y: rect.y };
    case 'bottom':
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height };
    case 'left':
      return { x: rect.x, y: rect.y + rect.height / 2 };
    case 'right':
      return { x: rect.x + rect.width, y: rect.y + rect.height / 2 };
  }
}

/**
 * The side of a shape facing a point — for routes stored without sides (an imported BPMN
 * file's waypoints): the side whose outward axis best points at it.
 */
export function sideFacing(rect: Rect, point: Point): Side {
  const dx = (point.x - (rect.x + rect.width / 2)) / Math.max(1, rect.width);
  const dy = (point.y - (rect.y + rect.height / 2)) / Math.max(1, rect.height);
  if (Math.abs(dx) >= Math.abs(dy)) return dx >= 0 ? 'right' : 'left';
  return dy >= 0 ? 'bottom' : 'top';
}

/** The sides that look along and against the flow, and to either side of it. */
export type FlowSides = { forward: Side; backward: Side; acrossPlus: Side; acrossMinus: Side };

export function flowSides(orientation: Orientation): FlowSides {
  return orientation === 'horizontal'
    ? { forward: 'right', backward: 'left', acrossPlus: 'bottom', acrossMinus: 'top' }
    : { forward: 'bottom', backward: 'top', acrossPlus: 'right', acrossMinus: 'left' };
}

/** A shape's extent along the flow (a0 … a1) and across it (c0 … c1). */
export type FlowExtent = { a0: number; a1: number; c0: number; c1: number };

export function flowExtent(orientation: Orientation, rect: Rect): FlowExtent {
  return orientation === 'horizontal'
    ? { a0: rect.x, a1: rect.x + rect.width, c0: rect.y, c1: rect.y + rect.height }
    : { a0: rect.y, a1: rect.y + rect.height, c0: rect.x, c1: rect.x + rect.width };
}

/**
 * The sides a connector takes when the user chose none, by where the target lies from the
 * source along the flow:
 *  - ahead of it: out of the forward side, into the backward side (a Z when lanes differ);
 *  - beside it (the same column of a horizontal map): out towards it, in from facing it;
 *  - behind it (a rework loop): out and in across the flow, so the loop runs round the
 *    steps between them instead of back through them — under both when they share a row,
 *    otherwise leaving towards the target's row and entering on the side facing the source.
 */
export function chooseSides(
  orientation: Orientation,
  source: Rect,
  target: Rect,
): { sourceSide: Side; targetSide: Side } {
  const s = flowExtent(orientation, source);
  const t = flowExtent(orientation, target);
  const sides = flowSides(orientation);
  const below = t.c0 >= s.c1;
  const above = t.c1 <= s.c0;
  if (t.a0 >= s.a1) return { sourceSide: sides.forward, targetSide: sides.backward };
  if (t.a1 > s.a0 && (below || above)) {
    return below
      ? { sourceSide: sides.acrossPlus, targetSide: sides.acrossMinus }
      : { sourceSide: sides.acrossMinus, targetSide: sides.acrossPlus };
  }
  if (below) return { sourceSide: sides.acrossPlus, targetSide: sides.acrossMinus };
  if (above) return { sourceSide: sides.acrossMinus, targetSide: sides.acrossPlus };
  return { sourceSide: sides.acrossPlus, targetSide: sides.acrossPlus };
}
