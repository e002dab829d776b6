import type { Node } from '@xyflow/react';
import type { DiagramFrame } from '../../../shared/layout/frame';
import type { Orientation } from '../../../shared/process';

/*
 * The lanes and phases of the map as React Flow nodes, drawn from the one frame every drawer
 * uses (shared/layout/frame.ts), so the canvas puts a lane exactly where the layout, the
 * pictures and BPMN DI do, in either orientation. They sit under the steps (zIndex -1).
 */

export type LaneData = {
  name: string;
  orientation: Orientation;
  index: number;
  width: number;
  height: number;
  /** Size of the title part: its width (horizontal lanes) or height (vertical ones). */
  header: number;
};

/** A phase's title band (selectable) and its body across all lanes (drawn only). */
export type PhaseData = {
  name: string;
  orientation: Orientation;
  part: 'title' | 'body';
  index: number;
  width: number;
  height: number;
};

export type LaneFlowNode = Node<LaneData, 'lane'>;
export type PhaseFlowNode = Node<PhaseData, 'phase'>;

/** Prefix of lane nodes on the canvas, so a lane never collides with a step's id. */
export const LANE_PREFIX = 'lane:';
/** Prefix of phase title nodes (selectable); their bodies add PHASE_BODY_SUFFIX. */
export const PHASE_PREFIX = 'phase:';
const PHASE_BODY_SUFFIX = ':body';

export function isPhaseNodeId(id: string): boolean {
  return id.startsWith(PHASE_PREFIX) && !id.endsWith(PHASE_BODY_SUFFIX);
}

export function phaseIdOf(flowId: string): string {
  return flowId.slice(PHASE_PREFIX.length);
}

export function frameNodes(frame: DiagramFrame): (LaneFlowNode | PhaseFlowNode)[] {
  const { orientation } = frame;
  const lanes = frame.lanes.map((lane, index): LaneFlowNode => ({
    id: `${LANE_PREFIX}${lane.laneId}`,
    type: 'lane',
    position: { x: lane.rect.x, y: lane.rect.y },
    data: {
      name: lane.name,
      orientation,
      index,
      width: lane.rect.width,
      height: lane.rect.height,
      header: orientation === 'horizontal' ? lane.header.width : lane.header.height,
    },
    draggable: false,
    selectable: true,
    connectable: false,
    focusable: true,
    zIndex: -2,
    style: { width: lane.rect.width, height: lane.rect.height },
  }));
  const phases = frame.phases.flatMap((phase, index): PhaseFlowNode[] => [
    {
      id: `${PHASE_PREFIX}${phase.phaseId}${PHASE_BODY_SUFFIX}`,
      type: 'phase',
      position: { x: phase.rect.x, y: phase.rect.y },
      data: {
        name: phase.name,
        orientation,
        part: 'body',
        index,
        width: phase.rect.width,
        height: phase.rect.height,
      },
      draggable: false,
      selectable: false,
      connectable: false,
      focusable: false,
      zIndex: -1,
      // The body only draws the phase's boundaries; clicks go through to the lanes.
      style: { width: phase.rect.width, height: phase.rect.height, pointerEvents: 'none' },
    },
    {
      id: `${PHASE_PREFIX}${phase.phaseId}`,
      type: 'phase',
      position: { x: phase.header.x, y: phase.header.y },
      data: {
        name: phase.name,
        orientation,
        part: 'title',
        index,
        width: phase.header.width,
        height: phase.header.height,
      },
      draggable: false,
      selectable: true,
      connectable: false,
      focusable: true,
      zIndex: -1,
      style: { width: phase.header.width, height: phase.header.height },
    },
  ]);
  return [...lanes, ...phases];
}
