import { orientationOf } from '../../../shared/layout/frame';
import type { ProcessGraph } from '../../../shared/process';

/**
 * The steps a search finds, in reading order (along the flow, then across it): those whose
 * label contains the text (any case), or whose step number is the text or starts with it.
 */
export function findSteps(graph: ProcessGraph, text: string): string[] {
  const needle = text.trim().toLowerCase();
  if (!needle) return [];
  const horizontal = orientationOf(graph) === 'horizontal';
  return graph.nodes
    .filter(
      (node) =>
        node.label.toLowerCase().includes(needle) ||
        (node.stepNumber !== null &&
          node.stepNumber !== undefined &&
          String(node.stepNumber).startsWith(needle)),
    )
    .map((node) => {
      const alongFlow = horizontal ? node.x + node.width / 2 : node.y + node.height / 2;
      const acrossFlow = horizontal ? node.y + node.height / 2 : node.x + node.width / 2;
      return { id: node.id, alongFlow, acrossFlow };
    })
    .sort((a, b) => a.alongFlow - b.alongFlow || a.acrossFlow - b.acrossFlow)
    .map((hit) => hit.id);
}

/** The next hit after `current` (or before it, going back), wrapping round. */
export function stepThrough(count: number, current: number, back: boolean): number {
  if (count === 0) return -1;
  if (current < 0) return back ? count - 1 : 0;
  return (current + (back ? count - 1 : 1)) % count;
}
