import type { Edge, Node } from '@xyflow/react';
import { diagramFrame } from '../../shared/layout/frame';
import type { NodeKind, ProcessGraph } from '../../shared/process';
import { frameNodes, LANE_PREFIX, type LaneFlowNode, type PhaseFlowNode } from './view/frameNodes';
import { stepMarks, type StepMarks } from './view/stepMarks';

/*
 * toFlow keeps React Flow's shapes out of the domain: the graph is the document; these nodes
 * and edges are only how the canvas draws it. Node data holds serialisable domain data only.
 */

export type StepData = { kind: NodeKind; label: string; laneName: string | null } & StepMarks;

export type StepFlowNode = Node<StepData, 'step'>;
export type FlowNode = StepFlowNode | LaneFlowNode | PhaseFlowNode;
export type { LaneData, LaneFlowNode, PhaseFlowNode } from './view/frameNodes';
export { LANE_PREFIX };

export function toFlow(graph: ProcessGraph): { nodes: FlowNode[]; edges: Edge[] } {
  // Lanes and phases come from the frame every drawer shares, in either orientation.
  const frame = diagramFrame(graph);
  const laneNames = new Map(graph.lanes.map((lane) => [lane.id, lane.name]));
  const steps: StepFlowNode[] = graph.nodes.map((node) => ({
    id: node.id,
    type: 'step',
    position: { x: node.x, y: node.y },
    width: node.width,
    height: node.height,
    data: {
      kind: node.kind,
      label: node.label,
      laneName: node.laneId === null ? null : (laneNames.get(node.laneId) ?? null),
      ...stepMarks(node, frame),
    },
  }));
  const edges: Edge[] = graph.edges.map((edge) => ({
    id: edge.id,
    source: edge.source,
    target: edge.target,
    label: edge.label || undefined,
    type: 'smoothstep',
    labelBgPadding: [4, 2],
    labelStyle: { fontSize: 12 },
  }));
  return { nodes: [...frameNodes(frame), ...steps], edges };
}

export function isLaneNodeId(id: string): boolean {
  return id.startsWith(LANE_PREFIX);
}

export function laneIdOf(flowId: string): string {
  return flowId.slice(LANE_PREFIX.length);
}
