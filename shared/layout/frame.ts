import type { Orientation, Point, ProcessGraph } from '../process';
import { LANE_HEADER_WIDTH, type Box, type Rect } from './geometry';

/*
 * The frame of a map: where each lane band, each phase band and their titles lie, in either
 * orientation. One function so that the canvas, the layout, the router, the pictures and BPMN
 * DI agree to the unit on where a lane is.
 *
 * Horizontal (the default): lanes are rows stacked from y = 0 in array order, each with its
 * title column at the left (x 0 … LANE_HEADER_WIDTH); the flow runs to the right. Phases are
 * columns from x = LANE_HEADER_WIDTH, their titles in a row above the lanes (negative y), so
 * adding the first phase moves no step.
 *
 * Vertical: the same turned a quarter — lanes are columns from x = 0, each with its title row
 * at the top (y 0 … LANE_HEADER_HEIGHT); the flow runs down. Phases are rows from
 * y = LANE_HEADER_HEIGHT, their titles in a column left of the lanes (negative x).
 */

/** Height of the title row at the top of a vertical lane. */
export const LANE_HEADER_HEIGHT = 48;
/** Thickness of the phase title strip (a row above horizontal lanes, a column left of vertical ones). */
export const PHASE_HEADER_SIZE = 32;
/** Room left after the last step along the flow, so the lanes run on past it. */
const FLOW_TAIL = 200;
/** The least extent of the lanes along the flow, so a new map is not a stub. */
const MIN_FLOW_EXTENT = 900;

export type LaneFrame = { laneId: string; name: string; rect: Rect; header: Rect };
export type PhaseFrame = { phaseId: string; name: string; rect: Rect; header: Rect };

export type DiagramFrame = {
  orientation: Orientation;
  lanes: LaneFrame[];
  phases: PhaseFrame[];
  /** Where the flow area starts along the flow (after the lane titles). */
  flowStart: number;
  /** Where the lanes end along the flow. */
  flowEnd: number;
  /** Everything drawn: lanes, phases, titles and every shape, even one outside the lanes. */
  bounds: Box;
};

export function orientationOf(graph: Pick<ProcessGraph, 'orientation'>): Orientation {
  return graph.orientation ?? 'horizontal';
}

/** The coordinate along the flow (x of horizontal maps, y of vertical ones). */
export function along(orientation: Orientation, point: Point): number {
  return orientation === 'horizontal' ? point.x : point.y;
}

/** The coordinate across the flow, the one that picks the lane. */
export function across(orientation: Orientation, point: Point): number {
  return orientation === 'horizontal' ? point.y : point.x;
}

export function diagramFrame(graph: ProcessGraph): DiagramFrame {
  const orientation = orientationOf(graph);
  const horizontal = orientation === 'horizontal';
  const flowStart = horizontal ? LANE_HEADER_WIDTH : LANE_HEADER_HEIGHT;
  const phases = graph.phases ?? [];
  const phaseEnd = phases.reduce((end, phase) => end + phase.size, flowStart);
  const lastStep = graph.nodes.reduce(
    (end, node) => Math.max(end, horizontal ? node.x + node.width : node.y + node.height),
    0,
  );
  const flowEnd = Math.max(MIN_FLOW_EXTENT, lastStep + FLOW_TAIL, phaseEnd);
  const lanesTotal = graph.lanes.reduce((sum, lane) => sum + lane.size, 0);

  // Built as if horizontal (along = x, across = y), then turned for vertical maps.
  const turn = (rect: Rect): Rect =>
    horizontal ? rect : { x: rect.y, y: rect.x, width: rect.height, height: rect.width };
  let across = 0;
  const lanes = graph.lanes.map((lane) => {
    const frame: LaneFrame = {
      laneId: lane.id,
      name: lane.name,
      rect: turn({ x: 0, y: across, width: flowEnd, height: lane.size }),
      header: turn({ x: 0, y: across, width: flowStart, height: lane.size }),
    };
    across += lane.size;
    return frame;
  });
  let start = flowStart;
  const phaseFrames = phases.map((phase) => {
    const frame: PhaseFrame = {
      phaseId: phase.id,
      name: phase.name,
      rect: turn({ x: start, y: 0, width: phase.size, height: Math.max(lanesTotal, 0) }),
      header: turn({
        x: start,
        y: -PHASE_HEADER_SIZE,
        width: phase.size,
        height: PHASE_HEADER_SIZE,
      }),
    };
    start += phase.size;
    return frame;
  });

  const drawn: Rect[] = [
    ...lanes.map((lane) => lane.rect),
    ...phaseFrames.map((phase) => phase.header),
    ...graph.nodes,
  ];
  const bounds = drawn.reduce<Box>(
    (box, rect) => ({
      left: Math.min(box.left, rect.x),
      top: Math.min(box.top, rect.y),
      right: Math.max(box.right, rect.x + rect.width),
      bottom: Math.max(box.bottom, rect.y + rect.height),
    }),
    { left: 0, top: 0, right: 0, bottom: 0 },
  );
  return { orientation, lanes, phases: phaseFrames, flowStart, flowEnd, bounds };
}

function contains(rect: Rect, point: Point): boolean {
  // A band owns its first edge, not its last, so bands that touch never both claim a point.
  return (
    point.x >= rect.x &&
    point.x < rect.x + rect.width &&
    point.y >= rect.y &&
    point.y < rect.y + rect.height
  );
}

/** The lane under a point (a drop, a shape's centre), if any. */
export function laneAtPoint(frame: DiagramFrame, point: Point): LaneFrame | undefined {
  return frame.lanes.find((lane) => contains(lane.rect, point));
}

/** The phase under a point, if any. */
export function phaseAtPoint(frame: DiagramFrame, point: Point): PhaseFrame | undefined {
  return frame.phases.find((phase) => contains(phase.rect, point));
}
