import type { Point, ProcessEdge, ProcessGraph, ProcessNode, Side } from '../process';
import { boxOf, boxesOverlap, type Box } from './geometry';
import { labelBox, placeLabel, type LabelSpace } from './routing/labels';
import { edgePath, nodesById } from './routing/paths';
import { CLEARANCE, createContext, inflate, recordRoute } from './routing/routeContext';
import { routeBetween } from './routing/routeOne';
import { chooseSides, flowExtent, flowSides } from './routing/sides';
import { SpatialIndex } from './routing/spatialIndex';

export { edgePath, segmentCrossings, polylineCrossings, type Crossing } from './routing/paths';
export { portPoint } from './routing/sides';
export { labelBox, labelSize } from './routing/labels';

/*
 * The connector router: orthogonal routes around the shapes, stored on the edges
 * (waypoints, sides, label centre) so the screen, the pictures and BPMN DI draw one route.
 * Pure and deterministic: the same graph always gets the same routes.
 *
 * Edges are routed one at a time, the short forward ones first and the loops back last, each
 * avoiding the shapes (with CLEARANCE to spare) and paying to run on or across the routes
 * already laid (routing/routeContext.ts). Labels are placed once every route is known.
 */

export type RouteOptions = {
  /** Route only the edges that have no waypoints; the others keep theirs. */
  onlyUnrouted?: boolean;
  /**
   * Choose the sides afresh even on edges that have them (after an auto-layout has moved
   * everything). By default a side already on an edge — the user's choice — is kept.
   */
  resetSides?: boolean;
};

/** Routes every edge (or only the unrouted ones), filling waypoints, sides and labelAt. */
export function routeEdges(graph: ProcessGraph, options: RouteOptions = {}): ProcessGraph {
  const selected = graph.edges.map(
    (edge) => !options.onlyUnrouted || (edge.waypoints?.length ?? 0) === 0,
  );
  return routeSelected(graph, selected, options.resetSides ?? false);
}

/** Routes one edge (just added, or its end moved to another shape) around the others. */
export function routeEdge(
  graph: ProcessGraph,
  edgeId: string,
  options: Pick<RouteOptions, 'resetSides'> = {},
): ProcessGraph {
  const selected = graph.edges.map((edge) => edge.id === edgeId);
  return routeSelected(graph, selected, options.resetSides ?? false);
}

/**
 * After the user moved (or resized) shapes: reroutes the connectors of those shapes, those
 * whose route or label now runs through one of them, and any never routed.
 */
export function rerouteAround(
  graph: ProcessGraph,
  movedNodeIds: readonly string[],
  options: Pick<RouteOptions, 'resetSides'> = {},
): ProcessGraph {
  const moved = new Set(movedNodeIds);
  const nodes = nodesById(graph);
  const movedBoxes = [...moved].flatMap((id) => {
    const node = nodes.get(id);
    return node ? [inflate(boxOf(node), CLEARANCE / 2)] : [];
  });
  const selected = graph.edges.map((edge) => {
    if (moved.has(edge.source) || moved.has(edge.target)) return true;
    const path = edgePath(edge, nodes);
    if (!path) return true;
    if (movedBoxes.some((box) => pathMeets(path, box))) return true;
    const label = edge.labelAt && edge.label ? labelBox(edge.label, edge.labelAt) : null;
    return label !== null && movedBoxes.some((box) => boxesOverlap(box, label));
  });
  return routeSelected(graph, selected, options.resetSides ?? false);
}

function pathMeets(path: readonly Point[], box: Box): boolean {
  for (let i = 1; i < path.length; i++) {
    const a = path[i - 1];
    const b = path[i];
    if (!a || !b) continue;
    const segment = {
      left: Math.min(a.x, b.x),
      right: Math.max(a.x, b.x),
      top: Math.min(a.y, b.y),
      bottom: Math.max(a.y, b.y),
    };
    if (boxesOverlap(segment, box)) return true;
  }
  return false;
}

type Plan = { index: number; source: ProcessNode; target: ProcessNode; sides: Sides };
type Sides = { sourceSide: Side; targetSide: Side };

function routeSelected(
  graph: ProcessGraph,
  selected: readonly boolean[],
  resetSides: boolean,
): ProcessGraph {
  const context = createContext(graph);
  const nodes = context.nodes;
  const edges: ProcessEdge[] = graph.edges.map((edge) => ({ ...edge }));
  const paths: (Point[] | null)[] = edges.map((edge, i) =>
    selected[i] ? null : edgePath(edge, nodes),
  );
  paths.forEach((path, i) => {
    if (path) recordRoute(context, i, path);
  });

  const plans = planSides(graph, selected, nodes, resetSides);
  for (const plan of routingOrder(plans, graph)) {
    const { points } = routeBetween(
      context,
      plan.source,
      plan.sides.sourceSide,
      plan.target,
      plan.sides.targetSide,
    );
    recordRoute(context, plan.index, points);
    paths[plan.index] = points;
    const edge = edges[plan.index];
    if (!edge) continue;
    edge.sourceSide = plan.sides.sourceSide;
    edge.targetSide = plan.sides.targetSide;
    edge.waypoints = waypointsOf(points);
  }
  placeLabels(graph, edges, paths, selected);
  return { ...graph, edges };
}

/**
 * The bends between the ports. A straight connector has none, but an empty list means "not
 * routed" in the document, so it stores its midpoint: a point on the line changes nothing
 * drawn.
 */
