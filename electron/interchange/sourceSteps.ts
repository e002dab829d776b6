import { JOINT_LANE_ATTR, STEP_NUMBER_ATTR } from './roleflowSchema';
import { type SourceNode } from './sourceTypes';

/*
 * The step marks a RoleFlow file writes on its flow nodes (roleflowSchema.ts): the step number
 * and the second lane of a joint step. Only values the editor could have written are read —
 * a whole number in range, a lane of this process other than the step's own — so a
 * hand-edited file never yields a map its next save would refuse.
 */

const MAX_STEP_NUMBER = 999999;

export function readStepMarks(nodes: Map<string, SourceNode>, laneIds: Set<string>): void {
  for (const { node, moddle } of nodes.values()) {
    const number: unknown = moddle.get(STEP_NUMBER_ATTR);
    if (
      typeof number === 'number' &&
      Number.isInteger(number) &&
      number > 0 &&
      number <= MAX_STEP_NUMBER
    ) {
      node.stepNumber = number;
    }
    const joint: unknown = moddle.get(JOINT_LANE_ATTR);
    if (
      typeof joint === 'string' &&
      laneIds.has(joint) &&
      node.laneId !== null &&
      joint !== node.laneId
    ) {
      node.jointLaneId = joint;
    }
  }
}
