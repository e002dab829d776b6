import type { Rect } from '../layout/geometry';
import type { NodeKind, Orientation, Point, ProcessEdge, Side } from '../process';

/*
 * The route a connector is drawn along: from a point on the source's border, through the
 * edge's stored waypoints (the one route the screen, the pictures and BPMN DI share), to a
 * point on the target's border. Without waypoints, a plain orthogonal route is made up here.
 * Ends lie on the shape's real outline (a diamond's or circle's, not its box), so the
 * arrowhead's tip touches the shape and never reaches into its text.
 */

export type Shape = { rect: Rect; kind: NodeKind };

const centre = (r: Rect): Point => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

/** The middle of a side of a box. */
function sidePoint(r: Rect, side: Side): Point {
  const c = centre(r);
  if (side === 'left') return { x: r.x, y: c.y };
  if (side === 'right') return { x: r.x + r.width, y: c.y };
  if (side === 'top') return { x: c.x, y: r.y };
  return { x: c.x, y: r.y + r.height };
}

/**
 * The side of a box facing a point: the side whose outward axis best points at it — the
 * router's rule for routes stored without sides (shared/layout/routing/sides.ts), so the
 * picture picks the side the screen does.
 */
function sideToward(r: Rect, p: Point): Side {
  const c = centre(r);
  const dx = (p.x - c.x) / Math.max(1, r.width);
  const dy = (p.y - c.y) / Math.max(1, r.height);
  if (Math.abs(dx) >= Math.abs(dy)) return dx >= 0 ? 'right' : 'left';
  return dy >= 0 ? 'bottom' : 'top';
}

const vertical = (side: Side) => side === 'top' || side === 'bottom';

/**
 * A port on the box side, lined up with `toward` where the side reaches that far (so the
 * segment to it stays straight), else the side's middle.
 */
function port(r: Rect, side: Side, toward: Point | null): Point {
  const mid = sidePoint(r, side);
  if (!toward) return mid;
  if (vertical(side) && toward.x > r.x + 2 && toward.x < r.x + r.width - 2)
    return { x: toward.x, y: mid.y };
  if (!vertical(side) && toward.y > r.y + 2 && toward.y < r.y + r.height - 2)
    return { x: mid.x, y: toward.y };
  return mid;
}

/**
 * Moves a port on the box border inward, along the axis of its side, to the shape's outline:
 * a diamond's edge or an ellipse's curve lies inside the box except at the side's middle.
 */
function onOutline(shape: Shape, p: Point, side: Side): Point {
  const { rect: r, kind } = shape;
  const c = centre(r);
  const a = r.width / 2;
  const b = r.height / 2;
  const round = kind === 'start' || kind === 'end';
  if (kind !== 'decision' && !round) return p;
  if (vertical(side)) {
    const t = Math.min(1, Math.abs(p.x - c.x) / a);
    const depth = b * (round ? Math.sqrt(1 - t * t) : 1 - t);
    return { x: p.x, y: side === 'top' ? c.y - depth : c.y + depth };
  }
  const t = Math.min(1, Math.abs(p.y - c.y) / b);
  const depth = a * (round ? Math.sqrt(1 - t * t) : 1 - t);
  return { x: side === 'left' ? c.x - depth : c.x + depth, y: p.y };
}

/** Adds an elbow wherever two consecutive points are on neither axis, and drops repeats. */
export function orthogonalise(points: Point[], firstVertical: boolean): Point[] {
  const out: Point[] = [];
  let lastVertical = firstVertical;
  for (const p of points) {
    const prev = out[out.length - 1];
    if (!prev) {
      out.push(p);
      continue;
    }
    if (Math.abs(prev.x - p.x) < 0.01 && Math.abs(prev.y - p.y) < 0.01) continue;
    if (Math.abs(prev.x - p.x) > 0.01 && Math.abs(prev.y - p.y) > 0.01) {
      // Keep the direction the route was going in for the first leg of the elbow.
      out.push(lastVertical ? { x: prev.x, y: p.y } : { x: p.x, y: prev.y });
    }
    const before = out[out.length - 1] ?? prev;
    lastVertical = Math.abs(before.x - p.x) < 0.01;
    out.push(p);
  }
  return out;
}

