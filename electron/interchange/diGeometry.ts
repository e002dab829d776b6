import { firstChild, NS, attr, childrenOf, type XmlElement } from './xmlIndex';

/*
 * Diagram interchange geometry: reading bounds and waypoints from the source text, the
 * mapping between BPMN diagram coordinates and RoleFlow's (lanes are horizontal bands that
 * start at y = 0), and a simple orthogonal route for edges RoleFlow has to draw itself.
 */

export type Bounds = { x: number; y: number; width: number; height: number };
export type Point = { x: number; y: number };

/**
 * RoleFlow coordinates = diagram coordinates shifted so the first lane starts at (0, 0).
 * `vertical`: the file draws its lanes as columns (isHorizontal="false", or side by side),
 * which RoleFlow reads as a vertical map with the same coordinates. `swap`: only for maps
 * imported before RoleFlow had vertical maps, which turned vertical lanes into horizontal
 * bands by swapping the axes of each shape's centre (shapes kept their width and height).
 */
export type DiTransform = { ox: number; oy: number; vertical: boolean; swap: boolean };

export const IDENTITY: DiTransform = { ox: 0, oy: 0, vertical: false, swap: false };

export function readBounds(shape: XmlElement | undefined): Bounds | undefined {
  const bounds = shape === undefined ? undefined : firstChild(shape, NS.dc, 'Bounds');
  if (bounds === undefined) return undefined;
  const x = number(attr(bounds, 'x'));
  const y = number(attr(bounds, 'y'));
  const width = number(attr(bounds, 'width'));
  const height = number(attr(bounds, 'height'));
  if (x === undefined || y === undefined || width === undefined || height === undefined) {
    return undefined;
  }
  return { x, y, width, height };
}

export function readWaypoints(edge: XmlElement): Point[] {
  const points: Point[] = [];
  for (const waypoint of childrenOf(edge, NS.di, 'waypoint')) {
    const x = number(attr(waypoint, 'x'));
    const y = number(attr(waypoint, 'y'));
    if (x !== undefined && y !== undefined) points.push({ x, y });
  }
  return points;
}

function number(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number.parseFloat(value);
  return Number.isFinite(parsed) ? parsed : undefined;
}

export function toGraph(transform: DiTransform, bounds: Bounds): Bounds {
  if (!transform.swap) {
    return { ...bounds, x: bounds.x - transform.ox, y: bounds.y - transform.oy };
  }
  const cx = bounds.x + bounds.width / 2;
  const cy = bounds.y + bounds.height / 2;
  return {
    x: cy - transform.oy - bounds.width / 2,
    y: cx - transform.ox - bounds.height / 2,
    width: bounds.width,
    height: bounds.height,
  };
}

export function fromGraph(transform: DiTransform, bounds: Bounds): Bounds {
  if (!transform.swap) {
    return { ...bounds, x: bounds.x + transform.ox, y: bounds.y + transform.oy };
  }
  const gx = bounds.x + bounds.width / 2;
  const gy = bounds.y + bounds.height / 2;
  return {
    x: gy + transform.ox - bounds.width / 2,
    y: gx + transform.oy - bounds.height / 2,
    width: bounds.width,
    height: bounds.height,
  };
}

/** A waypoint of the file in RoleFlow's coordinates (a point is a shape of no size). */
export function pointToGraph(transform: DiTransform, point: Point): Point {
  const { x, y } = toGraph(transform, { ...point, width: 0, height: 0 });
  return { x, y };
}

export function pointFromGraph(transform: DiTransform, point: Point): Point {
  const { x, y } = fromGraph(transform, { ...point, width: 0, height: 0 });
  return { x, y };
}

export function sameBounds(a: Bounds, b: Bounds): boolean {
  const close = (p: number, q: number) => Math.abs(p - q) < 0.005;
  return close(a.x, b.x) && close(a.y, b.y) && close(a.width, b.width) && close(a.height, b.height);
}

const GAP = 10;

/** An orthogonal route from the side of `source` facing `target` to the facing side. */
export function routeEdge(source: Bounds, target: Bounds): Point[] {
  const sx = source.x + source.width / 2;
  const sy = source.y + source.height / 2;
  const tx = target.x + target.width / 2;
  const ty = target.y + target.height / 2;
  const sourceRight = source.x + source.width;
  const targetRight = target.x + target.width;
  if (target.x >= sourceRight + GAP || targetRight <= source.x - GAP) {
    const rightwards = target.x >= sourceRight + GAP;
    const start = { x: rightwards ? sourceRight : source.x, y: sy };
    const end = { x: rightwards ? target.x : targetRight, y: ty };
    if (Math.abs(sy - ty) < 1) return [start, { x: end.x, y: sy }];
    const mx = (start.x + end.x) / 2;
    return [start, { x: mx, y: sy }, { x: mx, y: ty }, end];
  }
  const downwards = ty >= sy;
  const start = { x: sx, y: downwards ? source.y + source.height : source.y };
  const end = { x: tx, y: downwards ? target.y : target.y + target.height };
  if (Math.abs(sx - tx) < 1) return [start, { x: sx, y: end.y }];
  const my = (start.y + end.y) / 2;
  return [start, { x: sx, y: my }, { x: tx, y: my }, end];
}
