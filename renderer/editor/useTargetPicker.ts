import { useState } from 'react';
import type { ProcessGraph, ProcessNode } from '../../shared/process';

/*
 * Connecting by keyboard ("Connect to…", Ctrl+K): the selected step is the source; the arrow
 * keys move a dashed outline to the nearest shape in that direction, Tab to the next shape in
 * reading order, Enter draws the connector, Escape gives up. Reconnecting a connector's end
 * (Ctrl+Shift+K) picks the same way, starting at its present target.
 */

/** `reconnecting`: the connector whose target end is being moved (Ctrl+Shift+K), if any. */
export type Picking = { source: string; candidate: string; reconnecting?: string };

const DIRECTIONS: Record<string, { x: number; y: number }> = {
  ArrowRight: { x: 1, y: 0 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowDown: { x: 0, y: 1 },
  ArrowUp: { x: 0, y: -1 },
};

function centre(node: ProcessNode) {
  return { x: node.x + node.width / 2, y: node.y + node.height / 2 };
}

/** The nearest shape from `from` in direction `dir` (within a 45° cone either side), or null. */
export function nearestInDirection(
  nodes: readonly ProcessNode[],
  from: ProcessNode,
  dir: { x: number; y: number },
  exclude: string,
): ProcessNode | null {
  const origin = centre(from);
  let best: ProcessNode | null = null;
  let bestScore = Infinity;
  for (const node of nodes) {
    if (node.id === from.id || node.id === exclude) continue;
    const c = centre(node);
    const along = (c.x - origin.x) * dir.x + (c.y - origin.y) * dir.y;
    const across = Math.abs((c.x - origin.x) * dir.y) + Math.abs((c.y - origin.y) * dir.x);
    if (along <= 0 || across > along) continue;
    const score = along + across * 2;
    if (score < bestScore) {
      bestScore = score;
      best = node;
    }
  }
  return best;
}

/** The shapes a source may point at first: the nearest one ahead in the flow, else any other. */
function firstCandidate(graph: ProcessGraph, source: ProcessNode): ProcessNode | null {
  const ahead = graph.orientation === 'vertical' ? { x: 0, y: 1 } : { x: 1, y: 0 };
  return (
    nearestInDirection(graph.nodes, source, ahead, source.id) ??
    graph.nodes.find((node) => node.id !== source.id) ??
    null
  );
}

export function useTargetPicker(onConnect: (picked: Picking) => void) {
  const [picking, setPicking] = useState<Picking | null>(null);
  return {
    picking,
    start: (graph: ProcessGraph, sourceId: string, reconnecting?: string) => {
      const source = graph.nodes.find((node) => node.id === sourceId);
      const present = graph.edges.find((edge) => edge.id === reconnecting)?.target;
      const candidate = present ?? (source ? firstCandidate(graph, source)?.id : undefined);
      if (!source || !candidate) return;
      setPicking({ source: source.id, candidate, ...(reconnecting ? { reconnecting } : {}) });
    },
    cancel: () => setPicking(null),
    /** Handles a key while picking; true when the key was the picker's. */
    intercept: (graph: ProcessGraph, event: KeyboardEvent): boolean => {
      if (!picking) return false;
      const candidate = graph.nodes.find((node) => node.id === picking.candidate);
      if (event.key === 'Escape' || !candidate) {
        setPicking(null);
        return true;
      }
      if (event.key === 'Enter') {
        setPicking(null);
        onConnect(picking);
        return true;
      }
      if (event.key === 'Tab') {
        const others = graph.nodes.filter((node) => node.id !== picking.source);
        const index = others.findIndex((node) => node.id === candidate.id);
        const step = event.shiftKey ? others.length - 1 : 1;
        const next = others[(index + step) % others.length];
        if (next) setPicking({ ...picking, candidate: next.id });
        return true;
      }
      const dir = DIRECTIONS[event.key];
      if (!dir) return false;
      const next = nearestInDirection(graph.nodes, candidate, dir, picking.source);
      if (next) setPicking({ ...picking, candidate: next.id });
      return true;
    },
  };
}
