import type { Lane, LaneOwner, ProcessGraph } from '../../../shared/process';
import { DEFAULT_LANE_SIZE, laneBands } from '../geometry';
import type { IdSource } from './nodeCommands';

/*
 * Commands on lanes. Steps keep their lane when lanes move or change size: their y moves with
 * the band, so a step never changes owner because a lane above it grew.
 */

export function addLane(
  graph: ProcessGraph,
  name: string,
  owner: LaneOwner,
  newId: IdSource,
): ProcessGraph {
  const lane: Lane = { id: newId(), name, owner, size: DEFAULT_LANE_SIZE };
  return { ...graph, lanes: [...graph.lanes, lane] };
}

export function setLaneOwner(
  graph: ProcessGraph,
  id: string,
  owner: LaneOwner,
  name: string,
): ProcessGraph {
  return {
    ...graph,
    lanes: graph.lanes.map((lane) => (lane.id === id ? { ...lane, owner, name } : lane)),
  };
}

/** Moves a lane up (-1) or down (+1), carrying its steps with it. */
export function moveLane(graph: ProcessGraph, id: string, delta: -1 | 1): ProcessGraph {
  const index = graph.lanes.findIndex((lane) => lane.id === id);
  const target = index + delta;
  if (index < 0 || target < 0 || target >= graph.lanes.length) return graph;
  const lanes = [...graph.lanes];
  const [lane] = lanes.splice(index, 1);
  if (!lane) return graph;
  lanes.splice(target, 0, lane);
  return restack(graph, lanes);
}

/** Sets a lane's height; steps below move with their lanes. */
export function resizeLane(graph: ProcessGraph, id: string, size: number): ProcessGraph {
  const lanes = graph.lanes.map((lane) =>
    lane.id === id ? { ...lane, size: Math.max(60, size) } : lane,
  );
  return restack(graph, lanes);
}

/** Removes an empty lane; a lane that still holds steps is kept (the caller says why). */
export function deleteLane(graph: ProcessGraph, id: string): ProcessGraph {
  if (graph.nodes.some((node) => node.laneId === id)) return graph;
  return restack(
    graph,
    graph.lanes.filter((lane) => lane.id !== id),
  );
}

/** Applies a new lane order or sizes, shifting every step by its own lane's move. */
function restack(graph: ProcessGraph, lanes: Lane[]): ProcessGraph {
  const before = new Map(laneBands(graph.lanes).map((band) => [band.laneId, band.top]));
  const after = new Map(laneBands(lanes).map((band) => [band.laneId, band.top]));
  const nodes = graph.nodes.map((node) => {
    if (node.laneId === null) return node;
    const shift = (after.get(node.laneId) ?? 0) - (before.get(node.laneId) ?? 0);
    return shift === 0 ? node : { ...node, y: node.y + shift };
  });
  return { ...graph, lanes, nodes };
}
