import {
  applyEdgeChanges,
  applyNodeChanges,
  Background,
  BackgroundVariant,
  ReactFlow,
  useReactFlow,
  type Edge,
  type EdgeChange,
  type NodeChange,
  type OnSelectionChangeParams,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useMemo, useState, type DragEvent } from 'react';
import type { NodeKind, ProcessGraph } from '../../shared/process';
import { GRID } from './geometry';
import { useTranslation } from 'react-i18next';
import { toFlow, type FlowNode } from './mapping';
import { CanvasChrome } from './view/CanvasChrome';
import { useFlowAriaLabels, withAriaLabels } from './view/flowText';
import { nodeTypes } from './nodes/nodeTypes';
import { PALETTE_MIME } from './Palette';

/** A selection the editor asks for (after adding, pasting, finding); `seq` makes each request new. */
export type SelectRequest = { ids: readonly string[]; seq: number };

type Props = {
  graph: ProcessGraph;
  selectRequest: SelectRequest;
  onSelection: (ids: Set<string>) => void;
  onMove: (moves: { id: string; x: number; y: number }[]) => void;
  onConnect: (source: string, target: string) => void;
  onDropStep: (kind: NodeKind, at: { x: number; y: number }) => void;
  onOpen: (id: string) => void;
};

/**
 * The drawing surface. The graph is the source of truth for what is drawn; React Flow owns
 * positions while a drag is under way (the drop becomes one undoable move) and owns the
 * selection, which it reports up. Selection flows one way only — feeding it back down as well
 * makes the two fight in a render loop.
 */
export function ProcessCanvas(props: Props) {
  const { graph, selectRequest, onSelection, onMove, onConnect, onDropStep, onOpen } = props;
  const { t } = useTranslation();
  const flow = useMemo(() => withAriaLabels(toFlow(graph), graph, t), [graph, t]);
  const ariaLabelConfig = useFlowAriaLabels();
  const [nodes, setNodes] = useState<FlowNode[]>(flow.nodes);
  const [edges, setEdges] = useState<Edge[]>(flow.edges);
  const [drawn, setDrawn] = useState({ flow, selectRequest });
  const { screenToFlowPosition } = useReactFlow();

  // A new graph (an edit, undo, layout) replaces what React Flow held, keeping the selection
  // unless the editor asked for another one.
  if (drawn.flow !== flow || drawn.selectRequest !== selectRequest) {
    const selected =
      drawn.selectRequest !== selectRequest
        ? new Set(selectRequest.ids)
        : new Set([...nodes, ...edges].filter((item) => item.selected).map((item) => item.id));
    setDrawn({ flow, selectRequest });
    setNodes(flow.nodes.map((node) => ({ ...node, selected: selected.has(node.id) })));
    setEdges(flow.edges.map((edge) => ({ ...edge, selected: selected.has(edge.id) })));
  }

  // React Flow re-subscribes whenever this handler changes identity; a fresh function on
  // every render makes it report again and again (its documented infinite-loop trap).
  const reportSelection = useCallback(
    ({ nodes: selectedNodes, edges: selectedEdges }: OnSelectionChangeParams) =>
      onSelection(new Set([...selectedNodes.map((n) => n.id), ...selectedEdges.map((e) => e.id)])),
    [onSelection],
  );

  const onNodesChange = (changes: NodeChange<FlowNode>[]) => {
    setNodes((current) => applyNodeChanges(changes, current));
  };
  const onEdgesChange = (changes: EdgeChange[]) => {
    setEdges((current) => applyEdgeChanges(changes, current));
  };

  const onDrop = (event: DragEvent) => {
    const kind = event.dataTransfer.getData(PALETTE_MIME) as NodeKind | '';
    if (!kind) return;
    event.preventDefault();
    onDropStep(kind, screenToFlowPosition({ x: event.clientX, y: event.clientY }));
  };

  return (
    <ReactFlow<FlowNode, Edge>
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      onNodeDragStop={(_event, _node, dragged) =>
        onMove(
          dragged
            .filter((node) => node.type === 'step')
            .map((node) => ({ id: node.id, x: node.position.x, y: node.position.y })),
        )
      }
      onConnect={(connection) => onConnect(connection.source, connection.target)}
      onSelectionChange={reportSelection}
      onNodeDoubleClick={(_event, node) => onOpen(node.id)}
      onEdgeDoubleClick={(_event, edge) => onOpen(edge.id)}
      onDragOver={(event) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
      }}
      onDrop={onDrop}
      snapToGrid
      snapGrid={[GRID, GRID]}
      deleteKeyCode={null}
      selectionKeyCode="Shift"
      multiSelectionKeyCode={['Meta', 'Control', 'Shift']}
      ariaLabelConfig={ariaLabelConfig}
      minZoom={0.1}
      maxZoom={2.5}
      onlyRenderVisibleElements
      proOptions={{ hideAttribution: true }}
    >
      <Background variant={BackgroundVariant.Dots} gap={GRID * 2} size={1} color="#d5dce4" />
      <CanvasChrome graph={graph} />
    </ReactFlow>
  );
}
