import type { DiagramFrame } from '../../../shared/layout/frame';
import type { Orientation, ProcessNode, ValueClass } from '../../../shared/process';

/*
 * What a step shape shows besides its label: its number, the method marks (value class as a
 * colour band; approval, inspection and hand-off as icons) and, for an activity done jointly
 * by two roles, how far the drawn shape reaches across the lanes beyond the node's own box.
 */

export type StepMarks = {
  orientation: Orientation;
  stepNumber: number | null;
  valueClass: ValueClass | null;
  approval: boolean;
  inspection: boolean;
  handOff: boolean;
  /** Joint activity: extra extent drawn before and after the box, across the flow; else null. */
  span: { before: number; after: number } | null;
};

/** The band colour of each value class (the legend shows the same). */
export const VALUE_COLOURS: Readonly<Record<ValueClass, string>> = {
  VA: '#2e8b57',
  BVA: '#d49a12',
  NVA: '#c0392b',
};

/** Least gap between a joint shape and the outer edges of the lanes it spans. */
const JOINT_MARGIN = 12;

export function stepMarks(node: ProcessNode, frame: DiagramFrame): StepMarks {
  const details = node.activity;
  return {
    orientation: frame.orientation,
    stepNumber: node.stepNumber ?? null,
    valueClass: details?.valueClass ?? null,
    approval: details?.isApproval ?? false,
    inspection: details?.isInspection ?? false,
    handOff: details?.isHandOff ?? false,
    span: jointSpan(node, frame),
  };
}

function jointSpan(node: ProcessNode, frame: DiagramFrame): StepMarks['span'] {
  if (!node.jointLaneId || node.jointLaneId === node.laneId) return null;
  const home = frame.lanes.findIndex((lane) => lane.laneId === node.laneId);
  const joint = frame.lanes.findIndex((lane) => lane.laneId === node.jointLaneId);
  const first = frame.lanes[Math.min(home, joint)];
  const last = frame.lanes[Math.max(home, joint)];
  if (home < 0 || joint < 0 || !first || !last) return null;
  const horizontal = frame.orientation === 'horizontal';
  const start = horizontal ? first.rect.y : first.rect.x;
  const end = horizontal ? last.rect.y + last.rect.height : last.rect.x + last.rect.width;
  const boxStart = horizontal ? node.y : node.x;
  const boxEnd = boxStart + (horizontal ? node.height : node.width);
  return {
    before: Math.max(0, boxStart - (start + JOINT_MARGIN)),
    after: Math.max(0, end - JOINT_MARGIN - boxEnd),
  };
}
