import type { Rect } from '../layout/geometry';
import type { Point } from '../process';
import type { OffPageMark } from './offPage';
import { markCircle, offPageSvg } from './offPageSvg';
import type { Scene } from './scene';
import { COLOURS, escapeXml, FONT_FAMILY, n, textBlock } from './svg';
import { fitText } from './text';
import {
  toFlow,
  type Interval,
  type PagePlan,
  LEGEND_HEIGHT,
  PAGE_MARGIN,
  TITLE_BLOCK_HEIGHT,
} from './tiling';
import { legend, titleBlock, type PictureInfo, type PictureLabels } from './titleBlock';

/*
 * One page as a standalone SVG in points: title block, the map's window for this tile with the
 * lane titles (and phase titles) repeated beside it, off-page connectors at the cuts, legend.
 * Each region is the scene drawn through a clip, scaled from diagram units to points.
 */

const MM_PER_PT = 25.4 / 72;

const intersects = (a: Rect, b: Rect, slack = 0) =>
  a.x < b.x + b.width + slack &&
  b.x < a.x + a.width + slack &&
  a.y < b.y + b.height + slack &&
  b.y < a.y + a.height + slack;

function intersection(a: Rect, b: Rect): Rect | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

type Region = { window: Rect; at: Point };

function regionSvg(id: string, region: Region, scale: number, body: string): string {
  const { window: w, at } = region;
  return (
    `<g transform="translate(${n(at.x)} ${n(at.y)}) scale(${scale}) translate(${n(-w.x)} ${n(-w.y)})">` +
    `<defs><clipPath id="${id}"><rect x="${n(w.x)}" y="${n(w.y)}" width="${n(w.width)}" height="${n(w.height)}"/></clipPath></defs>` +
    `<g clip-path="url(#${id})">${body}</g></g>`
  );
}

/** Narrower than this, a title with Latin words in it is turned to read upwards. */
const NARROW_TITLE = 48;

function titleCell(rect: Rect, visible: Rect, name: string, fillColour: string): string {
  const cx = visible.x + visible.width / 2;
  const cy = visible.y + visible.height / 2;
  // Chinese stacks well one character per line in a narrow column; Latin words do not, so
  // those are set along the column and turned, as Visio sets lane titles.
  const turned =
    visible.width < NARROW_TITLE && visible.height > visible.width && /[A-Za-z]{3}/.test(name);
  const [across, along] = turned
    ? [visible.height - 12, visible.width - 8]
    : [visible.width - 12, visible.height - 10];
  const set = fitText(name, Math.max(across, 8), Math.max(along, 8), 13, 6);
  const text = textBlock(set, cx, cy, { weight: 700, colour: '#17324d' });
  return (
    `<rect x="${n(rect.x)}" y="${n(rect.y)}" width="${n(rect.width)}" height="${n(rect.height)}" fill="${fillColour}" stroke="${COLOURS.laneLine}" stroke-width="1.2"/>` +
    (turned ? `<g transform="rotate(-90 ${n(cx)} ${n(cy)})">${text}</g>` : text)
  );
}

function laneTitles(scene: Scene, window: Rect): string {
  return scene.frame.lanes
    .map((lane) => {
      const visible = intersection(lane.header, window);
      return visible ? titleCell(lane.header, visible, lane.name, COLOURS.laneTitle) : '';
    })
    .join('');
}

function phaseTitles(scene: Scene, window: Rect): string {
  return scene.frame.phases
    .map((phase) => {
      const visible = intersection(phase.header, window);
      return visible ? titleCell(phase.header, visible, phase.name, COLOURS.phaseTitle) : '';
    })
    .join('');
}

function body(scene: Scene, window: Rect, marks: string): string {
  const parts: string[] = [];
  scene.frame.lanes.forEach((lane, i) => {
    if (!intersects(lane.rect, window)) return;
    const r = lane.rect;
    parts.push(
      `<rect x="${n(r.x)}" y="${n(r.y)}" width="${n(r.width)}" height="${n(r.height)}" fill="${COLOURS.laneBand[i % 2]}" stroke="${COLOURS.laneLine}" stroke-width="1.2"/>`,
    );
  });
  for (const phase of scene.frame.phases) {
    const r = phase.rect;
    if (intersects(r, window))
      parts.push(
        `<rect x="${n(r.x)}" y="${n(r.y)}" width="${n(r.width)}" height="${n(r.height)}" fill="none" stroke="#9fb0c2" stroke-width="1" stroke-dasharray="6 4"/>`,
      );
  }
  for (const route of scene.routes) if (intersects(route.bounds, window, 12)) parts.push(route.svg);
  for (const step of scene.steps) if (intersects(step.footprint, window)) parts.push(step.svg);
  for (const label of scene.labels) {
    const cx = label.box.x + label.box.width / 2;
    const cy = label.box.y + label.box.height / 2;
    if (
      cx >= window.x &&
      cx < window.x + window.width &&
      cy >= window.y &&
      cy < window.y + window.height
    )
      parts.push(label.svg);
  }
  parts.push(marks);
  return parts.join('');
}

