import { PHASE_HEADER_SIZE } from '../layout/frame';
import type { Rect } from '../layout/geometry';
import type { Orientation } from '../process';
import type { Scene } from './scene';
import { LABEL_SIZE } from './shapes';

/*
 * How a map goes onto paper. Work is done in flow space — `along` the flow (x of horizontal
 * maps, y of vertical ones) and `across` it — so one piece of code tiles both orientations.
 *
 * The scale: step labels are LABEL_SIZE units high; printed below MIN_TEXT_PT they stop being
 * readable (7 pt is about the smallest size Chinese print uses for running text, 小六号 being
 * 6.5 pt), so a tiled map is never drawn smaller than that, and never larger than
 * MAX_SCALE (screen size at 96 dpi, labels at 9 pt). A tiled map first tries to fit all its
 * lanes across one page — the way cross-functional charts continue from page to page — and
 * is cut along the flow only; when even the lanes do not fit at the readable minimum, it is
 * cut across too (between lanes where it can).
 */

export const PAPERS = {
  A4: { width: 595.28, height: 841.89 },
  A3: { width: 841.89, height: 1190.55 },
} as const;
export type Paper = keyof typeof PAPERS;

export type PictureOptions = {
  mode: 'fit' | 'tiled';
  paper: Paper;
  pageOrientation: 'portrait' | 'landscape';
};

export const MIN_TEXT_PT = 7;
export const MIN_SCALE = MIN_TEXT_PT / LABEL_SIZE;
export const MAX_SCALE = 0.75;

export const PAGE_MARGIN = 22.68; // 8 mm
export const TITLE_BLOCK_HEIGHT = 34;
export const LEGEND_HEIGHT = 12;
const GAP = 6;
/** Room kept free on both sides of a cut, for the off-page connector circles. */
const CUT_CLEARANCE = 22;

export type Interval = { start: number; end: number };
export type Tile = { row: number; column: number; along: Interval; across: Interval };

export type PagePlan = {
  orientation: Orientation;
  scale: number;
  /** Printed size of a step label, in points. */
  textPt: number;
  page: { width: number; height: number };
  /** Where the map goes on each page, in points. */
  content: Rect;
  /** The lane title strip repeated on every page (along the flow, before the lanes' body). */
  laneTitles: Interval;
  /** The phase title strip repeated on every page, if the map has phases. */
  phaseTitles: Interval | null;
  alongCuts: number[];
  acrossCuts: number[];
  rows: number;
  columns: number;
  tiles: Tile[];
  /** Where the map starts inside the content area, in points: a fitted map is centred. */
  inset: { along: number; across: number };
};

export function pageSize(options: PictureOptions): { width: number; height: number } {
  const { width, height } = PAPERS[options.paper];
  return options.pageOrientation === 'landscape'
    ? { width: height, height: width }
    : { width, height };
}

export function contentArea(page: { width: number; height: number }): Rect {
  const top = PAGE_MARGIN + TITLE_BLOCK_HEIGHT + GAP;
  return {
    x: PAGE_MARGIN,
    y: top,
    width: page.width - 2 * PAGE_MARGIN,
    height: page.height - top - PAGE_MARGIN - LEGEND_HEIGHT - GAP,
  };
}

/** A diagram rectangle in flow space (x along, y across), and back: the same swap. */
export function toFlow(rect: Rect, orientation: Orientation): Rect {
  return orientation === 'horizontal'
    ? rect
    : { x: rect.y, y: rect.x, width: rect.height, height: rect.width };
}

function merged(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  for (const interval of sorted) {
    const last = out[out.length - 1];
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else out.push({ ...interval });
  }
  return out;
}

/**
 * Cut positions splitting [start, end] into pieces of at most `capacity`, never inside a
 * blocked interval when a free place exists in the last 60% of the piece: a preferred place
 * (a phase or lane boundary) first, else the middle of the last free gap.
 */
export function chooseCuts(
  start: number,
  end: number,
  capacity: number,
  blocked: Interval[],
  preferred: number[] = [],
): number[] {
  const obstacles = merged(
    blocked.map((b) => ({ start: b.start - CUT_CLEARANCE, end: b.end + CUT_CLEARANCE })),
  );
  const free = (v: number) => !obstacles.some((o) => v > o.start && v < o.end);
  const cuts: number[] = [];
  let from = start;
  while (end - from > capacity && cuts.length < 500) {
    const limit = from + capacity;
    const earliest = from + capacity * 0.4;
    const inRange = (v: number) => v >= earliest && v <= limit;
    const good = preferred.filter((p) => inRange(p) && free(p));
    let cut = good.length > 0 ? Math.max(...good) : null;
    if (cut === null) {
      // Gaps between obstacles, latest first; the cut goes to the gap's middle where it can.
      const edges = [{ start: -Infinity, end: from }, ...obstacles, { start: end, end: Infinity }];
      for (let i = edges.length - 2; i >= 0 && cut === null; i--) {
        const gapStart = edges[i]?.end ?? from;
        const gapEnd = edges[i + 1]?.start ?? end;
        if (gapEnd <= earliest || gapStart >= limit || gapEnd <= gapStart) continue;
        cut = Math.min(limit, Math.max(earliest, (gapStart + gapEnd) / 2));
      }
    }
    cut ??= limit;
    cuts.push(cut);
    from = cut;
  }
  return cuts;
}

