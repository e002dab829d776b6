import { rerouteAround } from '../../shared/layout/router';
import type { ProcessEdge, ProcessGraph, ProcessNode } from '../../shared/process';

/*
 * Keeping connectors' routes true after an edit, so no connector runs through a step: every
 * command's result passes through here. Shapes that moved, were resized or added have their
 * connectors (and any connector now running through them) routed again by the shared router;
 * a connector that is new or was re-attached has no bends yet and is routed too. An edit that
 * moved nothing (a rename, a description) costs nothing.
 */

function sameBox(a: ProcessNode, b: ProcessNode): boolean {
  return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}

function unrouted(edge: ProcessEdge): boolean {
  return (edge.waypoints?.length ?? 0) === 0;
}

/** `after` with the routes the edit from `before` disturbed made again. */
export function rerouteChanged(before: ProcessGraph, after: ProcessGraph): ProcessGraph {
  if (before === after) return after;
  const old = new Map(before.nodes.map((node) => [node.id, node]));
  const moved =
    before.nodes === after.nodes
      ? []
      : after.nodes.filter((node) => {
          const was = old.get(node.id);
          return !was || (was !== node && !sameBox(was, node));
        });
  const oldEdges = new Set(before.edges);
  const fresh = before.edges === after.edges ? [] : after.edges.filter((e) => !oldEdges.has(e));
  if (moved.length === 0 && !fresh.some(unrouted)) return after;
  // The ends of new or re-attached connectors count as moved: the router then routes them.
  const around = new Set(moved.map((node) => node.id));
  for (const edge of fresh) {
    if (unrouted(edge)) around.add(edge.source);
  }
  return rerouteAround(after, [...around]);
}
