import { diagramFrame, laneAtPoint, phaseAtPoint } from '../../../shared/layout/frame';
import type { ProcessGraph, ProcessNode } from '../../../shared/process';

/*
 * Keeps each step's lane and phase in step with where it is drawn, in either orientation: a
 * step belongs to the lane and the phase its centre lies in. Applied after every edit to the
 * steps that edit placed or moved (new, or with another position or size); when the phases
 * themselves changed, every step's phase is read again.
 */

const centre = (node: ProcessNode) => ({
  x: node.x + node.width / 2,
  y: node.y + node.height / 2,
});

function placedAgain(before: ProcessNode | undefined, after: ProcessNode): boolean {
  return (
    !before ||
    before.x !== after.x ||
    before.y !== after.y ||
    before.width !== after.width ||
    before.height !== after.height
  );
}

/** `after` with the lanes and phases of its moved or new steps read from the frame. */
export function syncPlacement(before: ProcessGraph, after: ProcessGraph): ProcessGraph {
  if (before === after) return after;
  const frame = diagramFrame(after);
  const previous = new Map(before.nodes.map((node) => [node.id, node]));
  const phasesChanged = before.phases !== after.phases || before.orientation !== after.orientation;
  const hasPhases = frame.phases.length > 0;
  let changed = false;
  const nodes = after.nodes.map((node) => {
    const moved = placedAgain(previous.get(node.id), node);
    if (!moved && !phasesChanged) return node;
    const point = centre(node);
    let laneId = node.laneId;
    if (moved) {
      const lane = laneAtPoint(frame, point);
      // Annotations may float outside every lane; other steps keep theirs when dropped outside.
      laneId = lane?.laneId ?? (node.kind === 'annotation' ? null : node.laneId);
    }
    const phaseId = hasPhases ? (phaseAtPoint(frame, point)?.phaseId ?? null) : null;
    const samePhase = (node.phaseId ?? null) === phaseId;
    const jointLaneId = node.jointLaneId === laneId ? null : node.jointLaneId;
    if (laneId === node.laneId && samePhase && jointLaneId === node.jointLaneId) return node;
    changed = true;
    const placed: ProcessNode = { ...node, laneId };
    if (hasPhases || node.phaseId !== undefined) placed.phaseId = phaseId;
    if (node.jointLaneId !== undefined) placed.jointLaneId = jointLaneId;
    return placed;
  });
  return changed ? { ...after, nodes } : after;
}

/** Where a step added without a drop point goes: in the first lane, a little further on each time. */
export function defaultDropPoint(graph: ProcessGraph): { x: number; y: number } {
  const frame = diagramFrame(graph);
  const lane = frame.lanes[0];
  const along = frame.flowStart + 120 + graph.nodes.length * 20;
  if (!lane) return frame.orientation === 'horizontal' ? { x: along, y: 80 } : { x: 80, y: along };
  const centre = { x: lane.rect.x + lane.rect.width / 2, y: lane.rect.y + lane.rect.height / 2 };
  return frame.orientation === 'horizontal' ? { x: along, y: centre.y } : { x: centre.x, y: along };
}
