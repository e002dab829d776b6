import { boundsMarkup, diNames, waypointsMarkup } from './bpmnMarkup';
import { readBounds, readWaypoints, type Bounds, type Point } from './diGeometry';
import { type PatchContext } from './patchContext';
import { attr, childrenOf, firstChild, NS, type XmlElement } from './xmlIndex';
import { formatNumber } from './xmlText';

/*
 * Edits of existing diagram elements: new bounds for a shape, a new route for an edge, and
 * the translation of what moves with a shape (its label, boundary events on it, the
 * contents of an expanded sub-process, the ends of connectors RoleFlow does not show).
 * Changes are collected and written once (flushDi), so two moves of one element add up
 * instead of colliding.
 */

function boundsElement(di: XmlElement): XmlElement | undefined {
  return firstChild(di, NS.dc, 'Bounds');
}

function currentBounds(ctx: PatchContext, element: XmlElement): Bounds | undefined {
  return ctx.pendingBounds.get(element) ?? readBounds(element.parent ?? undefined);
}

function currentWaypoints(ctx: PatchContext, edge: XmlElement): Point[] {
  return ctx.pendingWaypoints.get(edge) ?? readWaypoints(edge);
}

/** Sets a shape's (or label's) bounds; a shape without dc:Bounds gets one. */
export function setShapeBounds(ctx: PatchContext, shape: XmlElement, bounds: Bounds): void {
  const element = boundsElement(shape);
  if (element) {
    ctx.pendingBounds.set(element, bounds);
    return;
  }
  ctx.editor.insertChild(shape, boundsMarkup(diNames(shape).dc, bounds), 1, (child) =>
    child.local === 'extension' ? 0 : 2,
  );
}

export function setWaypoints(ctx: PatchContext, edge: XmlElement, points: Point[]): void {
  ctx.pendingWaypoints.set(edge, points);
}

/** Moves a shape (and its label) or every point of an edge (and its label). */
export function translateDi(ctx: PatchContext, di: XmlElement, dx: number, dy: number): void {
  if (di.local === 'BPMNShape') {
    const element = boundsElement(di);
    const bounds = element === undefined ? undefined : currentBounds(ctx, element);
    if (element && bounds)
      ctx.pendingBounds.set(element, { ...bounds, x: bounds.x + dx, y: bounds.y + dy });
  } else if (di.local === 'BPMNEdge') {
    const points = currentWaypoints(ctx, di).map((point) => ({ x: point.x + dx, y: point.y + dy }));
    ctx.pendingWaypoints.set(di, points);
  }
  translateLabel(ctx, di, dx, dy);
}

export function translateLabel(ctx: PatchContext, di: XmlElement, dx: number, dy: number): void {
  const label = firstChild(di, NS.bpmndi, 'BPMNLabel');
  const element = label === undefined ? undefined : boundsElement(label);
  const bounds = element === undefined ? undefined : currentBounds(ctx, element);
  if (element && bounds)
    ctx.pendingBounds.set(element, { ...bounds, x: bounds.x + dx, y: bounds.y + dy });
}

/** Shifts the first (or last) point of an edge, keeping it attached to a moved shape. */
export function shiftEnd(
  ctx: PatchContext,
  edge: XmlElement,
  end: 'first' | 'last',
  dx: number,
  dy: number,
): void {
  const points = [...currentWaypoints(ctx, edge)];
  const i = end === 'first' ? 0 : points.length - 1;
  const point = points[i];
  if (point === undefined) return;
  points[i] = { x: point.x + dx, y: point.y + dy };
  ctx.pendingWaypoints.set(edge, points);
}

export function flushDi(ctx: PatchContext): void {
  for (const [element, bounds] of ctx.pendingBounds) {
    const before = readBounds(element.parent ?? undefined);
    const values: [string, number, number | undefined][] = [
      ['x', bounds.x, before?.x],
      ['y', bounds.y, before?.y],
      ['width', bounds.width, before?.width],
      ['height', bounds.height, before?.height],
    ];
    for (const [name, value, old] of values) {
      if (old === undefined || Math.abs(old - value) >= 0.005) {
        ctx.editor.setAttribute(element, name, formatNumber(value));
      }
    }
  }
  for (const [edge, points] of ctx.pendingWaypoints) writeWaypoints(ctx, edge, points);
}

/**
 * Writes an edge's waypoints: moved points get new x/y in place (other attributes such as
 * xsi:type stay); a route with another number of points replaces the old ones, each new
 * point copying the first old point's other attributes.
 */
function writeWaypoints(ctx: PatchContext, edge: XmlElement, points: Point[]): void {
  const old = childrenOf(edge, NS.di, 'waypoint');
  const [first, ...rest] = old;
  if (old.length === points.length) {
    old.forEach((waypoint, i) => {
      const point = points[i];
      const before = readPoint(waypoint);
      if (point === undefined) return;
      if (before?.x !== point.x) ctx.editor.setAttribute(waypoint, 'x', formatNumber(point.x));
      if (before?.y !== point.y) ctx.editor.setAttribute(waypoint, 'y', formatNumber(point.y));
    });
    return;
  }
  const names = diNames(edge);
  if (first === undefined) {
    ctx.editor.insertChild(edge, waypointsMarkup(names.di, points), 1, (child) =>
      child.local === 'extension' ? 0 : 2,
    );
    return;
  }
  const template = first.attributes
    .filter((attribute) => attribute.name !== 'x' && attribute.name !== 'y')
    .map((attribute) => ctx.editor.index.text.slice(attribute.start, attribute.end));
  const indent = ctx.editor.indentOf(first);
  const separator = indent === '' ? '' : `${ctx.editor.newline}${indent}`;
  const markup = points.map(
    (point) =>
      `<${first.name}${template.map((a) => ` ${a}`).join('')} x="${formatNumber(point.x)}" y="${formatNumber(point.y)}"/>`,
  );
  ctx.editor.replaceElement(first, markup.join(separator));
  for (const element of rest) ctx.editor.removeElement(element);
}

function readPoint(waypoint: XmlElement): Point | undefined {
  const x = Number.parseFloat(attr(waypoint, 'x') ?? '');
  const y = Number.parseFloat(attr(waypoint, 'y') ?? '');
  return Number.isFinite(x) && Number.isFinite(y) ? { x, y } : undefined;
}
