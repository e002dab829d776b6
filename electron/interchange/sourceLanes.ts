import { idOf, many, one, type ModdleObject } from './moddle';
import { IDENTITY, type Bounds, type DiTransform } from './diGeometry';
import { type SourceLane, type SourceNode } from './sourceTypes';
import { attr } from './xmlIndex';
import { type ProcessNode } from '../../shared/process';

/*
 * Lanes of an imported process: the leaf lanes of its lane sets become RoleFlow's bands, in
 * the order the diagram draws them; their drawing fixes RoleFlow's origin and orientation;
 * and each node gets the lane that lists it, or else the band its centre lies in.
 */

const MIN_LANE = 20;
const MAX_SIZE = 1e5;

export function collectLeafLanes(process: ModdleObject): ModdleObject[] {
  const leaves: ModdleObject[] = [];
  const visit = (laneSet: ModdleObject) => {
    for (const lane of many(laneSet, 'lanes')) {
      const child = one(lane, 'childLaneSet');
      if (child !== undefined && many(child, 'lanes').length > 0) visit(child);
      else leaves.push(lane);
    }
  };
  for (const laneSet of many(process, 'laneSets')) visit(laneSet);
  return leaves;
}

/** Origin at the lanes' top-left corner; vertical when the lanes say so or sit side by side. */
export function laneTransform(lanes: SourceLane[]): DiTransform {
  const drawn = lanes.filter((lane) => lane.bounds !== undefined);
  const bounds = drawn.map((lane) => lane.bounds).filter((b): b is Bounds => b !== undefined);
  const first = bounds[0];
  if (first === undefined) return IDENTITY;
  const declaredVertical = drawn.some(
    (lane) => lane.shape && attr(lane.shape, 'isHorizontal') === 'false',
  );
  const sideBySide =
    bounds.length > 1 &&
    bounds.every((b) => Math.abs(b.y - first.y) < 1) &&
    bounds.some((b) => b.x !== first.x);
  return {
    ox: Math.min(...bounds.map((b) => b.x)),
    oy: Math.min(...bounds.map((b) => b.y)),
    vertical: declaredVertical || sideBySide,
    swap: false,
  };
}

/** Drawn lanes in band order with their band size; undrawn lanes after them. */
export function orderLanes(lanes: SourceLane[], transform: DiTransform): SourceLane[] {
  const position = (lane: SourceLane) =>
    lane.bounds === undefined ? Infinity : transform.vertical ? lane.bounds.x : lane.bounds.y;
  const ordered = [...lanes].sort((a, b) => position(a) - position(b));
  for (const entry of ordered) {
    if (entry.bounds === undefined) continue;
    const size = transform.vertical ? entry.bounds.width : entry.bounds.height;
    entry.lane.size = Math.min(MAX_SIZE, Math.max(MIN_LANE, size));
  }
  return ordered;
}

/** A node's lane: the lane that lists it, else the band its centre lies in. */
export function assignLanes(
  nodes: Map<string, SourceNode>,
  leafLanes: ModdleObject[],
  ordered: SourceLane[],
  vertical: boolean,
): void {
  const listedIn = new Map<string, string>();
  for (const lane of leafLanes) {
    const laneId = idOf(lane);
    if (laneId === undefined) continue;
    for (const ref of many(lane, 'flowNodeRef')) {
      const id = idOf(ref);
      if (id !== undefined && !listedIn.has(id)) listedIn.set(id, laneId);
    }
  }
  for (const { node, bounds } of nodes.values()) {
    const listed = listedIn.get(node.id);
    if (listed !== undefined) node.laneId = listed;
    else if (bounds !== undefined && node.kind !== 'annotation')
      node.laneId = bandAt(ordered, node, vertical);
  }
}

/** Lanes are rows from y = 0, or columns from x = 0 in a vertical map. */
function bandAt(lanes: SourceLane[], node: ProcessNode, vertical: boolean): string | null {
  const centre = vertical ? node.x + node.width / 2 : node.y + node.height / 2;
  let top = 0;
  for (const { lane } of lanes) {
    if (centre >= top && centre < top + lane.size) return lane.id;
    top += lane.size;
  }
  return null;
}
