import { MarkerType, type Edge, type Node } from '@xyflow/react';
import { connectorKind, type ConnectorKind } from '../../shared/connectionRules';
import type {
  NodeKind,
  Point,
  ProcessEdge,
  ProcessGraph,
  ProcessNode,
  Side,
} from '../../shared/process';
import { anchorOf, labelPoint, routeOf, sidesOf } from './edges/route';
import { hopsOf } from './edges/hops';
import { diagramWidth, laneBands, LANE_HEADER_WIDTH } from './geometry';

/*
 * toFlow keeps React Flow's shapes out of the domain: the graph is the document; these nodes
 * and edges are only how the canvas draws it. Node data holds serialisable domain data only.
 *
 * A mapper remembers what it drew last: a step whose domain object did not change (and whose
 * lane kept its name) keeps the very same flow node, so memoised nodes skip re-rendering on
 * every edit — one keystroke in a label re-renders one shape, not the whole map.
 */

export type StepData = { kind: NodeKind; label: string; laneName: string | null };
export type LaneData = { name: string; width: number; height: number; index: number };
export type ConnectorData = {
  kind: ConnectorKind;
  /** The whole route in diagram units: source anchor, bends, target anchor. */
  route: Point[];
  /** Where the route jumps over another connector. */
  hops: Point[];
  /** Whether `route` has stored bends (the router's or the user's) or is the stand-in. */
  routed: boolean;
  labelAt: Point;
};

export type StepFlowNode = Node<StepData, 'step'>;
export type LaneFlowNode = Node<LaneData, 'lane'>;
export type FlowNode = StepFlowNode | LaneFlowNode;
export type ConnectorFlowEdge = Edge<ConnectorData, 'connector'>;

/** The arrowhead at a sequence connector's target, sized for reading at fit-to-view. */
const ARROW = { type: MarkerType.ArrowClosed, width: 16, height: 16, color: '#4a6a8a' };

/** Prefix of lane nodes on the canvas, so a lane never collides with a step's id. */
export const LANE_PREFIX = 'lane:';

export type Flow = { nodes: FlowNode[]; edges: ConnectorFlowEdge[] };

type StepMemo = { node: ProcessNode; laneName: string | null; flow: StepFlowNode };

/** A toFlow that reuses the flow objects of everything unchanged since its last call. */
export function createFlowMapper(): (graph: ProcessGraph) => Flow {
  let steps = new Map<string, StepMemo>();
  let lanes = new Map<string, LaneFlowNode>();
  let edges = new Map<string, ConnectorFlowEdge>();
  return (graph) => {
    const laneNames = new Map(graph.lanes.map((lane) => [lane.id, lane.name]));
    const nextSteps = new Map<string, StepMemo>();
    const stepNodes = graph.nodes.map((node) => {
      const laneName = node.laneId === null ? null : (laneNames.get(node.laneId) ?? null);
      const memo = steps.get(node.id);
      const flow =
        memo && memo.node === node && memo.laneName === laneName
          ? memo.flow
          : stepToFlow(node, laneName);
      nextSteps.set(node.id, { node, laneName, flow });
      return flow;
    });
    const laneNodes = lanesToFlow(graph).map((lane) => {
      const old = lanes.get(lane.id);
      return old && sameLane(old, lane) ? old : lane;
    });
    const edgeList = edgesToFlow(graph).map((edge) => {
      const old = edges.get(edge.id);
      return old && sameEdge(old, edge) ? old : edge;
    });
    steps = nextSteps;
    lanes = new Map(laneNodes.map((lane) => [lane.id, lane]));
    edges = new Map(edgeList.map((edge) => [edge.id, edge]));
    return { nodes: [...laneNodes, ...stepNodes], edges: edgeList };
  };
}

/** The canvas picture of a graph, from scratch. */
export function toFlow(graph: ProcessGraph): Flow {
  return createFlowMapper()(graph);
}

function stepToFlow(node: ProcessNode, laneName: string | null): StepFlowNode {
  return {
    id: node.id,
    type: 'step',
    position: { x: node.x, y: node.y },
    width: node.width,
    height: node.height,
    data: { kind: node.kind, label: node.label, laneName },
  };
}

function lanesToFlow(graph: ProcessGraph): LaneFlowNode[] {
  const width = diagramWidth(graph);
  return laneBands(graph.lanes).map((band, index) => ({
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
}

function edgesToFlow(graph: ProcessGraph): ConnectorFlowEdge[] {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const drawn = graph.edges.flatMap((edge) => {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    return source && target ? [{ edge, source, target, ...sidesOf(edge, source, target) }] : [];
  });
  const routes = drawn.map(({ edge, source, target, sourceSide, targetSide }) =>
    routeOf(
      anchorOf(source, sourceSide),
      sourceSide,
      anchorOf(target, targetSide),
      targetSide,
      edge.waypoints,
    ),
  );
  const hops = hopsOf(routes);
  return drawn.map(({ edge, source, target, sourceSide, targetSide }, index) =>
    edgeToFlow(edge, connectorKind(source.kind, target.kind), sourceSide, targetSide, {
      route: routes[index] ?? [],
      hops: hops[index] ?? [],
      // Read out by screen readers in any language (React Flow's own says "Edge from <id>").
      ariaLabel: `${source.label} → ${target.label}${edge.label ? ` (${edge.label})` : ''}`,
    }),
  );
}

function edgeToFlow(
  edge: ProcessEdge,
  kind: ConnectorKind,
  sourceSide: Side,
  targetSide: Side,
  drawn: { route: Point[]; hops: Point[]; ariaLabel: string },
): ConnectorFlowEdge {
  return {
    id: edge.id,
    ariaLabel: drawn.ariaLabel,
    type: 'connector',
    source: edge.source,
    target: edge.target,
    sourceHandle: sourceSide,
    targetHandle: targetSide,
    label: edge.label || undefined,
    // Every sequence connector shows its direction; an association to a note has none.
    ...(kind === 'sequence' ? { markerEnd: ARROW } : {}),
    data: {
      kind,
      route: drawn.route,
      hops: drawn.hops,
      routed: (edge.waypoints?.length ?? 0) > 0,
      labelAt: edge.labelAt ?? labelPoint(drawn.route),
    },
  };
}

function samePoints(a: readonly Point[], b: readonly Point[]): boolean {
  return a.length === b.length && a.every((p, i) => p.x === b[i]?.x && p.y === b[i]?.y);
}

function sameEdge(a: ConnectorFlowEdge, b: ConnectorFlowEdge): boolean {
  const x = a.data;
  const y = b.data;
  return (
    a.source === b.source &&
    a.target === b.target &&
    a.sourceHandle === b.sourceHandle &&
    a.targetHandle === b.targetHandle &&
    a.label === b.label &&
    a.ariaLabel === b.ariaLabel &&
    x !== undefined &&
    y !== undefined &&
    x.kind === y.kind &&
    x.routed === y.routed &&
    x.labelAt.x === y.labelAt.x &&
    x.labelAt.y === y.labelAt.y &&
    samePoints(x.route, y.route) &&
    samePoints(x.hops, y.hops)
  );
}

function sameLane(a: LaneFlowNode, b: LaneFlowNode): boolean {
  return (
    a.position.y === b.position.y &&
    a.data.name === b.data.name &&
    a.data.width === b.data.width &&
    a.data.height === b.data.height &&
    a.data.index === b.data.index
  );
}

export function isLaneNodeId(id: string): boolean {
  return id.startsWith(LANE_PREFIX);
}

export function laneIdOf(flowId: string): string {
  return flowId.slice(LANE_PREFIX.length);
}

export { LANE_HEADER_WIDTH };