function intervals(start: number, cuts: number[], end: number): Interval[] {
  const points = [start, ...cuts, end];
  return points.slice(1).map((p, i) => ({ start: points[i] ?? start, end: p }));
}

/**
 * `page` defaults to the paper of `options`; the 流程说明书 passes the text area of its Word
 * page instead, so the map's pages print there at 100 % and labels keep MIN_TEXT_PT.
 */
export function planPages(
  scene: Scene,
  options: PictureOptions,
  page: { width: number; height: number } = pageSize(options),
): PagePlan {
  const { frame } = scene;
  const orientation = frame.orientation;
  const content = contentArea(page);
  const bounds = toFlow(
    {
      x: frame.bounds.left,
      y: frame.bounds.top,
      width: frame.bounds.right - frame.bounds.left,
      height: frame.bounds.bottom - frame.bounds.top,
    },
    orientation,
  );
  const footprints = [
    ...scene.steps.map((s) => s.footprint),
    ...scene.labels.map((l) => l.box),
  ].map((r) => toFlow(r, orientation));
  const laneTitles = { start: Math.min(0, bounds.x), end: frame.flowStart };
  const phaseTitles = frame.phases.length > 0 ? { start: -PHASE_HEADER_SIZE, end: 0 } : null;
  // The lanes run on past the last step on screen (room to draw); on paper they end soon after
  // it, or after the last phase.
  const lastDrawn = Math.max(
    frame.flowStart + 200,
    ...footprints.map((r) => r.x + r.width + 40),
    ...frame.phases.map((p) => toFlow(p.rect, orientation)).map((r) => r.x + r.width),
  );
  const bodyAlong = { start: frame.flowStart, end: Math.min(bounds.x + bounds.width, lastDrawn) };
  const bodyAcross = { start: phaseTitles ? 0 : bounds.y, end: bounds.y + bounds.height };
  const headAlong = laneTitles.end - laneTitles.start;
  const headAcross = phaseTitles ? PHASE_HEADER_SIZE : 0;
  const pageAlong = orientation === 'horizontal' ? content.width : content.height;
  const pageAcross = orientation === 'horizontal' ? content.height : content.width;
  const totalAlong = headAlong + bodyAlong.end - bodyAlong.start;
  const totalAcross = headAcross + bodyAcross.end - bodyAcross.start;

  let scale: number;
  let alongCuts: number[] = [];
  let acrossCuts: number[] = [];
  if (options.mode === 'fit') {
    scale = Math.min(MAX_SCALE, pageAlong / totalAlong, pageAcross / totalAcross);
  } else {
    scale = Math.max(MIN_SCALE, Math.min(MAX_SCALE, pageAcross / totalAcross));
    const blockedAlong = footprints.map((r) => ({ start: r.x, end: r.x + r.width }));
    const blockedAcross = footprints.map((r) => ({ start: r.y, end: r.y + r.height }));
    const phaseEdges = frame.phases
      .map((p) => toFlow(p.rect, orientation))
      .map((r) => r.x + r.width);
    const laneEdges = frame.lanes
      .map((l) => toFlow(l.rect, orientation))
      .map((r) => r.y + r.height);
    alongCuts = chooseCuts(
      bodyAlong.start,
      bodyAlong.end,
      pageAlong / scale - headAlong,
      blockedAlong,
      phaseEdges,
    );
    acrossCuts = chooseCuts(
      bodyAcross.start,
      bodyAcross.end,
      pageAcross / scale - headAcross,
      blockedAcross,
      laneEdges,
    );
  }
  const columns = intervals(bodyAlong.start, alongCuts, bodyAlong.end);
  const rows = intervals(bodyAcross.start, acrossCuts, bodyAcross.end);
  const tiles = rows.flatMap((across, row) =>
    columns.map((along, column) => ({ row, column, along, across })),
  );
  const inset =
    options.mode === 'fit'
      ? {
          along: Math.max(0, (pageAlong - totalAlong * scale) / 2),
          across: Math.max(0, (pageAcross - totalAcross * scale) / 2),
        }
      : { along: 0, across: 0 };
  return {
    inset,
    orientation,
    scale,
    textPt: scale * LABEL_SIZE,
    page,
    content,
    laneTitles,
    phaseTitles,
    alongCuts,
    acrossCuts,
    rows: rows.length,
    columns: columns.length,
    tiles,
  };
}
