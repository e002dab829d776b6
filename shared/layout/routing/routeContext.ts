import type { Orientation, Point, ProcessGraph, ProcessNode } from '../../process';
import { diagramFrame, type DiagramFrame } from '../frame';
import { boundsOf, boxOf, type Box } from '../geometry';
import { SpatialIndex } from './spatialIndex';

/*
 * What routing one connector needs to know of the rest of the map: where the shapes are
 * (inflated by the clearance), where the lane and phase titles are (connectors keep off
 * them), and where the connectors already routed run, so that a new one pays for running
 * on top of them or crossing them and goes elsewhere when it cheaply can.
 */

/** Free space kept between a connector and any shape it passes. */
export const CLEARANCE = 12;
/** The cost of a bend, in units of length: a bend is worth a detour of this much. */
export const BEND_COST = 30;
/** Extra cost per unit of running on top of another connector (twice the length). */
export const OVERLAP_COST = 6;
/** Extra cost of crossing another connector. */
export const CROSSING_COST = 300;

export type Obstacle = Box & { nodeId: string | null };

type Segment = Box & { edge: number; horizontal: boolean };

export type RouteContext = {
  orientation: Orientation;
  nodes: Map<string, ProcessNode>;
  /** Shapes and title strips, inflated by CLEARANCE. */
  obstacles: SpatialIndex<Obstacle>;
  /** Everything drawn, with room around it for routes that go round the outside. */
  bounds: Box;
  routed: SpatialIndex<Segment>;
};

export function inflate(box: Box, by: number): Box {
  return { left: box.left - by, top: box.top - by, right: box.right + by, bottom: box.bottom + by };
}

export function createContext(graph: ProcessGraph): RouteContext {
  const frame = diagramFrame(graph);
  const obstacles = new SpatialIndex<Obstacle>();
  const nodes = new Map<string, ProcessNode>();
  for (const node of graph.nodes) {
    if (nodes.has(node.id)) continue;
    nodes.set(node.id, node);
    obstacles.add({ ...inflate(boxOf(node), CLEARANCE), nodeId: node.id });
  }
  const titles = [...frame.lanes.map((lane) => lane.header), ...frame.phases.map((p) => p.header)];
  for (const title of titles) {
    obstacles.add({ ...inflate(boxOf(title), CLEARANCE), nodeId: null });
  }
  for (const strip of outsideTheLanes(graph, frame)) {
    obstacles.add({ ...inflate(strip, CLEARANCE), nodeId: null });
  }
  return {
    orientation: frame.orientation,
    nodes,
    obstacles,
    bounds: inflate(frame.bounds, 6 * CLEARANCE),
    routed: new SpatialIndex<Segment>(),
  };
}

/** How far beyond the lanes the keep-out strips reach: past any search region. */
const STRIP_REACH = 1000;

/**
 * Strips all round the lanes, so that connectors stay inside the chart as drawn by hand —
 * when every shape is in the lanes; a shape the user put outside must stay reachable.
 */
export function outsideTheLanes(graph: ProcessGraph, frame: DiagramFrame): Box[] {
  const lanes = boundsOf(frame.lanes.map((lane) => lane.rect));
  if (!lanes) return [];
  const inside = graph.nodes.every(
    (n) =>
      n.x >= lanes.left &&
      n.y >= lanes.top &&
      n.x + n.width <= lanes.right &&
      n.y + n.height <= lanes.bottom,
  );
  if (!inside) return [];
  const outer = inflate(lanes, STRIP_REACH);
  return [
    { left: outer.left, right: outer.right, top: outer.top, bottom: lanes.top },
    { left: outer.left, right: outer.right, top: lanes.bottom, bottom: outer.bottom },
    { left: outer.left, right: lanes.left, top: lanes.top, bottom: lanes.bottom },
    { left: lanes.right, right: outer.right, top: lanes.top, bottom: lanes.bottom },
  ];
}

/** Records a routed polyline, so the connectors routed after it avoid it. */
export function recordRoute(context: RouteContext, edge: number, points: readonly Point[]): void {
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (!a || !b || (a.x === b.x && a.y === b.y)) continue;
    context.routed.add({
      left: Math.min(a.x, b.x),
      right: Math.max(a.x, b.x),
      top: Math.min(a.y, b.y),
      bottom: Math.max(a.y, b.y),
      edge,
      horizontal: a.y === b.y,
    });
  }
}

/**
 * What a straight move costs beyond its length because of the connectors already routed:
 * the length it shares with one running the same way, and each one it crosses.
 */
export function trafficCost(
  context: RouteContext,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
): number {
  const horizontal = y0 === y1;
  const move: Box = {
    left: Math.min(x0, x1),
    right: Math.max(x0, x1),
    top: Math.min(y0, y1),
    bottom: Math.max(y0, y1),
  };
  let cost = 0;
  context.routed.visit(move, (segment) => {
    if (segment.horizontal === horizontal) {
      const shared = horizontal
        ? Math.min(move.right, segment.right) - Math.max(move.left, segment.left)
        : Math.min(move.bottom, segment.bottom) - Math.max(move.top, segment.top);
      const sameLine = horizontal ? segment.top === move.top : segment.left === move.left;
      if (sameLine && shared > 0) cost += shared * OVERLAP_COST;
      return;
    }
    const crosses = horizontal
      ? segment.left > move.left &&
        segment.left < move.right &&
        move.top > segment.top &&
        move.top < segment.bottom
      : move.left > segment.left &&
        move.left < segment.right &&
        segment.top > move.top &&
        segment.top < move.bottom;
    if (crosses) cost += CROSSING_COST;
  });
  return cost;
}

/** True when the straight stretch a–b runs through the inside of a shape's clearance zone. */
export function stretchBlocked(context: RouteContext, a: Point, b: Point, shrink = 0): boolean {
  const stretch: Box = {
    left: Math.min(a.x, b.x),
    right: Math.max(a.x, b.x),
    top: Math.min(a.y, b.y),
    bottom: Math.max(a.y, b.y),
  };
  let blocked = false;
  context.obstacles.visit(stretch, (o) => {
    if (
      stretch.left < o.right - shrink &&
      stretch.right > o.left + shrink &&
      stretch.top < o.bottom - shrink &&
      stretch.bottom > o.top + shrink
    ) {
      blocked = true;
    }
  });
  return blocked;
}
