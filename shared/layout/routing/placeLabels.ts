import type { Point, ProcessEdge, ProcessGraph } from '../../process';
import { diagramFrame } from '../frame';
import { boxOf, type Box } from '../geometry';
import { labelBox, placeLabel, type LabelSpace } from './labels';
import { outsideTheLanes } from './routeContext';
import { SpatialIndex } from './spatialIndex';

/*
 * The label spots of the connectors just routed, once every route is known: labels that
 * stay claim their spots first, then each new one takes the first free spot by its route.
 */

/** Nominal text for the spot of a connector without a label, should the user type one. */
const NOMINAL_LABEL = '是否';

export function placeLabels(
  graph: ProcessGraph,
  edges: ProcessEdge[],
  paths: readonly (Point[] | null)[],
  selected: readonly boolean[],
): void {
  const space: LabelSpace = {
    shapes: new SpatialIndex<Box>(),
    lines: new SpatialIndex<Box & { edge: number }>(),
    placed: new SpatialIndex<Box>(),
  };
  for (const node of graph.nodes) space.shapes.add(boxOf(node));
  // The lane and phase titles are as much in the way as a shape.
  const frame = diagramFrame(graph);
  for (const title of [...frame.lanes.map((l) => l.header), ...frame.phases.map((p) => p.header)]) {
    space.shapes.add(boxOf(title));
  }
  // And so is the outside of the chart, where the pictures would cut a label off.
  for (const strip of outsideTheLanes(graph, frame)) space.shapes.add(strip);
  paths.forEach((path, edge) => {
    for (let i = 1; path && i < path.length; i++) {
      const a = path[i - 1];
      const b = path[i];
      if (!a || !b) continue;
      space.lines.add({
        left: Math.min(a.x, b.x),
        right: Math.max(a.x, b.x),
        top: Math.min(a.y, b.y),
        bottom: Math.max(a.y, b.y),
        edge,
      });
    }
  });
  // Labels that stay where they are claim their spots first.
  edges.forEach((edge, i) => {
    if (!selected[i] && edge.labelAt && edge.label.trim() !== '') {
      space.placed.add(labelBox(edge.label, edge.labelAt));
    }
  });
  edges.forEach((edge, i) => {
    const path = paths[i];
    if (!selected[i] || !path) return;
    const text = edge.label.trim();
    const at = placeLabel(space, i, text === '' ? NOMINAL_LABEL : text, path);
    edge.labelAt = at;
    if (text !== '') space.placed.add(labelBox(text, at));
  });
}
