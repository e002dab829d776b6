import type { Rect } from '../layout/geometry';
import type { DiagramFrame } from '../layout/frame';
import type { ProcessNode } from '../process';
import { gatewayMarkSvg } from './gatewayMark';
import { BAND, flagIcon, flagsOf, ICON, valueBand } from './marks';
import { COLOURS, escapeXml, n, textBlock } from './svg';
import { fitShaped, fitText, LINE_HEIGHT, textWidth, type SetText } from './text';

/*
 * One step drawn as consultants know the symbols (MAP-CONVENTIONS "Shapes"), with its label
 * wrapped inside the shape — never clipped: the text shrinks (down to MIN_LABEL) and wraps to
 * the shape's inner region. Start and end circles carry their label beside them.
 */

export const LABEL_SIZE = 12;
const MIN_LABEL = 6;
const PAD = 6;
/** Width of the label beside a start or end circle. */
const OUTSIDE_LABEL_WIDTH = 116;
const NUMBER_SIZE = 9;

/** The rectangle a step is drawn in: a joint activity spans every lane from its own to its joint lane. */
export function drawnRect(node: ProcessNode, frame: DiagramFrame): Rect {
  if (node.kind !== 'activity' || !node.jointLaneId || !node.laneId) return node;
  const index = (id: string) => frame.lanes.findIndex((lane) => lane.laneId === id);
  const a = index(node.laneId);
  const b = index(node.jointLaneId);
  if (a < 0 || b < 0 || a === b) return node;
  const first = frame.lanes[Math.min(a, b)]?.rect;
  const last = frame.lanes[Math.max(a, b)]?.rect;
  if (!first || !last) return node;
  const inset = 14;
  if (frame.orientation === 'horizontal') {
    const top = Math.min(node.y, first.y + inset);
    const bottom = Math.max(node.y + node.height, last.y + last.height - inset);
    return { x: node.x, y: top, width: node.width, height: bottom - top };
  }
  const left = Math.min(node.x, first.x + inset);
  const right = Math.max(node.x + node.width, last.x + last.width - inset);
  return { x: left, y: node.y, width: right - left, height: node.height };
}

/** A set label and the region it was fitted to (for tests: it must lie inside the shape). */
export type PlacedLabel = { set: SetText; region: Rect; centre: { x: number; y: number } };

export type DrawnStep = {
  svg: string;
  /** Everything the step draws, its outside label included (page cuts avoid it). */
  footprint: Rect;
  label: PlacedLabel | null;
};

function hasTopRow(node: ProcessNode): boolean {
  return typeof node.stepNumber === 'number' || flagsOf(node).length > 0;
}

/** The inner region where the label of a box-like shape goes. */
function labelRegion(node: ProcessNode, rect: Rect): Rect {
  const { x, y, width: w, height: h } = rect;
  const top = y + (node.activity?.valueClass ? BAND : 0) + (hasTopRow(node) ? ICON + 5 : PAD);
  const sides = node.kind === 'subProcess' ? 12 : PAD;
  const bottom =
    node.kind === 'document' ? y + h - 14 : node.kind === 'data' ? y + h - 8 : y + h - PAD / 2;
  const dataTop = node.kind === 'data' ? Math.max(top, y + 16) : top;
  return { x: x + sides, y: dataTop, width: w - sides * 2, height: bottom - dataTop };
}

function placeLabel(node: ProcessNode, rect: Rect, horizontal: boolean): PlacedLabel | null {
  if (!node.label.trim()) return null;
  const { x, y, width: w, height: h } = rect;
  if (node.kind === 'start' || node.kind === 'end') {
    const set = fitText(node.label, OUTSIDE_LABEL_WIDTH, 3 * 11 * LINE_HEIGHT, 11, 8);
    const height = set.lines.length * set.size * LINE_HEIGHT;
    // Below the circle when the flow runs right, beside it when the flow runs down.
    const region = horizontal
      ? { x: x + w / 2 - OUTSIDE_LABEL_WIDTH / 2, y: y + h + 3, width: OUTSIDE_LABEL_WIDTH, height }
      : { x: x + w + 6, y: y + h / 2 - height / 2, width: OUTSIDE_LABEL_WIDTH, height };
    const centre = horizontal
      ? { x: x + w / 2, y: region.y + height / 2 }
      : { x: region.x, y: y + h / 2 };
    return { set, region, centre };
  }
  if (node.kind === 'decision') {
    const half = { w: w / 2 - 4, h: h / 2 - 2 };
    // A line band fits where both its edges stay inside the diamond.
    const widthAt = (top: number, bottom: number) =>
      2 * half.w * (1 - Math.max(Math.abs(top), Math.abs(bottom)) / half.h);
    const set =
      fitShaped(node.label, half.h * 2, widthAt, LABEL_SIZE, MIN_LABEL) ??
      fitText(node.label, w / 2, h / 2, MIN_LABEL, MIN_LABEL);
    const region = { x: x + 4, y: y + 2, width: w - 8, height: h - 4 };
    return { set, region, centre: { x: x + w / 2, y: y + h / 2 } };
  }
  const region = labelRegion(node, rect);
  const set = fitText(node.label, region.width, region.height, LABEL_SIZE, MIN_LABEL);
  const centre = {
    x: node.kind === 'annotation' ? region.x : region.x + region.width / 2,
    y: region.y + region.height / 2,
  };
  return { set, region, centre };
}

