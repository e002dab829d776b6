import { laneAtY, laneBands } from '../../shared/layout/geometry';
import type { Lane, ProcessGraph, ProcessNode } from '../../shared/process';

export {
  DEFAULT_LANE_SIZE,
  LANE_HEADER_WIDTH,
  laneBands,
  NODE_SIZE,
} from '../../shared/layout/geometry';

export const GRID = 10;

/** The lane whose band holds the node's centre; annotations may float outside every lane. */
export function laneAt(lanes: readonly Lane[], centreY: number): Lane | null {
  const band = laneAtY(laneBands(lanes), centreY);
  return lanes.find((lane) => lane.id === band?.laneId) ?? null;
}

export function centreY(node: Pick<ProcessNode, 'y' | 'height'>): number {
  return node.y + node.height / 2;
}

/** How wide the lane bands are drawn: past the right-most step, with room to grow. */
export function diagramWidth(graph: ProcessGraph): number {
  const right = graph.nodes.reduce((max, node) => Math.max(max, node.x + node.width), 0);
  return Math.max(900, right + 200);
}

export function snap(value: number): number {
  return Math.round(value / GRID) * GRID;
}
