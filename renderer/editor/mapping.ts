import type { Edge, Node } from '@xyflow/react';
import type { NodeKind, ProcessGraph } from '../../shared/process';
import { diagramWidth, laneBands, LANE_HEADER_WIDTH } from './geometry';

/*
 * toFlow keeps React Flow's shapes out of the domain: the graph is the document; these nodes
 * and edges are only how the canvas draws it. Node data holds serialisable domain data only.
 */

export type StepData = { kind: NodeKind; label: string; laneName: string | null };
export type LaneData = { name: string; width: number; height: number; index: number };

export type StepFlowNode = Node<StepData, 'step'>;
export type LaneFlowNode = Node<LaneData, 'lane'>;
export type FlowNode = StepFlowNode | LaneFlowNode;

/** Prefix of lane nodes on the canvas, so a lane never collides with a step's id. */
export const LANE_PREFIX = 'lane:';

export function toFlow(graph: ProcessGraph): { nodes: FlowNode[]; edges: Edge[] } {
  const width = diagramWidth(graph);
  const laneNames = new Map(graph.lanes.map((lane) => [lane.id, lane.name]));
  const lanes: LaneFlowNode[] = laneBands(graph.lanes).map((band, index) => ({
    id: `${LANE_PREFIX}${band.laneId}`,
    type: 'lane',
    position: { x: 0, y: band.top },
    data: { name: graph.lanes[index]?.name ?? '', width, height: band.bottom - band.top, index },
    draggable: false,
    selectable: true,
    connectable: false,
    focusable: true,
    zIndex: -1,
    style: { width, height: band.bottom - band.top },
  }));
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
  return { nodes: [...lanes, ...steps], edges };
}

export function isLaneNodeId(id: string): boolean {
  return id.startsWith(LANE_PREFIX);
}

export function laneIdOf(flowId: string): string {
  return flowId.slice(LANE_PREFIX.length);
}

export { LANE_HEADER_WIDTH };
