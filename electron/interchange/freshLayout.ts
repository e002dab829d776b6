import { type ProcessGraph } from '../../shared/process';
import { type Bounds } from './diGeometry';

/*
 * Pool and lane rectangles for a process drawn in RoleFlow. Lanes are RoleFlow's horizontal
 * bands (y from 0, each `size` high) stretched to cover every node with a margin; the pool
 * adds its 30-unit name band on the left. Lanes start at x = 0 unless a node lies further
 * left, so importing the file again gives back the same coordinates.
 */

const POOL_HEADER = 30;
const MARGIN = 40;
const MIN_WIDTH = 600;

export type FreshLayout = { pool: Bounds; lanes: Map<string, Bounds> };

export function freshLayout(graph: ProcessGraph): FreshLayout {
  const nodes = graph.nodes;
  const minX = nodes.length === 0 ? 0 : Math.min(...nodes.map((node) => node.x));
  const maxX = nodes.length === 0 ? 0 : Math.max(...nodes.map((node) => node.x + node.width));
  const lanes = new Map<string, Bounds>();
  if (graph.lanes.length > 0) {
    const left = Math.min(0, minX - MARGIN);
    const right = Math.max(maxX + MARGIN, left + MIN_WIDTH);
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