/** Turns horizontal geometry into vertical and back (a reflection in the diagonal). */
const flip = (p: Point): Point => ({ x: p.y, y: p.x });
const flipRect = (r: Rect): Rect => ({ x: r.y, y: r.x, width: r.height, height: r.width });
const FLIPPED_SIDE: Record<Side, Side> = {
  left: 'top',
  top: 'left',
  right: 'bottom',
  bottom: 'right',
};

/** Sides and bends for a connector with no stored route, worked out as if the flow ran right. */
function fallbackHorizontal(s: Rect, t: Rect): { from: Side; to: Side; bends: Point[] } {
  const sc = centre(s);
  const tc = centre(t);
  if (t.x >= s.x + s.width + 8) {
    const midX = (s.x + s.width + t.x) / 2;
    return {
      from: 'right',
      to: 'left',
      bends: [
        { x: midX, y: sc.y },
        { x: midX, y: tc.y },
      ],
    };
  }
  if (t.y >= s.y + s.height + 8) {
    const midY = (s.y + s.height + t.y) / 2;
    return {
      from: 'bottom',
      to: 'top',
      bends: [
        { x: sc.x, y: midY },
        { x: tc.x, y: midY },
      ],
    };
  }
  if (s.y >= t.y + t.height + 8) {
    const midY = (t.y + t.height + s.y) / 2;
    return {
      from: 'top',
      to: 'bottom',
      bends: [
        { x: sc.x, y: midY },
        { x: tc.x, y: midY },
      ],
    };
  }
  // A loop back in the same band: under both shapes and up into the target.
  const below = Math.max(s.y + s.height, t.y + t.height) + 18;
  return {
    from: 'bottom',
    to: 'bottom',
    bends: [
      { x: sc.x, y: below },
      { x: tc.x, y: below },
    ],
  };
}

export function routeOf(
  edge: Pick<ProcessEdge, 'waypoints' | 'sourceSide' | 'targetSide'>,
  source: Shape,
  target: Shape,
  orientation: Orientation,
): Point[] {
  const waypoints = edge.waypoints ?? [];
  let from: Side;
  let to: Side;
  let bends: Point[];
  if (waypoints.length > 0) {
    const first = waypoints[0] ?? centre(target.rect);
    const last = waypoints[waypoints.length - 1] ?? centre(source.rect);
    from = edge.sourceSide ?? sideToward(source.rect, first);
    to = edge.targetSide ?? sideToward(target.rect, last);
    bends = waypoints;
  } else if (orientation === 'horizontal') {
    ({ from, to, bends } = fallbackHorizontal(source.rect, target.rect));
  } else {
    const turned = fallbackHorizontal(flipRect(source.rect), flipRect(target.rect));
    from = FLIPPED_SIDE[turned.from];
    to = FLIPPED_SIDE[turned.to];
    bends = turned.bends.map(flip);
  }
  if (waypoints.length === 0) {
    from = edge.sourceSide ?? from;
    to = edge.targetSide ?? to;
  }
  const start = onOutline(source, port(source.rect, from, bends[0] ?? null), from);
  const end = onOutline(target, port(target.rect, to, bends[bends.length - 1] ?? null), to);
  const points = orthogonalise([start, ...bends, end], vertical(from));
  // The last leg must arrive square to the target's side: add a short stub if it does not.
  const beforeEnd = points[points.length - 2];
  if (beforeEnd && vertical(to) !== Math.abs(beforeEnd.x - end.x) < 0.01) {
    const stub = 14;
    const out =
      to === 'left'
        ? { x: end.x - stub, y: end.y }
        : to === 'right'
          ? { x: end.x + stub, y: end.y }
          : to === 'top'
            ? { x: end.x, y: end.y - stub }
            : { x: end.x, y: end.y + stub };
    return orthogonalise([...points.slice(0, -1), out, end], vertical(from));
  }
  return points;
}