function outline(node: ProcessNode, rect: Rect): string {
  const { x, y, width: w, height: h } = rect;
  const cx = x + w / 2;
  const cy = y + h / 2;
  const line = `stroke="${COLOURS.stroke}" stroke-width="1.4"`;
  switch (node.kind) {
    case 'start':
      return `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(w / 2)}" ry="${n(h / 2)}" fill="#e8f5e9" stroke="#3c8d40" stroke-width="1.6"/>`;
    case 'end':
      return `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(w / 2)}" ry="${n(h / 2)}" fill="#fdecec" stroke="#b23b3b" stroke-width="3"/>`;
    case 'decision':
      return (
        `<polygon points="${n(cx)},${n(y)} ${n(x + w)},${n(cy)} ${n(cx)},${n(y + h)} ${n(x)},${n(cy)}" fill="#fff8e6" stroke="#b7791f" stroke-width="1.4"/>` +
        gatewayMarkSvg(node.gateway, x, y, w, h, '#b7791f')
      );
    case 'document':
      return `<path d="M${n(x)},${n(y)} H${n(x + w)} V${n(y + h - 8)} C${n(x + w * 0.75)},${n(y + h - 18)} ${n(x + w * 0.5)},${n(y + h + 2)} ${n(x + w * 0.25)},${n(y + h - 4)} S${n(x)},${n(y + h - 8)} ${n(x)},${n(y + h - 8)} Z" fill="#fffbe6" ${line}/>`;
    case 'data': {
      const ry = 7;
      return (
        `<path d="M${n(x)},${n(y + ry)} V${n(y + h - ry)} A${n(w / 2)},${ry} 0 0 0 ${n(x + w)},${n(y + h - ry)} V${n(y + ry)}" fill="#eef4fb" ${line}/>` +
        `<ellipse cx="${n(cx)}" cy="${n(y + ry)}" rx="${n(w / 2)}" ry="${ry}" fill="#f7fafd" ${line}/>`
      );
    }
    case 'subProcess':
      // 预定义流程: a rectangle with double bars at both sides.
      return (
        `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" fill="#ffffff" ${line}/>` +
        `<path d="M${n(x + 8)},${n(y)} V${n(y + h)} M${n(x + w - 8)},${n(y)} V${n(y + h)}" fill="none" ${line}/>`
      );
    case 'annotation':
      return `<path d="M${n(x + 10)},${n(y)} H${n(x)} V${n(y + h)} H${n(x + 10)}" fill="none" stroke="#8c8c8c" stroke-width="1.4"/>`;
    default:
      return `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="6" fill="#ffffff" ${line}/>`;
  }
}

/** Step number at the top left and flag icons at the top right. */
function topRow(node: ProcessNode, rect: Rect): string {
  const parts: string[] = [];
  const band = node.activity?.valueClass ? BAND : 0;
  if (node.activity?.valueClass) {
    parts.push(valueBand(rect, node.activity.valueClass, node.kind === 'activity' ? 6 : 0));
  }
  const rowTop = rect.y + band + 3;
  if (typeof node.stepNumber === 'number') {
    const number = String(node.stepNumber);
    const inside = node.kind === 'activity' || node.kind === 'subProcess' || node.kind === 'data';
    const x = inside ? rect.x + (node.kind === 'subProcess' ? 11 : 5) : rect.x - 2;
    const y = inside ? rowTop : rect.y - NUMBER_SIZE * 1.3;
    parts.push(
      textBlock({ size: NUMBER_SIZE, lines: [number] }, x, y + (NUMBER_SIZE * 1.3) / 2, {
        anchor: 'start',
        weight: 700,
        colour: COLOURS.muted,
      }),
    );
  }
  const flags = flagsOf(node);
  flags.forEach((flag, i) => {
    const right = rect.x + rect.width - (node.kind === 'subProcess' ? 11 : 5);
    parts.push(flagIcon(flag, right - (flags.length - i) * (ICON + 2) + 2, rowTop));
  });
  return parts.join('');
}

/** Annotations, and start/end labels beside the circle of a vertical map, read from the left. */
function startAnchored(node: ProcessNode, frame: DiagramFrame): boolean {
  if (node.kind === 'annotation') return true;
  return (node.kind === 'start' || node.kind === 'end') && frame.orientation === 'vertical';
}

export function drawStep(node: ProcessNode, frame: DiagramFrame): DrawnStep {
  const rect = drawnRect(node, frame);
  const label = placeLabel(node, rect, frame.orientation === 'horizontal');
  const text = label
    ? textBlock(label.set, label.centre.x, label.centre.y, {
        anchor: startAnchored(node, frame) ? 'start' : 'middle',
        colour: node.kind === 'annotation' ? COLOURS.muted : COLOURS.ink,
      })
    : '';
  let footprint: Rect = rect;
  if (label && (node.kind === 'start' || node.kind === 'end')) {
    const widest = Math.max(...label.set.lines.map((l) => textWidth(l, label.set.size)));
    const left = Math.min(
      rect.x,
      label.centre.x - (frame.orientation === 'horizontal' ? widest / 2 : 0),
    );
    const right = Math.max(rect.x + rect.width, left + widest, label.region.x + widest);
    const bottom = Math.max(rect.y + rect.height, label.region.y + label.region.height);
    const top = Math.min(rect.y, label.region.y);
    footprint = { x: left, y: top, width: right - left, height: bottom - top };
  }
  const svg = `<g data-step="${escapeXml(node.id)}">${outline(node, rect)}${topRow(node, rect)}${text}</g>`;
  return { svg, footprint, label };
}
