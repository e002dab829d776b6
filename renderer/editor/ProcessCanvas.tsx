import {
  applyEdgeChanges,
  applyNodeChanges,
  Background,
  BackgroundVariant,
  ConnectionMode,
  ReactFlow,
  useReactFlow,
  type Connection,
  type EdgeChange,
  type FinalConnectionState,
  type NodeChange,
  type OnSelectionChangeParams,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useMemo, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectionRefusal } from '../../shared/connectionRules';
import type { NodeKind, Point, ProcessGraph, Side } from '../../shared/process';
import {
  EmptyHint,
  LabelEditor,
  LiveRefusal,
  PickOutline,
  QuickAddArrows,
  TimedTip,
  type LabelEdit,
  type Tip,
} from './CanvasOverlays';
import { nearestSide, refusalOf, sideOf, type CanvasConnection } from './edges/connectionCheck';
import { ConnectorActions, type ConnectorActionsValue } from './edges/connectorActions';
import { edgeTypes } from './edges/edgeTypes';
import { GRID } from './geometry';
import { createFlowMapper, type ConnectorFlowEdge, type FlowNode } from './mapping';
import { CanvasChrome } from './view/CanvasChrome';
import { useFlowAriaLabels, useFlowText } from './view/flowText';
import { nodeTypes } from './nodes/nodeTypes';
import { PALETTE_MIME } from './Palette';
import { useSyncedFlow } from './useSyncedFlow';
import { useHoveredStep } from './useHoveredStep';
import { useMapFocus } from './keyboard/useMapFocus';

/** A selection the editor asks for (after adding, pasting, finding); `seq` makes each request new. */
export type SelectRequest = {
  ids: readonly string[];
  seq: number;
  /** Move the keyboard focus to the selection even when it is elsewhere (F6, arrow keys). */
  focus?: boolean;
};

/** A connection the user drew: from the shape (and side) where the drag started to where it ended. */
export type DrawnConnection = {
  source: string;
  target: string;
  sourceSide: Side | null;
  targetSide: Side | null;
};

export type MenuRequest = {
  scope: 'canvas' | 'shape' | 'connector';
  id: string | null;
  x: number;
  y: number;
};

type Props = {
  graph: ProcessGraph;
  readOnly: boolean;
  selectRequest: SelectRequest;
  onSelection: (ids: Set<string>) => void;
  /** Asks the editor to select (a step reached with Tab). */
  onSelect: (ids: readonly string[]) => void;
  onMove: (moves: { id: string; x: number; y: number }[]) => void;
  /** Returns why the rules refused the connection, or null when it was drawn. */
  onConnect: (connection: DrawnConnection) => ConnectionRefusal | null;
  onReconnect: (edgeId: string, connection: DrawnConnection) => ConnectionRefusal | null;
  onMoveBends: (edgeId: string, waypoints: Point[]) => void;
  onDropStep: (kind: NodeKind, at: { x: number; y: number }) => void;
  onQuickAdd: (fromId: string, side: Side) => void;
  onOpen: (id: string) => void;
  onContextMenu: (request: MenuRequest) => void;
  labelEdit: LabelEdit | null;
  onLabelCommit: (id: string, text: string) => void;
  onLabelCancel: () => void;
  onEditLabel: (id: string) => void;
  /** The shape a keyboard connection would reach now, if one is being picked. */
  pickTarget: string | null;
};

function drawn(connection: CanvasConnection): DrawnConnection {
  return {
    source: connection.source,
    target: connection.target,
    sourceSide: sideOf(connection.sourceHandle),
    targetSide: sideOf(connection.targetHandle),
  };
}

/**
 * The drawing surface. The graph is the source of truth for what is drawn; React Flow owns
 * positions while a drag is under way (the drop becomes one undoable move) and owns the
 * selection, which it reports up. Every handle is a source and connections are loose, so a
 * connector always runs from where the drag started to where it ended, from any side.
 */
