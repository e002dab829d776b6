import type { Node } from '@xyflow/react';
import { diagramFrame, type DiagramFrame } from '../../shared/layout/frame';
import type { GatewayType, NodeKind, ProcessGraph, ProcessNode } from '../../shared/process';
import { edgesToFlow, sameEdge, type ConnectorFlowEdge } from './edges/connectorFlow';
import { PLAIN_FLOW_TEXT, type FlowText } from './flowText';
import {
  frameNodes,
  isPhaseNodeId,
  LANE_PREFIX,
  phaseIdOf,
  type LaneFlowNode,
  type PhaseFlowNode,
} from './view/frameNodes';
import { stepMarks, type StepMarks } from './view/stepMarks';

/*
 * toFlow keeps React Flow's shapes out of the domain: the graph is the document; these nodes
 * and edges are only how the canvas draws it. Node data holds serialisable domain data only.
 *
 * A mapper remembers what it drew last: a step whose domain object did not change (and whose
 * lane name and marks stayed the same) keeps the very same flow node, so memoised nodes skip
 * re-rendering on every edit — one keystroke in a label re-renders one shape, not the whole map.
 */

export type StepData = {
  kind: NodeKind;
  label: string;
  laneName: string | null;
  /** A decision's gateway type when not exclusive (drawn as a marker). */
  gateway?: GatewayType;
} & StepMarks;

export type StepFlowNode = Node<StepData, 'step'>;
export type FlowNode = StepFlowNode | LaneFlowNode | PhaseFlowNode;
export type { LaneData, LaneFlowNode, PhaseFlowNode } from './view/frameNodes';
export type { ConnectorData, ConnectorFlowEdge } from './edges/connectorFlow';
export { LANE_PREFIX };

export type Flow = { nodes: FlowNode[]; edges: ConnectorFlowEdge[] };

type StepMemo = { node: ProcessNode; laneName: string | null; flow: StepFlowNode };

/** A toFlow that reuses the flow objects of everything unchanged since its last call. */
export function createFlowMapper(text: FlowText = PLAIN_FLOW_TEXT): (graph: ProcessGraph) => Flow {
  let steps = new Map<string, StepMemo>();
  let frameItems = new Map<string, LaneFlowNode | PhaseFlowNode>();
  let edges = new Map<string, ConnectorFlowEdge>();
  return (graph) => {
    // Lanes and phases come from the frame every drawer shares, in either orientation.
    const frame = diagramFrame(graph);
    const laneNames = new Map(graph.lanes.map((lane) => [lane.id, lane.name]));
    const nextSteps = new Map<string, StepMemo>();
    const stepNodes = graph.nodes.map((node) => {
      const laneName = node.laneId === null ? null : (laneNames.get(node.laneId) ?? null);
      const memo = steps.get(node.id);
      const fresh = stepToFlow(node, laneName, frame, text);
      const flow =
        memo && memo.node === node && memo.laneName === laneName && sameData(memo.flow, fresh)
          ? memo.flow
          : fresh;
      nextSteps.set(node.id, { node, laneName, flow });
      return flow;
    });
    const phaseNames = new Map((graph.phases ?? []).map((phase) => [phase.id, phase.name]));
    const frameList = frameNodes(frame).map((item) => {
      const named = nameFrameNode(item, phaseNames, text);
      const old = frameItems.get(named.id);
      return old && sameData(old, named) ? old : named;
    });
    const edgeList = edgesToFlow(graph, text).map((edge) => {
      const old = edges.get(edge.id);
      return old && sameEdge(old, edge) ? old : edge;
    });
    steps = nextSteps;
    frameItems = new Map(frameList.map((item) => [item.id, item]));
    edges = new Map(edgeList.map((edge) => [edge.id, edge]));
    return { nodes: [...frameList, ...stepNodes], edges: edgeList };
  };
}

/** The canvas picture of a graph, from scratch. */
export function toFlow(graph: ProcessGraph, text?: FlowText): Flow {
  return createFlowMapper(text)(graph);
}

function stepToFlow(
  node: ProcessNode,
  laneName: string | null,
  frame: DiagramFrame,
  text: FlowText,
): StepFlowNode {
  const data: StepData = {
    kind: node.kind,
    label: node.label,
    laneName,
    ...stepMarks(node, frame),
    ...(node.gateway && node.gateway !== 'exclusive' ? { gateway: node.gateway } : {}),
  };
  return {
    id: node.id,
    type: 'step',
    position: { x: node.x, y: node.y },
    width: node.width,
    height: node.height,
    ariaLabel: text.step(data),
    // Said instead of React Flow's English "node", in the interface language.
    domAttributes: { 'aria-roledescription': text.stepRole },
    data,
  };
}

function nameFrameNode(
  item: LaneFlowNode | PhaseFlowNode,
  phaseNames: ReadonlyMap<string, string>,
  text: FlowText,
): LaneFlowNode | PhaseFlowNode {
  if (item.type === 'lane') {
    return {
      ...item,
      ariaLabel: text.lane(item.data.name),
      domAttributes: { 'aria-roledescription': text.laneRole },
    };
  }
  if (isPhaseNodeId(item.id)) {
    return {
      ...item,
      ariaLabel: text.phase(phaseNames.get(phaseIdOf(item.id)) ?? ''),
      domAttributes: { 'aria-roledescription': text.phaseRole },
    };
  }
  return item;
}

/** Same place, size, name and data (flat values, and the joint span's two numbers). */
function sameData(a: FlowNode, b: FlowNode): boolean {
  if (
    a.position.x !== b.position.x ||
    a.position.y !== b.position.y ||
    a.width !== b.width ||
    a.height !== b.height ||
    a.ariaLabel !== b.ariaLabel
  ) {
    return false;
  }
  const x = a.data as Record<string, unknown>;
  const y = b.data as Record<string, unknown>;
  const keys = Object.keys(x);
  return (
    keys.length === Object.keys(y).length &&
    keys.every((key) => {
      const u = x[key];
      const v = y[key];
      if (u && v && typeof u === 'object' && typeof v === 'object') {
        return JSON.stringify(u) === JSON.stringify(v);
      }
      return u === v;
    })
  );
}

export function isLaneNodeId(id: string): boolean {
  return id.startsWith(LANE_PREFIX);
}

export function laneIdOf(flowId: string): string {
  return flowId.slice(LANE_PREFIX.length);
}
