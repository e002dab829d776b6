import type { Rect } from '../layout/geometry';
import type { Point } from '../process';
import { arrowHead } from './connectors';
import type { OffPageMark } from './offPage';
import { COLOURS, escapeXml, n, textBlock } from './svg';
import { textWidth } from './text';
import { toFlow, type PagePlan } from './tiling';
import { fill, type PictureLabels } from './titleBlock';

/*
 * An off-page connector as drawn on one of its two pages: a circle at the cut with its label
 * (A1 …), an arrowhead into it on the page the connector leaves, and a small "to page n" /
 * "from page n" note beside it where nothing else is.
 */

const MARK_RADIUS = 9;
const NOTE_SIZE = 10;

const intersects = (a: Rect, b: Rect, slack = 0) =>
  a.x < b.x + b.width + slack &&
  b.x < a.x + a.width + slack &&
  a.y < b.y + b.height + slack &&
  b.y < a.y + a.height + slack;

/**
 * Where the "to page n" note of an off-page connector goes: beside the circle on the page's
 * side of the cut, on whichever side of the line no step or label occupies (flow space in,
 * the note's centre in diagram units out); nowhere if both are taken.
 */
function notePlace(
  mark: OffPageMark,
  lower: boolean,
  plan: PagePlan,
  width: number,
  obstacles: Rect[],
): Point | null {
  const horizontal = plan.orientation === 'horizontal';
  const height = NOTE_SIZE * 1.3;
  // The note's extent along the flow and across it (its text always runs left to right).
  const [noteAlong, noteAcross] = horizontal ? [width, height] : [height, width];
  const inward = (at: number, size: number) => (lower ? at - size : at);
  const gap = MARK_RADIUS + 3;
  const candidates: Rect[] =
    mark.cut === 'along'
      ? [-1, 1].map((side) => ({
          x: inward(mark.along, noteAlong),
          y: side < 0 ? mark.across - gap - noteAcross : mark.across + gap,
          width: noteAlong,
          height: noteAcross,
        }))
      : [-1, 1].map((side) => ({
          x: side < 0 ? mark.along - gap - noteAlong : mark.along + gap,
          y: inward(mark.across, noteAcross),
          width: noteAlong,
          height: noteAcross,
        }));
  const free = candidates.find((box) => !obstacles.some((o) => intersects(o, box, 2)));
  if (!free) return null;
  obstacles.push(free);
  const box = toFlow(free, plan.orientation);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The circle of a mark on the lower or upper side of its cut, in flow space. */
export function markCircle(mark: OffPageMark, lower: boolean): Rect {
  const sign = lower ? -1 : 1;
  const x = mark.cut === 'along' ? mark.along + sign * MARK_RADIUS : mark.along;
  const y = mark.cut === 'along' ? mark.across : mark.across + sign * MARK_RADIUS;
  return {
    x: x - MARK_RADIUS,
    y: y - MARK_RADIUS,
    width: 2 * MARK_RADIUS,
    height: 2 * MARK_RADIUS,
  };
}

export function offPageSvg(
  mark: OffPageMark,
  lower: boolean,
  plan: PagePlan,
  otherPage: number,
  labels: PictureLabels,
  /** What the note must keep clear of, in flow space; the note placed is added to it. */
  obstacles: Rect[],
): string {
  const sign = lower ? -1 : 1;
  const centreFlow =
    mark.cut === 'along'
      ? { x: mark.along + sign * MARK_RADIUS, y: mark.across }
      : { x: mark.along, y: mark.across + sign * MARK_RADIUS };
  const toDiagram = (p: Point): Point =>
    plan.orientation === 'horizontal' ? p : { x: p.y, y: p.x };
  const c = toDiagram(centreFlow);
  const parts: string[] = [];
  const leaving = lower === mark.forward;
  if (leaving) {
    const step = (d: number): Point =>
      toDiagram(
        mark.cut === 'along'
          ? { x: centreFlow.x + d, y: centreFlow.y }
          : { x: centreFlow.x, y: centreFlow.y + d },
      );
    parts.push(arrowHead(step(-sign * (MARK_RADIUS + 8)), step(-sign * MARK_RADIUS)));
  }
  parts.push(
    `<circle cx="${n(c.x)}" cy="${n(c.y)}" r="${MARK_RADIUS}" fill="#ffffff" stroke="${COLOURS.connector}" stroke-width="1.3"/>`,
    textBlock({ size: 7.5, lines: [mark.label] }, c.x, c.y, {
      weight: 700,
      colour: COLOURS.connector,
    }),
  );
  const note = fill(leaving ? labels.toPage : labels.fromPage, { n: otherPage });
  const at = notePlace(mark, lower, plan, textWidth(note, NOTE_SIZE), obstacles);
  if (at)
    parts.push(
      textBlock({ size: NOTE_SIZE, lines: [note] }, at.x, at.y, { colour: COLOURS.muted }),
    );
  return `<g data-offpage="${escapeXml(mark.label)}">${parts.join('')}</g>`;
}
