import { LANE_HEADER_HEIGHT, orientationOf } from '../../../shared/layout/frame';
import { LANE_HEADER_WIDTH } from '../../../shared/layout/geometry';
import type {
  Orientation,
  Point,
  ProcessEdge,
  ProcessGraph,
  ProcessNode,
  Side,
} from '../../../shared/process';

/*
 * Turning a map between horizontal and vertical lanes. The frame of a vertical map is the
 * horizontal one mirrored on its diagonal (lanes: rows ↔ columns; flow: x ↔ y), except that
 * the lane title band is 120 wide in a row and 48 high in a column. So a point turns as
 *   horizontal (x, y)  →  vertical (y, x − 120 + 48)
 * and back. Lanes, phases and their sizes stay as they are.
 */

const SHIFT = LANE_HEADER_WIDTH - LANE_HEADER_HEIGHT;

const SIDE_MIRROR: Readonly<Record<Side, Side>> = {
  top: 'left',
  left: 'top',
  bottom: 'right',
  right: 'bottom',
};

function turnPoint(point: Point, to: Orientation): Point {
  return to === 'vertical'
    ? { x: point.y, y: point.x - SHIFT }
    : { x: point.y + SHIFT, y: point.x };
}

/**
 * Every shape's centre, bend and label turned; with `mirrorShapes` a shape's width and height
 * swap as well (an exact mirror, for handing a vertical map to a horizontal-only layout),
 * otherwise each shape keeps its own proportions (what the user sees after switching).
 */
export function turnGraph(
  graph: ProcessGraph,
  to: Orientation,
  mirrorShapes = false,
): ProcessGraph {
  if (orientationOf(graph) === to) return graph;
  const nodes = graph.nodes.map((node): ProcessNode => {
    const c = turnPoint({ x: node.x + node.width / 2, y: node.y + node.height / 2 }, to);
    const width = mirrorShapes ? node.height : node.width;
    const height = mirrorShapes ? node.width : node.height;
    return { ...node, x: c.x - width / 2, y: c.y - height / 2, width, height };
  });
  const edges = graph.edges.map((edge): ProcessEdge => {
    const turned: ProcessEdge = { ...edge };
    if (edge.waypoints) turned.waypoints = edge.waypoints.map((p) => turnPoint(p, to));
    if (edge.labelAt) turned.labelAt = turnPoint(edge.labelAt, to);
    if (edge.sourceSide) turned.sourceSide = SIDE_MIRROR[edge.sourceSide];
    if (edge.targetSide) turned.targetSide = SIDE_MIRROR[edge.targetSide];
    return turned;
  });
  const { orientation: _old, ...rest } = graph;
  return { ...rest, ...(to === 'vertical' ? { orientation: to } : {}), nodes, edges };
}