export function ProcessCanvas(props: Props) {
  const { graph, selectRequest, onSelection } = props;
  const { t } = useTranslation();
  const flowText = useFlowText();
  // A new language is a new mapper (the accessible names change); otherwise it is kept, so
  // unchanged steps keep their flow objects from edit to edit.
  const mapper = useMemo(() => createFlowMapper(flowText), [flowText]);
  const ariaLabelConfig = useFlowAriaLabels();
  const flow = useMemo(() => mapper(graph), [mapper, graph]);
  const [nodes, setNodes, edges, setEdges] = useSyncedFlow(flow, selectRequest);
  const { screenToFlowPosition } = useReactFlow();
  const wrapper = useRef<HTMLDivElement>(null);
  // The connector whose end is being dragged: its old route is no duplicate of the new one.
  const reconnecting = useRef<string | null>(null);
  const [replacing, setReplacing] = useState<string | null>(null);
  const [tip, setTip] = useState<Tip | null>(null);
  const hover = useHoveredStep();
  const mapFocus = useMapFocus(wrapper, selectRequest, props.onSelect);

  const reportSelection = useCallback(
    ({ nodes: selectedNodes, edges: selectedEdges }: OnSelectionChangeParams) =>
      onSelection(new Set([...selectedNodes.map((n) => n.id), ...selectedEdges.map((e) => e.id)])),
    [onSelection],
  );

  const showRefusal = (refusal: ConnectionRefusal, event: MouseEvent | TouchEvent) => {
    const point = 'clientX' in event ? event : event.changedTouches[0];
    const box = wrapper.current?.getBoundingClientRect();
    if (!point || !box) return;
    setTip((old) => ({
      text: t(`canvas.refused.${refusal}`),
      x: point.clientX - box.left,
      y: point.clientY - box.top,
      seq: (old?.seq ?? 0) + 1,
    }));
  };

  /** A drop React Flow did not take (not on a handle, or refused): try the shape under the pointer. */
  const finishConnection = (
    event: MouseEvent | TouchEvent,
    state: FinalConnectionState,
    connect: (connection: DrawnConnection) => ConnectionRefusal | null,
  ) => {
    if (state.isValid || !state.fromNode || !state.fromHandle) return;
    const point = 'clientX' in event ? event : event.changedTouches[0];
    if (!point) return;
    const element = document.elementFromPoint(point.clientX, point.clientY);
    const nodeId =
      state.toNode?.id ?? element?.closest('.react-flow__node-step')?.getAttribute('data-id');
    if (!nodeId) return;
    const target = graph.nodes.find((node) => node.id === nodeId);
    if (!target) return;
    const side =
      sideOf(state.toHandle?.id) ??
      nearestSide(target, screenToFlowPosition({ x: point.clientX, y: point.clientY }));
    const fromIsTarget = state.fromHandle.type === 'target';
    const fixed = { id: state.fromNode.id, side: sideOf(state.fromHandle.id) };
    const refusal = connect(
      fromIsTarget
        ? { source: nodeId, sourceSide: side, target: fixed.id, targetSide: fixed.side }
        : { source: fixed.id, sourceSide: fixed.side, target: nodeId, targetSide: side },
    );
    if (refusal) showRefusal(refusal, event);
  };

  const onDrop = (event: DragEvent) => {
    const kind = event.dataTransfer.getData(PALETTE_MIME) as NodeKind | '';
    if (!kind) return;
    event.preventDefault();
    props.onDropStep(kind, screenToFlowPosition({ x: event.clientX, y: event.clientY }));
  };

  const actions = useMemo<ConnectorActionsValue>(
    () => ({ onMoveBends: props.onMoveBends, onEditLabel: props.onEditLabel }),
    [props.onMoveBends, props.onEditLabel],
  );
  const hovered = graph.nodes.find((node) => node.id === hover.id);
  const picked = graph.nodes.find((node) => node.id === props.pickTarget);

  return (
    <ConnectorActions.Provider value={actions}>
      {/* Focusable by script only: it holds the focus when no step is left to hold it. */}
      <div
        ref={wrapper}
        className="process-canvas-surface"
        tabIndex={-1}
        onFocus={mapFocus.onFocus}
        style={{ width: '100%', height: '100%', position: 'relative' }}
      >
        <ReactFlow<FlowNode, ConnectorFlowEdge>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={(changes: NodeChange<FlowNode>[]) =>
            setNodes((current) => applyNodeChanges(changes, current))
          }
          onEdgesChange={(changes: EdgeChange<ConnectorFlowEdge>[]) =>
            setEdges((current) => applyEdgeChanges(changes, current))
          }
          onNodeDragStop={(_event, _node, dragged) =>
            props.onMove(
              dragged
                .filter((node) => node.type === 'step')
                .map((node) => ({ id: node.id, x: node.position.x, y: node.position.y })),
            )
          }
          connectionMode={ConnectionMode.Loose}
          nodesConnectable={!props.readOnly}
          edgesReconnectable={!props.readOnly}
          isValidConnection={(connection) =>
            refusalOf(graph, connection, reconnecting.current) === null
          }
          onConnect={(connection: Connection) => {
            props.onConnect(drawn(connection));
          }}
          onConnectEnd={(event, state) => finishConnection(event, state, props.onConnect)}
          onReconnectStart={(_event, edge) => {
            reconnecting.current = edge.id;
            setReplacing(edge.id);
          }}
          onReconnect={(edge, connection) => {
            props.onReconnect(edge.id, drawn(connection));
          }}
          onReconnectEnd={(event, edge, _type, state) => {
            reconnecting.current = null;
            setReplacing(null);
            finishConnection(event, state, (connection) => props.onReconnect(edge.id, connection));
          }}
          onSelectionChange={reportSelection}
          onNodeDoubleClick={(_event, node) => props.onOpen(node.id)}
          onEdgeDoubleClick={(_event, edge) => props.onEditLabel(edge.id)}
          onNodeMouseEnter={(_event, node) => node.type === 'step' && hover.enter(node.id)}
          onNodeMouseLeave={() => hover.leave()}
          onPaneContextMenu={(event) => {
            event.preventDefault();
            props.onContextMenu({ scope: 'canvas', id: null, x: event.clientX, y: event.clientY });
          }}
          onNodeContextMenu={(event, node) => {
            event.preventDefault();
            const scope = node.type === 'step' ? 'shape' : 'canvas';
            props.onContextMenu({ scope, id: node.id, x: event.clientX, y: event.clientY });
          }}
          onEdgeContextMenu={(event, edge) => {
            event.preventDefault();
            props.onContextMenu({
              scope: 'connector',
              id: edge.id,
              x: event.clientX,
              y: event.clientY,
            });
          }}
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
          zoomOnDoubleClick={false}
          // A selected lane must stay behind its steps.
          elevateNodesOnSelect={false}
          ariaLabelConfig={ariaLabelConfig}
          // React Flow's own keys (arrows move, Enter selects) give way to the editor's
          // commands: arrows go from step to step, Alt+arrows move (keyboard/mapCommands.ts).
          disableKeyboardA11y
          minZoom={0.1}
          maxZoom={2.5}
          onlyRenderVisibleElements
          proOptions={{ hideAttribution: true }}
        >
          <Background variant={BackgroundVariant.Dots} gap={GRID * 2} size={1} color="#d5dce4" />
          <CanvasChrome graph={graph} />
          <LiveRefusal graph={graph} replacing={replacing} />
          {hovered &&
            !props.readOnly &&
            hovered.kind !== 'end' &&
            hovered.kind !== 'annotation' && (
              <QuickAddArrows
                node={hovered}
                onHover={(inside) => (inside ? hover.enter(hovered.id) : hover.leave())}
                onAdd={(side) => {
                  hover.clear();
                  props.onQuickAdd(hovered.id, side);
                }}
              />
            )}
          {picked && <PickOutline node={picked} />}
          {props.labelEdit && (
            <LabelEditor
              key={props.labelEdit.id}
              edit={props.labelEdit}
              onCommit={(text) => {
                const id = props.labelEdit?.id ?? '';
                props.onLabelCommit(id, text);
                mapFocus.refocus(id);
              }}
              onCancel={() => {
                props.onLabelCancel();
                if (props.labelEdit) mapFocus.refocus(props.labelEdit.id);
              }}
            />
          )}
        </ReactFlow>
        <TimedTip tip={tip} />
        {graph.nodes.length === 0 && <EmptyHint />}
      </div>
    </ConnectorActions.Provider>
  );
}
