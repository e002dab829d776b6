import type { Point, ProcessEdge, ProcessGraph } from '../process';
import { boxOf, boxesOverlap, type Box } from './geometry';
import { labelBox } from './routing/labels';
import { edgePath, nodesById } from './routing/paths';
import { CLEARANCE, createContext, inflate, recordRoute } from './routing/routeContext';
import { planSides, routingOrder } from './routing/plan';
import { placeLabels } from './routing/placeLabels';
import { routeBetween } from './routing/routeOne';

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
