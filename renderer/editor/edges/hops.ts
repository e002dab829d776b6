import type { Point } from '../../../shared/process';

/*
 * Line hops (跨线): where two connectors cross, the horizontal one jumps over the vertical one
 * with a small arc, so a reader can follow each line through the crossing — as Visio draws.
 */

type Segment = { a: Point; b: Point; route: number };

/** Hop x positions per route, for each horizontal segment crossed by another route's vertical one. */
export function hopsOf(routes: readonly (readonly Point[])[]): Point[][] {
  const horizontal: Segment[] = [];
  const vertical: Segment[] = [];
  routes.forEach((route, index) => {
    for (let i = 0; i + 1 < route.length; i += 1) {
      const a = route[i] as Point;
      const b = route[i + 1] as Point;
      if (a.y === b.y && a.x !== b.x) horizontal.push({ a, b, route: index });
      else if (a.x === b.x && a.y !== b.y) vertical.push({ a, b, route: index });
    }
  });
  const hops: Point[][] = routes.map(() => []);
  if (horizontal.length === 0 || vertical.length === 0) return hops;
  // Vertical segments sorted by x, so each horizontal one looks only at those within its span.
  vertical.sort((s, t) => s.a.x - t.a.x);
  const xs = vertical.map((segment) => segment.a.x);
  for (const segment of horizontal) {
    const left = Math.min(segment.a.x, segment.b.x);
    const right = Math.max(segment.a.x, segment.b.x);
    for (
      let i = firstAtLeast(xs, left);
      i < vertical.length && (xs[i] ?? Infinity) < right;
      i += 1
    ) {
      const other = vertical[i] as Segment;
      if (other.route === segment.route || other.a.x <= left) continue;
      const top = Math.min(other.a.y, other.b.y);
      const bottom = Math.max(other.a.y, other.b.y);
      if (segment.a.y > top && segment.a.y < bottom) {
        hops[segment.route]?.push({ x: other.a.x, y: segment.a.y });
      }
    }
  }
  return hops;
}

function firstAtLeast(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] ?? Infinity) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Radius of a hop's arc, in diagram units. */
export const HOP_RADIUS = 5;

/**
 * SVG path data of an orthogonal route, with an arc over each hop lying on a horizontal
 * segment (hops closer than an arc to a corner are left out: there is no room to jump).
 */
export function pathWithHops(route: readonly Point[], hops: readonly Point[]): string {
  const first = route[0];
  if (!first) return '';
  let d = `M ${first.x} ${first.y}`;
  for (let i = 0; i + 1 < route.length; i += 1) {
    const a = route[i] as Point;
    const b = route[i + 1] as Point;
    if (a.y === b.y && hops.length > 0) {
      const direction = Math.sign(b.x - a.x);
      const onSegment = hops
        .filter(
          (hop) =>
            hop.y === a.y &&
            Math.min(a.x, b.x) + HOP_RADIUS < hop.x &&
            hop.x < Math.max(a.x, b.x) - HOP_RADIUS,
        )
        .sort((p, q) => (p.x - q.x) * direction);
      let lastX = a.x;
      for (const hop of onSegment) {
        const start = hop.x - HOP_RADIUS * direction;
        if ((start - lastX) * direction < 0) continue;
        const end = hop.x + HOP_RADIUS * direction;
        d += ` L ${start} ${a.y} A ${HOP_RADIUS} ${HOP_RADIUS} 0 0 ${direction > 0 ? 1 : 0} ${end} ${a.y}`;
        lastX = end;
      }
    }
    d += ` L ${b.x} ${b.y}`;
  }
  return d;
}
