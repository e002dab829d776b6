import type { Rect } from '../layout/geometry';
import type { Point } from '../process';
import { COLOURS, n, textBlock } from './svg';
import { fitText, LINE_HEIGHT, textWidth } from './text';

/*
 * Connectors as drawn: the route as a path with line hops where it crosses another
 * connector (a horizontal line jumps over a vertical one), an arrowhead whose tip ends on the
 * target's outline, associations dotted without an arrow, and the label on a white backing.
 */

export const HOP_RADIUS = 4.5;
const ARROW_LENGTH = 9;
const ARROW_HALF_WIDTH = 3.6;
const LABEL_SIZE = 11;
const LABEL_WIDTH = 110;

export type DrawnRoute = { id: string; points: Point[]; association: boolean };

type Segment = { a: Point; b: Point };

function segments(points: readonly Point[]): Segment[] {
  const out: Segment[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (a && b) out.push({ a, b });
  }
  return out;
}

const isVertical = (s: Segment) => Math.abs(s.a.x - s.b.x) < 0.01;
const isHorizontal = (s: Segment) => Math.abs(s.a.y - s.b.y) < 0.01;
const between = (v: number, p: number, q: number, margin: number) =>
  v > Math.min(p, q) + margin && v < Math.max(p, q) - margin;

/**
 * Where each route's horizontal segments cross another route's vertical ones, as x positions
 * per segment index. A crossing counts only away from both segments' ends: two connectors
 * meeting at a shared bend or port are joined, not crossing.
 */
export function hopsOf(routes: readonly DrawnRoute[]): Map<string, Map<number, number[]>> {
  const verticals = routes.map((route) => segments(route.points).filter(isVertical));
  const result = new Map<string, Map<number, number[]>>();
  routes.forEach((route, r) => {
    const perSegment = new Map<number, number[]>();
    segments(route.points).forEach((segment, index) => {
      if (!isHorizontal(segment)) return;
      const xs: number[] = [];
      verticals.forEach((list, other) => {
        if (other === r) return;
        for (const v of list) {
          if (
            between(v.a.x, segment.a.x, segment.b.x, HOP_RADIUS * 2) &&
            between(segment.a.y, v.a.y, v.b.y, HOP_RADIUS)
          )
            xs.push(v.a.x);
        }
      });
      if (xs.length > 0) perSegment.set(index, xs);
    });
    if (perSegment.size > 0) result.set(route.id, perSegment);
  });
  return result;
}

/** The path data of a route, its last leg shortened to the arrowhead's base. */
function pathData(
  points: Point[],
  hops: Map<number, number[]> | undefined,
  arrow: boolean,
): string {
  const legs = segments(points);
  const first = points[0];
  if (!first) return '';
  let d = `M${n(first.x)},${n(first.y)}`;
  legs.forEach((leg, index) => {
    let end = leg.b;
    if (arrow && index === legs.length - 1) {
      const length = Math.hypot(leg.b.x - leg.a.x, leg.b.y - leg.a.y);
      const cut = Math.min(ARROW_LENGTH - 1, length);
      end = {
        x: leg.b.x - ((leg.b.x - leg.a.x) / (length || 1)) * cut,
        y: leg.b.y - ((leg.b.y - leg.a.y) / (length || 1)) * cut,
      };
    }
    const xs = hops?.get(index);
    if (xs && isHorizontal(leg)) {
      const rightward = leg.b.x > leg.a.x;
      const ordered = [...xs].sort((p, q) => (rightward ? p - q : q - p));
      for (const x of ordered) {
        const before = rightward ? x - HOP_RADIUS : x + HOP_RADIUS;
        const after = rightward ? x + HOP_RADIUS : x - HOP_RADIUS;
        // The arc bulges upwards whichever way the line runs.
        d += ` L${n(before)},${n(leg.a.y)} A${HOP_RADIUS},${HOP_RADIUS} 0 0 ${rightward ? 1 : 0} ${n(after)},${n(leg.a.y)}`;
      }
    }
    d += ` L${n(end.x)},${n(end.y)}`;
  });
  return d;
}

