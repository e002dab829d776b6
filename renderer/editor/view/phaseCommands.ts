import { along, diagramFrame, orientationOf } from '../../../shared/layout/frame';
import type { Orientation, Point, ProcessGraph } from '../../../shared/process';
import type { IdSource } from '../commands/nodeCommands';

/*
 * Commands on phases (阶段): bands across all lanes, one after another along the flow from
 * the end of the lane titles. A step belongs to the phase its centre lies in; when a phase
 * grows, shrinks or goes, the steps after it move along the flow with their phases, so no step
 * changes phase because an earlier one was resized.
 */

/** Size of a phase added after others, along the flow. */
export const DEFAULT_PHASE_SIZE = 400;
/** Room kept after the last step when a phase is made to hold the steps beyond the others. */
const PHASE_TAIL = 60;
export const PHASE_SIZE_RANGE = { min: 20, max: 100000 } as const;

/**
 * Appends a phase. The first phase of a map takes in every step already drawn; a later one
 * takes in the steps beyond the last phase (or gets the default size when there are none).
 */
export function addPhase(graph: ProcessGraph, name: string, newId: IdSource): ProcessGraph {
  const orientation = orientationOf(graph);
  const phases = graph.phases ?? [];
  const frame = diagramFrame(graph);
  const phasesEnd = phases.reduce((end, phase) => end + phase.size, frame.flowStart);
  const lastStepEnd = graph.nodes.reduce(
    (end, node) =>
      Math.max(end, along(orientation, { x: node.x + node.width, y: node.y + node.height })),
    phasesEnd,
  );
  const size = Math.max(
    lastStepEnd > phasesEnd ? lastStepEnd - phasesEnd + PHASE_TAIL : 0,
    DEFAULT_PHASE_SIZE,
  );
  return { ...graph, phases: [...phases, { id: newId(), name, size }] };
}

export function renamePhase(graph: ProcessGraph, id: string, name: string): ProcessGraph {
  const phases = graph.phases ?? [];
  if (!phases.some((phase) => phase.id === id && phase.name !== name)) return graph;
  return { ...graph, phases: phases.map((p) => (p.id === id ? { ...p, name } : p)) };
}

/** Resizes a phase; steps after its end move along the flow by the change. */
export function resizePhase(graph: ProcessGraph, id: string, size: number): ProcessGraph {
  const bounded = Math.round(Math.min(PHASE_SIZE_RANGE.max, Math.max(PHASE_SIZE_RANGE.min, size)));
  const phases = graph.phases ?? [];
  const phase = phases.find((p) => p.id === id);
  if (!phase || phase.size === bounded) return graph;
  const end = phaseStart(graph, id) + phase.size;
  const shifted = shiftAlong(graph, end, bounded - phase.size);
  return { ...shifted, phases: phases.map((p) => (p.id === id ? { ...p, size: bounded } : p)) };
}

/**
 * Removes a phase. Steps after it move back by its size; its own steps stay where they are
 * and so join the phase that now begins there.
 */
export function deletePhase(graph: ProcessGraph, id: string): ProcessGraph {
  const phases = graph.phases ?? [];
  const phase = phases.find((p) => p.id === id);
  if (!phase) return graph;
  const end = phaseStart(graph, id) + phase.size;
  const shifted = shiftAlong(graph, end, -phase.size);
  const rest = phases.filter((p) => p.id !== id);
  const nodes = shifted.nodes.map((node) =>
    node.phaseId === id ? { ...node, phaseId: null } : node,
  );
  return { ...shifted, nodes, phases: rest };
}

function phaseStart(graph: ProcessGraph, id: string): number {
  return (
    diagramFrame(graph).phases.find((p) => p.phaseId === id)?.rect[
      orientationOf(graph) === 'horizontal' ? 'x' : 'y'
    ] ?? 0
  );
}

function shiftPoint(orientation: Orientation, point: Point, delta: number): Point {
  return orientation === 'horizontal'
    ? { x: point.x + delta, y: point.y }
    : { x: point.x, y: point.y + delta };
}

/** Moves everything whose centre (or bend) lies at or after `from` along the flow by `delta`. */
export function shiftAlong(graph: ProcessGraph, from: number, delta: number): ProcessGraph {
  if (delta === 0) return graph;
  const orientation = orientationOf(graph);
  const after = (point: Point) => along(orientation, point) >= from;
  const nodes = graph.nodes.map((node) => {
    const centre = { x: node.x + node.width / 2, y: node.y + node.height / 2 };
    return after(centre) ? { ...node, ...shiftPoint(orientation, node, delta) } : node;
  });
  const edges = graph.edges.map((edge) => {
    if (!edge.waypoints?.length && !edge.labelAt) return edge;
    return {
      ...edge,
      ...(edge.waypoints
        ? {
            waypoints: edge.waypoints.map((p) =>
              after(p) ? shiftPoint(orientation, p, delta) : p,
            ),
          }
        : {}),
      ...(edge.labelAt && after(edge.labelAt)
        ? { labelAt: shiftPoint(orientation, edge.labelAt, delta) }
        : {}),
    };
  });
  return { ...graph, nodes, edges };
}
