import { type ProcessGraph } from '../../shared/process';
import { LANE_HEADER_HEIGHT } from '../../shared/layout/frame';
import { LANE_HEADER_WIDTH } from '../../shared/layout/geometry';
import { type Bounds } from './diGeometry';

/*
 * Pool and lane rectangles for a process drawn in RoleFlow. Lanes are RoleFlow's bands —
 * rows from y = 0, each `size` high, or in a vertical map columns from x = 0, each `size`
 * wide — stretched along the flow to cover every node and phase with a margin; the pool adds
 * its 30-unit name band before them (left, or on top of vertical lanes). Lanes start at 0
 * along the flow unless a node lies before it, so importing the file again gives back the
 * same coordinates.
 */

const POOL_HEADER = 30;
const MARGIN = 40;
const MIN_WIDTH = 600;

export type FreshLayout = { pool: Bounds; lanes: Map<string, Bounds> };

export function freshLayout(graph: ProcessGraph): FreshLayout {
  if (graph.orientation === 'vertical' && graph.lanes.length > 0) return verticalLayout(graph);
  const nodes = graph.nodes;
  const minX = nodes.length === 0 ? 0 : Math.min(...nodes.map((node) => node.x));
  const maxX = nodes.length === 0 ? 0 : Math.max(...nodes.map((node) => node.x + node.width));
  const lanes = new Map<string, Bounds>();
  if (graph.lanes.length > 0) {
    const left = Math.min(0, minX - MARGIN);
    const right = Math.max(maxX + MARGIN, left + MIN_WIDTH, phasesEnd(graph, LANE_HEADER_WIDTH));
    let y = 0;
    for (const lane of graph.lanes) {
      lanes.set(lane.id, { x: left, y, width: right - left, height: lane.size });
      y += lane.size;
    }
    return {
      pool: { x: left - POOL_HEADER, y: 0, width: right - left + POOL_HEADER, height: y },
      lanes,
    };
  }
  const minY = nodes.length === 0 ? 0 : Math.min(...nodes.map((node) => node.y));
  const maxY = nodes.length === 0 ? 0 : Math.max(...nodes.map((node) => node.y + node.height));
  return {
    pool: {
      x: minX - MARGIN - POOL_HEADER,
      y: minY - MARGIN,
      width: Math.max(maxX - minX + 2 * MARGIN + POOL_HEADER, MIN_WIDTH),
      height: maxY - minY + 2 * MARGIN,
    },
    lanes,
  };
}

/** Where the last phase ends along the flow (phases start after the lane titles). */
function phasesEnd(graph: ProcessGraph, flowStart: number): number {
  return (graph.phases ?? []).reduce((end, phase) => end + phase.size, flowStart);
}

/** Lanes as columns from x = 0, the pool's name band on top. */
function verticalLayout(graph: ProcessGraph): FreshLayout {
  const nodes = graph.nodes;
  const minY = nodes.length === 0 ? 0 : Math.min(...nodes.map((node) => node.y));
  const maxY = nodes.length === 0 ? 0 : Math.max(...nodes.map((node) => node.y + node.height));
  const top = Math.min(0, minY - MARGIN);
  const bottom = Math.max(maxY + MARGIN, top + MIN_WIDTH, phasesEnd(graph, LANE_HEADER_HEIGHT));
  const lanes = new Map<string, Bounds>();
  let x = 0;
  for (const lane of graph.lanes) {
    lanes.set(lane.id, { x, y: top, width: lane.size, height: bottom - top });
    x += lane.size;
  }
  return {
    pool: { x: 0, y: top - POOL_HEADER, width: x, height: bottom - top + POOL_HEADER },
    lanes,
  };
}
