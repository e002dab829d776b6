import type { ProcessGraph } from '../../shared/process';

/*
 * Keeping connectors' routes true after an edit. Bends stored for a connector belong to where
 * its shapes were; when one of its shapes moved (or it was re-attached) those bends are
 * dropped, and the connector is drawn with the plain orthogonal route until it is routed again.
 */

/** The graph with the bends of every connector touching `movedIds` forgotten. */
export function rerouteAfter(graph: ProcessGraph, movedIds: readonly string[]): ProcessGraph {
  const moved = new Set(movedIds);
  let changed = false;
  const edges = graph.edges.map((edge) => {
    if (!(moved.has(edge.source) || moved.has(edge.target) || moved.has(edge.id))) return edge;
    if (!edge.waypoints?.length && !edge.labelAt) return edge;
    changed = true;
    const { waypoints: _bends, labelAt: _label, ...rest } = edge;
    return rest;
  });
  return changed ? { ...graph, edges } : graph;
}
