import type { Lane, NodeKind, ProcessGraph, ProcessNode } from '../../shared/process';

/** Width of the lane title column on the left of every lane band. */
export const LANE_HEADER_WIDTH = 120;
export const DEFAULT_LANE_SIZE = 160;
export const GRID = 10;

/** Default size of a new step of each kind (diagram units). */
export const NODE_SIZE: Record<NodeKind, { width: number; height: number }> = {
  start: { width: 44, height: 44 },
  end: { width: 44, height: 44 },
  activity: { width: 140, height: 64 },
  decision: { width: 80, height: 80 },
  document: { width: 120, height: 70 },
  data: { width: 110, height: 64 },
  subProcess: { width: 150, height: 70 },
  annotation: { width: 150, height: 50 },
};

export type LaneBand = { lane: Lane; top: number; bottom: number };

/** Lanes are horizontal bands stacked top to bottom in array order, starting at y = 0. */
export function laneBands(lanes: readonly Lane[]): LaneBand[] {
  let top = 0;
  return lanes.map((lane) => {
    const band = { lane, top, bottom: top + lane.size };
    top = band.bottom;
    return band;
  });
}

/** The lane whose band holds the node's centre; annotations may float outside every lane. */
export function laneAt(lanes: readonly Lane[], centreY: number): Lane | null {
  return (
    laneBands(lanes).find((band) => centreY >= band.top && centreY < band.bottom)?.lane ?? null
  );
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
