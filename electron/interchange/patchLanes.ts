import { type Lane } from '../../shared/process';
import { isFlowNodeKind } from './bpmnKinds';
import { element, shapeMarkup, textElement, type Names } from './bpmnMarkup';
import { appendRank, PROCESS_RANK, rankInProcess } from './bpmnOrder';
import { fromGraph, readBounds, sameBounds, type Bounds } from './diGeometry';
import { addDi, processNames, removeDiOf, xmlIdOf, type PatchContext } from './patchContext';
import { setShapeBounds } from './patchDi';
import { ROLEFLOW_NS } from './roleflowSchema';
import { nameIn } from './xmlEditor';
import { firstChild, NS } from './xmlIndex';

/*
 * Lanes of an imported process: renamed, added (inside the process's lane set, which is
 * created if the process had none), removed, and — when their order or sizes changed in
 * RoleFlow, or nodes moved past their end — drawn again as stacked bands, with the pool
 * around them resized to match. Untouched lanes keep their diagram exactly.
 */

const MARGIN = 20;
const HEADER = 30;
const MIN_LENGTH = 600;

export function patchLanes(ctx: PatchContext): void {
  const { base, editor } = ctx;
  for (const source of base.lanes.values()) {
    const lane = ctx.now.lanes.get(source.lane.id);
    if (lane === undefined) {
      editor.removeElement(source.element);
      removeDiOf(ctx, source.lane.id);
    } else if (laneName(ctx, lane) !== source.lane.name) {
      editor.setAttribute(source.element, 'name', laneName(ctx, lane));
    }
  }
  const added = ctx.input.graph.lanes.filter((lane) => !base.lanes.has(lane.id));
  if (added.length > 0) addLanes(ctx, added);
  drawLanes(ctx);
}

/**
 * The owner's name wins over the lane's, unless they differ only in surrounding white space:
 * a lane " Clerk" bound to the role "Clerk" keeps its name as the file wrote it.
 */
function laneName(ctx: PatchContext, lane: Lane): string {
  const owner = ctx.input.laneRoleNames?.[lane.id];
  return owner === undefined || owner.trim() === lane.name.trim() ? lane.name : owner;
}

function addLanes(ctx: PatchContext, lanes: Lane[]): void {
  const names = processNames(ctx);
  const markup = lanes.map((lane) => {
    const refs = ctx.input.graph.nodes
      .filter((node) => node.laneId === lane.id && isFlowNodeKind(node.kind))
      .map((node) => textElement(names.qualify('flowNodeRef'), xmlIdOf(ctx, node.id)))
      .join('');
    return element(
      names.qualify('lane'),
      [
        ['id', xmlIdOf(ctx, lane.id)],
        ['name', laneName(ctx, lane)],
      ],
      laneRefMarkup(ctx, lane, names) + refs,
    );
  });
  const laneSet = firstChild(ctx.base.element, NS.bpmn, 'laneSet');
  if (laneSet) {
    for (const lane of markup) ctx.editor.insertChild(laneSet, lane, 0, appendRank);
    return;
  }
  ctx.editor.insertChild(
    ctx.base.element,
    element(
      names.qualify('laneSet'),
      [['id', ctx.ids.claim('LaneSet_1')]],
      markup.join(''),
      names.declaration,
    ),
    PROCESS_RANK.laneSet,
    rankInProcess,
  );
}

/**
 * A new lane bound to a role or department names it by stable key, as a fresh export does.
 * Lanes that came from the file are left as the file wrote them (an unchanged export stays
 * byte-identical); they bind by name on import.
 */
function laneRefMarkup(ctx: PatchContext, lane: Lane, names: Names): string {
  const { owner } = lane;
  const roleKey = owner.kind === 'role' ? ctx.input.refs?.role(owner.roleId)?.key : undefined;
  const departmentKey =
    owner.kind === 'department' ? ctx.input.refs?.department(owner.departmentId)?.key : undefined;
  if (roleKey === undefined && departmentKey === undefined) return '';
  const roleflow = nameIn(ctx.base.element, ROLEFLOW_NS, 'roleflow');
  const ref = element(
    roleflow.qualify('lane'),
    [
      ['roleKey', roleKey],
      ['departmentKey', departmentKey],
    ],
    '',
    roleflow.declaration,
  );
  return element(names.qualify('extensionElements'), [], ref);
}

/** Along-band extent (x range for horizontal lanes) of the lanes as drawn in the source. */
function baseExtent(ctx: PatchContext): { start: number; end: number } | undefined {
  const vertical = ctx.base.transform.vertical;
  const drawn = [...ctx.base.lanes.values()]
    .map((lane) => lane.bounds)
    .filter((b): b is Bounds => b !== undefined);
  if (drawn.length === 0) return undefined;
  return {
    start: Math.min(...drawn.map((b) => (vertical ? b.y : b.x))),
    end: Math.max(...drawn.map((b) => (vertical ? b.y + b.height : b.x + b.width))),
  };
}

