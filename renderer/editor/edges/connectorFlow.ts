import { MarkerType, type Edge } from '@xyflow/react';
import { connectorKind, type ConnectorKind } from '../../../shared/connectionRules';
import type { Point, ProcessEdge, ProcessGraph, Side } from '../../../shared/process';
import type { FlowText } from '../flowText';
import { hopsOf } from './hops';
import { anchorOf, labelPoint, routeOf, sidesOf } from './route';

/*
 * Connectors as React Flow edges: each carries its whole route (the stored bends, or a
 * stand-in while it has none), the hops where it jumps another connector, and its label's
 * place, so the edge component only draws and never computes a route of its own.
 */

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

export type ConnectorFlowEdge = Edge<ConnectorData, 'connector'>;

/** The arrowhead at a sequence connector's target, sized for reading at fit-to-view. */
const ARROW = { type: MarkerType.ArrowClosed, width: 16, height: 16, color: '#4a6a8a' };

export function edgesToFlow(graph: ProcessGraph, text: FlowText): ConnectorFlowEdge[] {
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
      // Read out by screen readers in the interface language (React Flow's own says
      // "Edge from <id>").
      ariaLabel: text.connector(source.label, target.label, edge.label),
      roleDescription: text.connectorRole,
    }),
  );
}

function edgeToFlow(
  edge: ProcessEdge,
  kind: ConnectorKind,
  sourceSide: Side,
  targetSide: Side,
  drawn: { route: Point[]; hops: Point[]; ariaLabel: string; roleDescription: string },
): ConnectorFlowEdge {
  return {
    id: edge.id,
    ariaLabel: drawn.ariaLabel,
    type: 'connector',
    // The ends as attributes (not words), for tests and tools that look a connector up.
    domAttributes: {
      // Said instead of React Flow's English "edge", in the interface language.
      'aria-roledescription': drawn.roleDescription,
      'data-source': edge.source,
      'data-target': edge.target,
    } as Edge['domAttributes'],
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

export function sameEdge(a: ConnectorFlowEdge, b: ConnectorFlowEdge): boolean {
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
