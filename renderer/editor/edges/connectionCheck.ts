import { checkConnection, type ConnectionRefusal } from '../../../shared/connectionRules';
import { SIDES, type ProcessGraph, type Side } from '../../../shared/process';

/*
 * The canvas side of the connection rules: turning what React Flow knows about a drag (start
 * and end nodes and handles, the connector being re-attached) into a ConnectionAttempt.
 */

export type CanvasConnection = {
  source: string;
  target: string;
  sourceHandle?: string | null;
  targetHandle?: string | null;
};

export function sideOf(handle: string | null | undefined): Side | null {
  return SIDES.find((side) => side === handle) ?? null;
}

export function refusalOf(
  graph: ProcessGraph,
  connection: CanvasConnection,
  replacing?: string | null,
): ConnectionRefusal | null {
  return checkConnection(graph, {
    source: connection.source,
    target: connection.target,
    sourceSide: sideOf(connection.sourceHandle),
    targetSide: sideOf(connection.targetHandle),
    ...(replacing ? { replacing } : {}),
  });
}

/** The side of a shape nearest a point (where a connector dropped on the shape arrives). */
export function nearestSide(
  rect: { x: number; y: number; width: number; height: number },
  point: { x: number; y: number },
): Side {
  const distances: [Side, number][] = [
    ['top', Math.abs(point.y - rect.y)],
    ['bottom', Math.abs(point.y - (rect.y + rect.height))],
    ['left', Math.abs(point.x - rect.x)],
    ['right', Math.abs(point.x - (rect.x + rect.width))],
  ];
  distances.sort((a, b) => a[1] - b[1]);
  return distances[0]?.[0] ?? 'left';
}