function waypointsOf(points: readonly Point[]): Point[] {
  const inner = points.slice(1, -1).map((p) => ({ x: p.x, y: p.y }));
  if (inner.length > 0) return inner;
  const a = points[0] ?? { x: 0, y: 0 };
  const b = points.at(-1) ?? a;
  return [{ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }];
}

function planSides(
  graph: ProcessGraph,
  selected: readonly boolean[],
  nodes: ReadonlyMap<string, ProcessNode>,
  resetSides: boolean,
): Plan[] {
  const orientation = graph.orientation ?? 'horizontal';
  const plans: Plan[] = [];
  const auto: Plan[] = [];
  graph.edges.forEach((edge, index) => {
    const source = nodes.get(edge.source);
    const target = nodes.get(edge.target);
    if (!selected[index] || !source || !target) return;
    const chosen =
      source === target ? selfLoopSides(orientation) : chooseSides(orientation, source, target);
    const keep = !resetSides;
    const sides = {
      sourceSide: (keep ? edge.sourceSide : null) ?? chosen.sourceSide,
      targetSide: (keep ? edge.targetSide : null) ?? chosen.targetSide,
    };
    const plan = { index, source, target, sides };
    plans.push(plan);
    if (!(keep && edge.sourceSide)) auto.push(plan);
  });
  spreadExits(auto, orientation);
  return plans;
}

function selfLoopSides(orientation: 'horizontal' | 'vertical'): Sides {
  const sides = flowSides(orientation);
  return { sourceSide: sides.forward, targetSide: sides.acrossMinus };
}

/**
 * Several connectors leaving one shape forwards (a decision's 是 and 否) would share the
 * forward port and run on top of each other out of it. The one heading most straight on
 * keeps that port; the others leave across the flow, towards their target's side.
 */
function spreadExits(auto: Plan[], orientation: 'horizontal' | 'vertical'): void {
  const sides = flowSides(orientation);
  const bySource = new Map<string, Plan[]>();
  for (const plan of auto) {
    if (plan.sides.sourceSide !== sides.forward || plan.source === plan.target) continue;
    const list = bySource.get(plan.source.id) ?? [];
    list.push(plan);
    bySource.set(plan.source.id, list);
  }
  for (const list of bySource.values()) {
    if (list.length < 2) continue;
    const offsets = list.map((plan) => acrossOffset(orientation, plan.source, plan.target));
    let straight = 0;
    offsets.forEach((offset, i) => {
      if (Math.abs(offset) < Math.abs(offsets[straight] ?? 0)) straight = i;
    });
    list.forEach((plan, i) => {
      const offset = offsets[i] ?? 0;
      if (i === straight || offset === 0) return;
      plan.sides = { ...plan.sides, sourceSide: offset > 0 ? sides.acrossPlus : sides.acrossMinus };
    });
  }
}

/** How far the target's centre lies across the flow from the source's (+: below / right). */
function acrossOffset(
  orientation: 'horizontal' | 'vertical',
  source: ProcessNode,
  target: ProcessNode,
): number {
  const s = flowExtent(orientation, source);
  const t = flowExtent(orientation, target);
  return (t.c0 + t.c1) / 2 - (s.c0 + s.c1) / 2;
}

/**
 * Short forward connectors first (they have the obvious routes), long ones after, loops
 * back last, so the loops go round what is already there rather than the other way round.
 */
function routingOrder(plans: Plan[], graph: ProcessGraph): Plan[] {
  const orientation = graph.orientation ?? 'horizontal';
  const keyed = plans.map((plan) => {
    const s = flowExtent(orientation, plan.source);
    const t = flowExtent(orientation, plan.target);
    const back = t.a0 < s.a1 ? 1 : 0;
    const length = Math.abs(t.a0 - s.a1) + Math.abs(t.c0 - s.c0);
    return { plan, back, length };
  });
  keyed.sort((a, b) => a.back - b.back || a.length - b.length || a.plan.index - b.plan.index);
  return keyed.map((k) => k.plan);
}

/** Nominal text for the spot of a connector without a label, should the user type one. */
const NOMINAL_LABEL = '是否';

function placeLabels(
  graph: ProcessGraph,
  edges: ProcessEdge[],
  paths: readonly (Point[] | null)[],
  selected: readonly boolean[],
): void {
  const space: LabelSpace = {
    shapes: new SpatialIndex<Box>(),
    lines: new SpatialIndex<Box & { edge: number }>(),
    placed: new SpatialIndex<Box>(),
  };
  for (const node of graph.nodes) space.shapes.add(boxOf(node));
  paths.forEach((path, edge) => {
    for (let i = 1; path && i < path.length; i++) {
      const a = path[i - 1];
      const b = path[i];
      if (!a || !b) continue;
      space.lines.add({
        left: Math.min(a.x, b.x),
        right: Math.max(a.x, b.x),
        top: Math.min(a.y, b.y),
        bottom: Math.max(a.y, b.y),
        edge,
      });
    }
  });
  // Labels that stay where they are claim their spots first.
  edges.forEach((edge, i) => {
    if (!selected[i] && edge.labelAt && edge.label.trim() !== '') {
      space.placed.add(labelBox(edge.label, edge.labelAt));
    }
  });
  edges.forEach((edge, i) => {
    const path = paths[i];
    if (!selected[i] || !path) return;
    const text = edge.label.trim();
    const at = placeLabel(space, i, text === '' ? NOMINAL_LABEL : text, path);
    edge.labelAt = at;
    if (text !== '') space.placed.add(labelBox(text, at));
  });
}
