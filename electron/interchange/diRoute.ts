import type { Side } from '../../shared/process';
import type { Bounds, Point } from './diGeometry';

/*
 * A connector's stored route as BPMN DI draws it: the end on the source shape's border, the
 * bends RoleFlow stores (ProcessEdge.waypoints), the end on the target's border. Each end
 * sits on the side the connector leaves or enters by (its stored side, else the side facing
 * the nearest bend), level with that bend, so the first and last segments stay orthogonal.
 */

export function routeThrough(
  source: Bounds,
  target: Bounds,
  bends: readonly Point[],
  sourceSide?: Side | null,
  targetSide?: Side | null,
): Point[] {
  const first = bends[0] ?? centre(target);
  const last = bends[bends.length - 1] ?? centre(source);
  return [border(source, first, sourceSide), ...bends, border(target, last, targetSide)];
}

/** The bends of a DI route: its points without the two ends on the shapes. */
export function bendsOf(points: readonly Point[]): Point[] {
  return points.length > 2 ? points.slice(1, -1) : [];
}

function centre(bounds: Bounds): Point {
  return { x: bounds.x + bounds.width / 2, y: bounds.y + bounds.height / 2 };
}

/** Where the connector meets `shape` on its way to (or from) `toward`. */
function border(shape: Bounds, toward: Point, side?: Side | null): Point {
  const right = shape.x + shape.width;
  const bottom = shape.y + shape.height;
  const clampX = Math.min(Math.max(toward.x, shape.x), right);
  const clampY = Math.min(Math.max(toward.y, shape.y), bottom);
  const facing = side ?? facingSide(shape, toward);
  switch (facing) {
    case 'left':
      return { x: shape.x, y: clampY };
    case 'right':
      return { x: right, y: clampY };
    case 'top':
      return { x: clampX, y: shape.y };
    case 'bottom':
      return { x: clampX, y: bottom };
  }
}

function facingSide(shape: Bounds, toward: Point): Side {
  const c = centre(shape);
  const beside = toward.y >= shape.y && toward.y <= shape.y + shape.height;
  const above = toward.x >= shape.x && toward.x <= shape.x + shape.width;
  const horizontal = beside || (!above && Math.abs(toward.x - c.x) >= Math.abs(toward.y - c.y));
  if (horizontal) return toward.x >= c.x ? 'right' : 'left';
  return toward.y >= c.y ? 'bottom' : 'top';
}
