import { connectorKind } from '../connectionRules';
import { diagramFrame, type DiagramFrame } from '../layout/frame';
import type { Rect } from '../layout/geometry';
import type { ProcessGraph } from '../process';
import { drawLabel, drawRoute, hopsOf, type DrawnLabel, type DrawnRoute } from './connectors';
import { marksInUse, type MarksInUse } from './marks';
import { routeOf } from './routes';
import { drawStep, drawnRect, type DrawnStep } from './shapes';

/*
 * Everything a picture shows, drawn once in diagram units: the frame (lanes, phases), each
 * step, each connector with its hops and label. Pages then pick what falls in their window.
 */

export type SceneStep = DrawnStep & { id: string };
export type SceneRoute = DrawnRoute & { svg: string; bounds: Rect };

export type Scene = {
  frame: DiagramFrame;
  steps: SceneStep[];
  routes: SceneRoute[];
  labels: DrawnLabel[];
  marks: MarksInUse;
};

function boundsOfPoints(route: DrawnRoute): Rect {
  const xs = route.points.map((p) => p.x);
  const ys = route.points.map((p) => p.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

export function buildScene(graph: ProcessGraph): Scene {
  const frame = diagramFrame(graph);
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const steps = graph.nodes.map((node) => ({ id: node.id, ...drawStep(node, frame) }));
  const drawn: DrawnRoute[] = [];
  const labelled: { text: string; index: number; at: ProcessGraph['edges'][number]['labelAt'] }[] =
    [];
  for (const edge of graph.edges) {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (!source || !target) continue;
    const points = routeOf(
      edge,
      { rect: drawnRect(source, frame), kind: source.kind },
      { rect: drawnRect(target, frame), kind: target.kind },
      frame.orientation,
    );
    const association = connectorKind(source.kind, target.kind) === 'association';
    labelled.push({ text: edge.label, index: drawn.length, at: edge.labelAt });
    drawn.push({ id: edge.id, points, association });
  }
  const hops = hopsOf(drawn);
  const routes = drawn.map((route) => ({
    ...route,
    svg: drawRoute(route, hops.get(route.id)),
    bounds: boundsOfPoints(route),
  }));
  const labels: DrawnLabel[] = [];
  for (const { text, index, at } of labelled) {
    const label = drawLabel(text, drawn[index]?.points ?? [], at ?? undefined, labels);
    if (label) labels.push(label);
  }
  return { frame, steps, routes, labels, marks: marksInUse(graph.nodes) };
}