/** An arrowhead whose tip is the route's last point. */
export function arrowHead(from: Point, tip: Point, colour: string = COLOURS.connector): string {
  const length = Math.hypot(tip.x - from.x, tip.y - from.y) || 1;
  const ux = (tip.x - from.x) / length;
  const uy = (tip.y - from.y) / length;
  const bx = tip.x - ux * ARROW_LENGTH;
  const by = tip.y - uy * ARROW_LENGTH;
  const left = { x: bx - uy * ARROW_HALF_WIDTH, y: by + ux * ARROW_HALF_WIDTH };
  const right = { x: bx + uy * ARROW_HALF_WIDTH, y: by - ux * ARROW_HALF_WIDTH };
  return `<path d="M${n(tip.x)},${n(tip.y)} L${n(left.x)},${n(left.y)} L${n(right.x)},${n(right.y)} Z" fill="${colour}"/>`;
}

export function drawRoute(route: DrawnRoute, hops: Map<number, number[]> | undefined): string {
  const arrow = !route.association;
  const style = route.association
    ? `stroke="#8c8c8c" stroke-width="1.2" stroke-dasharray="2 3"`
    : `stroke="${COLOURS.connector}" stroke-width="1.3"`;
  const path = `<path d="${pathData(route.points, hops, arrow)}" fill="none" ${style} stroke-linejoin="round"/>`;
  const tip = route.points[route.points.length - 1];
  const before = route.points[route.points.length - 2];
  return arrow && tip && before ? path + arrowHead(before, tip) : path;
}

export type DrawnLabel = { svg: string; box: Rect };

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * A connector's label on a white backing, centred at `labelAt` or, without one, beside the
 * route's first leg just after it leaves the source (where a decision's 是 / 否 belongs).
 */
export function drawLabel(
  text: string,
  points: Point[],
  labelAt: Point | undefined,
  placed: readonly DrawnLabel[] = [],
): DrawnLabel | null {
  if (!text.trim()) return null;
  const set = fitText(text, LABEL_WIDTH, LABEL_SIZE * LINE_HEIGHT * 3, LABEL_SIZE, 8);
  const width = Math.max(...set.lines.map((line) => textWidth(line, set.size))) + 6;
  const height = set.lines.length * set.size * LINE_HEIGHT + 2;
  let centre = labelAt ?? null;
  if (!centre) {
    // A short first leg is often shared by every exit of a decision: label the leg after it.
    const firstLeg = Math.hypot(
      (points[1]?.x ?? 0) - (points[0]?.x ?? 0),
      (points[1]?.y ?? 0) - (points[0]?.y ?? 0),
    );
    const leg = points.length > 2 && firstLeg < 40 ? 1 : 0;
    const a = points[leg];
    const b = points[leg + 1];
    if (!a || !b) return null;
    const along = Math.min(22, Math.hypot(b.x - a.x, b.y - a.y) / 2);
    if (Math.abs(a.y - b.y) < 0.01) {
      const dir = Math.sign(b.x - a.x) || 1;
      centre = { x: a.x + dir * (along + width / 2 - 6), y: a.y - height / 2 - 2 };
    } else {
      const dir = Math.sign(b.y - a.y) || 1;
      centre = { x: a.x + width / 2 + 3, y: a.y + dir * (along + height / 2 - 4) };
    }
  }
  let box = { x: centre.x - width / 2, y: centre.y - height / 2, width, height };
  // A label placed here (not by the router) steps aside from labels already placed.
  for (let tries = 0; !labelAt && tries < 4; tries++) {
    const clash = placed.find((other) => overlaps(other.box, box));
    if (!clash) break;
    box = { ...box, y: clash.box.y + clash.box.height + 2 };
    centre = { x: centre.x, y: box.y + height / 2 };
  }
  const svg =
    `<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(width)}" height="${n(height)}" rx="2" fill="#ffffff" fill-opacity="0.92"/>` +
    textBlock(set, centre.x, centre.y, { colour: COLOURS.ink });
  return { svg, box };
}