function drawLanes(ctx: PatchContext): void {
  const lanes = ctx.input.graph.lanes;
  if (lanes.length === 0) {
    growPool(ctx);
    return;
  }
  const vertical = ctx.base.transform.vertical;
  const along = (b: Bounds) =>
    vertical ? { start: b.y, end: b.y + b.height } : { start: b.x, end: b.x + b.width };
  const old = baseExtent(ctx);
  // Lanes the source drew stretch only for nodes RoleFlow moved or added, so an untouched
  // file stays as it is. New lanes in a process the source drew without lanes span every
  // node from RoleFlow's origin, as the editor shows them.
  const reach =
    old === undefined ? ctx.input.graph.nodes : [...ctx.moved].map((id) => ctx.now.nodes.get(id));
  const extents = reach
    .filter((node) => node !== undefined)
    .map((node) => along(fromGraph(ctx.base.transform, node)));
  const origin = vertical ? ctx.base.transform.ox : ctx.base.transform.oy;
  const alongOrigin = vertical ? ctx.base.transform.oy : ctx.base.transform.ox;
  const start = Math.min(old?.start ?? alongOrigin, ...extents.map((e) => e.start - MARGIN));
  const end = Math.max(old?.end ?? alongOrigin + MIN_LENGTH, ...extents.map((e) => e.end + MARGIN));
  const sameLanes =
    lanes.length === ctx.base.graph.lanes.length &&
    lanes.every(
      (lane, i) =>
        lane.id === ctx.base.graph.lanes[i]?.id && lane.size === ctx.base.graph.lanes[i]?.size,
    ) &&
    [...ctx.base.lanes.values()].every((lane) => lane.bounds !== undefined);
  if (sameLanes && old !== undefined && start >= old.start && end <= old.end) return;
  let cross = origin;
  for (const lane of lanes) {
    const bounds: Bounds = vertical
      ? { x: cross, y: start, width: lane.size, height: end - start }
      : { x: start, y: cross, width: end - start, height: lane.size };
    cross += lane.size;
    const source = ctx.base.lanes.get(lane.id);
    if (source?.shape && source.bounds) {
      if (!sameBounds(bounds, source.bounds)) setShapeBounds(ctx, source.shape, bounds);
    } else {
      const id = xmlIdOf(ctx, lane.id);
      addDi(ctx, (names, declare) =>
        shapeMarkup(
          names,
          ctx.ids.claim(`${id}_di`),
          id,
          bounds,
          [['isHorizontal', String(!vertical)]],
          declare,
        ),
      );
    }
  }
  resizePool(ctx, { start, end }, origin, cross - origin, old);
}

/** The pool keeps its name band and trailing space around the redrawn lanes. */
function resizePool(
  ctx: PatchContext,
  extent: { start: number; end: number },
  origin: number,
  thickness: number,
  old: { start: number; end: number } | undefined,
): void {
  const shape = ctx.base.participant?.shape;
  const pool = readBounds(shape);
  if (shape === undefined || pool === undefined) return;
  const vertical = ctx.base.transform.vertical;
  const poolStart = vertical ? pool.y : pool.x;
  const poolEnd = vertical ? pool.y + pool.height : pool.x + pool.width;
  const header = old === undefined ? HEADER : Math.max(0, old.start - poolStart);
  const trailing = old === undefined ? 0 : Math.max(0, poolEnd - old.end);
  const length = extent.end - extent.start + header + trailing;
  const next: Bounds = vertical
    ? { x: origin, y: extent.start - header, width: thickness, height: length }
    : { x: extent.start - header, y: origin, width: length, height: thickness };
  if (!sameBounds(next, pool)) setShapeBounds(ctx, shape, next);
}

/** Without lanes, a pool only grows to hold the nodes RoleFlow moved or added. */
function growPool(ctx: PatchContext): void {
  const shape = ctx.base.participant?.shape;
  const pool = readBounds(shape);
  if (shape === undefined || pool === undefined) return;
  const moved = [...ctx.moved]
    .map((id) => ctx.now.nodes.get(id))
    .filter((node) => node !== undefined)
    .map((node) => fromGraph(ctx.base.transform, node));
  if (moved.length === 0) return;
  const left = Math.min(pool.x, ...moved.map((b) => b.x - MARGIN));
  const top = Math.min(pool.y, ...moved.map((b) => b.y - MARGIN));
  const right = Math.max(pool.x + pool.width, ...moved.map((b) => b.x + b.width + MARGIN));
  const bottom = Math.max(pool.y + pool.height, ...moved.map((b) => b.y + b.height + MARGIN));
  const next = { x: left, y: top, width: right - left, height: bottom - top };
  if (!sameBounds(next, pool)) setShapeBounds(ctx, shape, next);
}
