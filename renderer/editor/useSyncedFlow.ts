import { useState, type Dispatch, type SetStateAction } from 'react';
import type { SelectRequest } from './ProcessCanvas';
import type { ConnectorFlowEdge, Flow, FlowNode } from './mapping';

type Item = { id: string; selected?: boolean; data?: unknown };

/**
 * What React Flow holds: the mapped flow, with the selection kept (or replaced by the one the
 * editor asked for) whenever a new graph arrives. An item whose flow object did not change and
 * whose selection stays keeps the very object React Flow has (with its measured size), so
 * memoised shapes and connectors do not re-render.
 */
export function useSyncedFlow(
  flow: Flow,
  selectRequest: SelectRequest,
): [
  FlowNode[],
  Dispatch<SetStateAction<FlowNode[]>>,
  ConnectorFlowEdge[],
  Dispatch<SetStateAction<ConnectorFlowEdge[]>>,
] {
  const [nodes, setNodes] = useState<FlowNode[]>(flow.nodes);
  const [edges, setEdges] = useState<ConnectorFlowEdge[]>(flow.edges);
  const [drawn, setDrawn] = useState({ flow, selectRequest });
  if (drawn.flow !== flow || drawn.selectRequest !== selectRequest) {
    const selected =
      drawn.selectRequest !== selectRequest
        ? new Set(selectRequest.ids)
        : new Set([...nodes, ...edges].filter((item) => item.selected).map((item) => item.id));
    setDrawn({ flow, selectRequest });
    setNodes(keep(flow.nodes, nodes, selected, (a, b) => a.position === b.position));
    setEdges(keep(flow.edges, edges, selected, (a, b) => a.label === b.label));
  }
  return [nodes, setNodes, edges, setEdges];
}

function keep<T extends Item>(
  next: readonly T[],
  held: readonly T[],
  selected: ReadonlySet<string>,
  same: (held: T, next: T) => boolean,
): T[] {
  const byId = new Map(held.map((item) => [item.id, item]));
  return next.map((item) => {
    const want = selected.has(item.id);
    const old = byId.get(item.id);
    if (old && old.data === item.data && same(old, item) && Boolean(old.selected) === want) {
      return old;
    }
    return Boolean(item.selected) === want ? item : { ...item, selected: want };
  });
}
