import type { ProcessGraph } from '../../shared/process';
import type { LabelEdit } from './CanvasOverlays';
import { anchorOf, labelPoint, routeOf, sidesOf } from './edges/route';

/** Width and height of the editor of a connector's label. */
const EDGE_LABEL_BOX = { width: 120, height: 30 };

/**
 * Where the in-place editor of a label opens: over the step, or over the connector's label.
 * `text` replaces the label (the user started typing); without it the editor shows the label.
 */
export function labelEditFor(graph: ProcessGraph, id: string, text?: string): LabelEdit | null {
  const node = graph.nodes.find((candidate) => candidate.id === id);
  if (node) {
    const rect = { x: node.x, y: node.y, width: node.width, height: node.height };
    return { id, rect, text: text ?? node.label };
  }
  const edge = graph.edges.find((candidate) => candidate.id === id);
  const source = graph.nodes.find((candidate) => candidate.id === edge?.source);
  const target = graph.nodes.find((candidate) => candidate.id === edge?.target);
  if (!edge || !source || !target) return null;
  const { sourceSide, targetSide } = sidesOf(edge, source, target);
  const at =
    edge.labelAt ??
    labelPoint(
      routeOf(
        anchorOf(source, sourceSide),
        sourceSide,
        anchorOf(target, targetSide),
        targetSide,
        edge.waypoints,
      ),
    );
  return {
    id,
    rect: {
      x: at.x - EDGE_LABEL_BOX.width / 2,
      y: at.y - EDGE_LABEL_BOX.height / 2,
      ...EDGE_LABEL_BOX,
    },
    text: text ?? edge.label,
  };
}