export function renderPage(
  scene: Scene,
  plan: PagePlan,
  marks: readonly OffPageMark[],
  tileIndex: number,
  info: PictureInfo,
  labels: PictureLabels,
): string {
  const tile = plan.tiles[tileIndex];
  if (!tile) throw new Error(`No page ${tileIndex + 1}`);
  const { page, content, scale: s, orientation } = plan;
  const headAlong = plan.laneTitles.end - plan.laneTitles.start;
  const headAcross = plan.phaseTitles ? plan.phaseTitles.end - plan.phaseTitles.start : 0;
  const place = (along: Interval, across: Interval, alongPt: number, acrossPt: number): Region => ({
    window: toFlow(
      {
        x: along.start,
        y: across.start,
        width: along.end - along.start,
        height: across.end - across.start,
      },
      orientation,
    ),
    at:
      orientation === 'horizontal'
        ? { x: content.x + plan.inset.along + alongPt, y: content.y + plan.inset.across + acrossPt }
        : {
            x: content.x + plan.inset.across + acrossPt,
            y: content.y + plan.inset.along + alongPt,
          },
  });
  const bodyRegion = place(tile.along, tile.across, headAlong * s, headAcross * s);
  // Steps, labels and this page's circles in flow space, for the off-page notes to keep clear of.
  const obstacles = [
    ...[...scene.steps.map((s) => s.footprint), ...scene.labels.map((l) => l.box)].map((r) =>
      toFlow(r, orientation),
    ),
    ...marks.flatMap((mark) =>
      mark.lowerTile === tileIndex
        ? [markCircle(mark, true)]
        : mark.upperTile === tileIndex
          ? [markCircle(mark, false)]
          : [],
    ),
  ];
  const marksSvg = marks
    .map((mark) => {
      if (mark.lowerTile === tileIndex)
        return offPageSvg(mark, true, plan, mark.upperTile + 1, labels, obstacles);
      if (mark.upperTile === tileIndex)
        return offPageSvg(mark, false, plan, mark.lowerTile + 1, labels, obstacles);
      return '';
    })
    .join('');
  const id = `p${tileIndex + 1}`;
  const regions = [
    regionSvg(`${id}-body`, bodyRegion, s, body(scene, bodyRegion.window, marksSvg)),
  ];
  const laneRegion = place(plan.laneTitles, tile.across, 0, headAcross * s);
  regions.push(regionSvg(`${id}-lanes`, laneRegion, s, laneTitles(scene, laneRegion.window)));
  if (plan.phaseTitles) {
    const phaseRegion = place(tile.along, plan.phaseTitles, headAlong * s, 0);
    regions.push(regionSvg(`${id}-phases`, phaseRegion, s, phaseTitles(scene, phaseRegion.window)));
  }
  const titleBox = {
    x: PAGE_MARGIN,
    y: PAGE_MARGIN,
    width: page.width - 2 * PAGE_MARGIN,
    height: TITLE_BLOCK_HEIGHT,
  };
  const legendBox = {
    x: PAGE_MARGIN,
    y: page.height - PAGE_MARGIN - LEGEND_HEIGHT,
    width: page.width - 2 * PAGE_MARGIN,
    height: LEGEND_HEIGHT,
  };
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(page.width * MM_PER_PT)}mm" height="${n(page.height * MM_PER_PT)}mm" viewBox="0 0 ${n(page.width)} ${n(page.height)}" font-family="${escapeXml(FONT_FAMILY)}">`,
    `<rect x="0" y="0" width="${n(page.width)}" height="${n(page.height)}" fill="#ffffff"/>`,
    titleBlock(titleBox, info, labels, tileIndex + 1, plan.tiles.length),
    ...regions,
    legend(legendBox, scene.marks, labels, marks.length > 0),
    '</svg>',
  ].join('\n');
}
