import type { Edge } from '@xyflow/react';
import type { CSSProperties } from 'react';
import type { ProcessGraph } from '../../../shared/process';
import type { ProcessDiff, StepMark } from '../../../shared/processDiff';
import { toFlow, type FlowNode } from '../mapping';

/*
 * The React Flow picture of a version, read-only, with the changes of a comparison marked on
 * it: the newer map drawn by toFlow (as the editor draws it), each changed shape outlined in
 * its mark's colour, and the steps the newer version removed drawn faded where they were in
 * the older one.
 */

/** Outline colours of the marks, also used by the change list and its legend. */
export const MARK_COLOURS: Record<StepMark, string> = {
  added: '#389e0d',
  removed: '#cf1322',
  moved: '#d48806',
  renamed: '#1677ff',
};

function markStyle(mark: StepMark): CSSProperties {
  return {
    outline: `3px ${mark === 'removed' ? 'dashed' : 'solid'} ${MARK_COLOURS[mark]}`,
    outlineOffset: 4,
    borderRadius: 6,
    ...(mark === 'removed' ? { opacity: 0.6 } : {}),
  };
}

/** Nodes and edges of `graph`, marked with `diff` when it is a comparison. */
export function diffFlow(
  graph: ProcessGraph,
  diff: ProcessDiff | null,
): { nodes: FlowNode[]; edges: Edge[] } {
  const removed: ProcessGraph = {
    lanes: [],
    nodes: diff?.removedNodes.map((node) => ({ ...node, id: `removed:${node.id}` })) ?? [],
    edges: [],
  };
  const drawn = toFlow(graph);
  const ghosts = toFlow(removed).nodes.filter((node) => node.type === 'step');
  const nodes = [...drawn.nodes, ...ghosts].map((node): FlowNode => {
    const id = node.id.startsWith('removed:') ? node.id.slice('removed:'.length) : node.id;
    const mark = node.type === 'step' ? diff?.marks.get(id) : undefined;
    const readOnly = { ...node, draggable: false, connectable: false, selectable: false };
    if (mark === undefined) return readOnly;
    return {
      ...readOnly,
      className: `diff-mark diff-${mark}`,
      style: { ...node.style, ...markStyle(mark) },
    };
  });
  return { nodes, edges: drawn.edges };
}
