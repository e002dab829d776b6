import type { NodeTypes } from '@xyflow/react';
import { LaneNode } from './LaneNode';
import { PhaseNode } from './PhaseNode';
import { StepNode } from './StepNode';

/** Defined once at module level, as React Flow requires, so nodes are not re-mounted. */
export const nodeTypes: NodeTypes = { step: StepNode, lane: LaneNode, phase: PhaseNode };
