import { across, orientationOf } from '../../../shared/layout/frame';
import type { Lane, LaneOwner, Point, ProcessEdge, ProcessGraph } from '../../../shared/process';

/*
 * Commands on lanes that hold in both orientations: lanes are stacked across the flow (y of
 * horizontal maps, x of vertical ones). Steps keep their lane when lanes move or change size —
 * each moves with its band — so no step changes owner because a lane before it grew.
 */

/** The schema's bounds of a lane's size (shared/processSchema.ts). */
export const LANE_SIZE_RANGE = { min: 20, max: 100000 } as const;

/** A name nobody typed: empty, or the one "add lane" gave ("泳道 3", "Lane 3"). */
export function isPlaceholderLaneName(name: string): boolean {
  return /^\s*$|^泳道 \d+$|^Lane \d+$/.test(name);
}

/** Binds a lane to a role or department (or clears it); the lane's name changes only if given. */
export function setLaneBinding(
  graph: ProcessGraph,
  id: string,
  owner: LaneOwner,
  name?: string,
): ProcessGraph {
  const lane = graph.lanes.find((l) => l.id === id);
  if (!lane) return graph;
  const nextName = name ?? lane.name;
  if (JSON.stringify(lane.owner) === JSON.stringify(owner) && nextName === lane.name) return graph;
  return {
    ...graph,
    lanes: graph.lanes.map((l) => (l.id === id ? { ...l, owner, name: nextName } : l)),
  };
}

/** Moves a lane to position `index` in the order, carrying its steps with it. */
export function moveLaneTo(graph: ProcessGraph, id: string, index: number): ProcessGraph {
  const from = graph.lanes.findIndex((lane) => lane.id === id);
  const to = Math.max(0, Math.min(graph.lanes.length - 1, index));
  if (from < 0 || from === to) return graph;
  const lanes = [...graph.lanes];
  const [lane] = lanes.splice(from, 1);
  if (!lane) return graph;
  lanes.splice(to, 0, lane);
  return restack(graph, lanes);
}

/**
 * Sets a lane's size, kept within the schema's bounds (the side panel says so at the field
 * before it gets here). Steps of later lanes move with their lanes; a lane made smaller than
 * its steps keeps them (see stepsOutsideLane) — the user is told, nothing is clamped silently.
 */
export function setLaneSize(graph: ProcessGraph, id: string, size: number): ProcessGraph {
  const bounded = Math.round(Math.min(LANE_SIZE_RANGE.max, Math.max(LANE_SIZE_RANGE.min, size)));
  if (graph.lanes.find((lane) => lane.id === id)?.size === bounded) return graph;
  return restack(
    graph,
    graph.lanes.map((lane) => (lane.id === id ? { ...lane, size: bounded } : lane)),
  );
}

/** How many of the lane's steps reach outside its band (after the lane was made smaller). */
export function stepsOutsideLane(graph: ProcessGraph, id: string): number {
  const horizontal = orientationOf(graph) === 'horizontal';
  let start = 0;
  for (const lane of graph.lanes) {
    if (lane.id === id) {
      const end = start + lane.size;
      return graph.nodes.filter((node) => {
        if (node.laneId !== id) return false;
        const from = horizontal ? node.y : node.x;
        const to = from + (horizontal ? node.height : node.width);
        return from < start || to > end;
      }).length;
    }
    start += lane.size;
  }
  return 0;
}

/** Applies a new lane order or sizes, shifting every step across the flow by its lane's move. */
function restack(graph: ProcessGraph, lanes: Lane[]): ProcessGraph {
  const orientation = orientationOf(graph);
  const starts = (list: readonly Lane[]) => {
    let start = 0;
    return new Map(
      list.map((lane) => {
        const entry = [lane.id, start] as const;
        start += lane.size;
        return entry;
      }),
    );
  };
  const before = starts(graph.lanes);
  const after = starts(lanes);
  const shiftOf = (laneId: string | null) =>
    laneId === null ? 0 : (after.get(laneId) ?? 0) - (before.get(laneId) ?? 0);
  const move = (point: Point, shift: number): Point =>
    orientation === 'horizontal'
      ? { x: point.x, y: point.y + shift }
      : { x: point.x + shift, y: point.y };
  const nodes = graph.nodes.map((node) => {
    const shift = shiftOf(node.laneId);
    return shift === 0 ? node : { ...node, ...move(node, shift) };
  });
  const laneOf = new Map(graph.nodes.map((node) => [node.id, node.laneId]));
  const edges = graph.edges.map((edge): ProcessEdge => {
    const sourceShift = shiftOf(laneOf.get(edge.source) ?? null);
    const targetShift = shiftOf(laneOf.get(edge.target) ?? null);
    if (sourceShift === 0 && targetShift === 0) return edge;
    // A connector within one lane moves with it; one between lanes that moved apart needs a
    // new route (no waypoints: the router draws it afresh).
    if (sourceShift === targetShift) {
      return {
        ...edge,
        ...(edge.waypoints ? { waypoints: edge.waypoints.map((p) => move(p, sourceShift)) } : {}),
        ...(edge.labelAt ? { labelAt: move(edge.labelAt, sourceShift) } : {}),
      };
    }
    const { waypoints: _dropped, labelAt: _alsoDropped, ...rest } = edge;
    return rest;
  });
  return { ...graph, lanes, nodes, edges };
}

/** The index a lane dropped at a point should take: that of the lane under the point. */
export function laneIndexAt(graph: ProcessGraph, point: Point): number {
  const position = across(orientationOf(graph), point);
  let start = 0;
  for (const [index, lane] of graph.lanes.entries()) {
    if (position < start + lane.size) return index;
    start += lane.size;
  }
  return graph.lanes.length - 1;
}
