import { App as AntApp } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NodeKind, ProcessGraph, Side } from '../../shared/process';
import type { LabelEdit } from './CanvasOverlays';
import type { EditorContext } from './commands/context';
import { connectSteps, reconnectEdge, setWaypoints } from './commands/connectorCommands';
import { addNode, moveNodes, setLabel } from './commands/nodeCommands';
import { addStepAfter } from './commands/quickAdd';
import { defaultDropPoint } from './view/placement';
import { labelEditFor } from './labelEditing';
import type { DrawnConnection, MenuRequest, ProcessCanvas } from './ProcessCanvas';
import { useTargetPicker } from './useTargetPicker';

type Run = (
  name: string,
  change: (graph: ProcessGraph) => ProcessGraph,
  mergeKey?: string,
) => ProcessGraph | null;

type CanvasProps = Parameters<typeof ProcessCanvas>[0];

/**
 * What the user does with the mouse on the canvas, as edits: connecting (checked by the rules,
 * refused with a reason), re-attaching, moving bends, adding steps (dropped, clicked in the
 * palette, quick-added), editing labels in place, picking a connection target by keyboard.
 */
export function useDrawing(options: {
  graph: ProcessGraph | null;
  run: Run;
  select: EditorContext['select'];
  selection: ReadonlySet<string>;
  readOnly: boolean;
  newId: () => string;
  flowSide: Side;
}) {
  const { graph, run, select, selection, readOnly, newId } = options;
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [labelEdit, setLabelEdit] = useState<LabelEdit | null>(null);
  const [menu, setMenu] = useState<MenuRequest | null>(null);

  /** Draws a connector the rules allow (routed by `run`); returns the refusal otherwise. */
  const connect = (connection: DrawnConnection) => {
    if (!graph) return null;
    const id = newId();
    const refusal = connectSteps(graph, connection, '', () => id).refusal;
    if (refusal) return refusal;
    run(t('editor2.cmdConnect'), (g) => connectSteps(g, connection, '', () => id).graph);
    return null;
  };
  const reconnect = (edgeId: string, connection: DrawnConnection) => {
    if (!graph) return null;
    const refusal = reconnectEdge(graph, edgeId, connection).refusal;
    if (refusal) return refusal;
    run(t('canvas.cmd.reconnect'), (g) => reconnectEdge(g, edgeId, connection).graph);
    return null;
  };
  const picker = useTargetPicker(({ source, candidate, reconnecting }) => {
    const connection = { source, target: candidate, sourceSide: null, targetSide: null };
    const refusal = reconnecting ? reconnect(reconnecting, connection) : connect(connection);
    if (refusal) void message.warning(t(`canvas.refused.${refusal}`));
  });

  const addAfter = (fromId: string, side: Side, kind: NodeKind) => {
    if (!graph) return;
    const ids = [newId(), newId()];
    const fresh = () => ids.shift() ?? newId();
    const result = addStepAfter(graph, fromId, side, kind, t(`nodeKinds.${kind}`), fresh);
    if (!result) return;
    run(t('editor2.cmdAdd'), () => result.graph);
    select([result.id]);
    if (result.refusal) void message.warning(t(`canvas.refused.${result.refusal}`));
  };

  /** Adds a step: after the selected one (same lane, connected) when one step is selected. */
  const addStep = (kind: NodeKind, at?: { x: number; y: number }) => {
    if (!graph) return;
    const only = selection.size === 1 ? graph.nodes.find((n) => selection.has(n.id)) : undefined;
    if (!at && only) {
      addAfter(only.id, options.flowSide, kind);
      return;
    }
    const where = at ?? defaultDropPoint(graph);
    const id = newId();
    const label = t(`nodeKinds.${kind}`);
    run(t('editor2.cmdAdd'), (g) => addNode(g, kind, where, label, () => id).graph);
    select([id]);
  };

  const editLabel = (id: string, text?: string) => {
    if (graph && !readOnly) setLabelEdit(labelEditFor(graph, id, text));
  };

  /** Typing on one selected step replaces its label, as in draw.io and Visio. */
  const typeOnSelection = (text: string): boolean => {
    const only = selection.size === 1 ? [...selection][0] : undefined;
    if (readOnly || !graph || !only || !graph.nodes.some((n) => n.id === only)) return false;
    editLabel(only, text);
    return true;
  };

  const canvasProps: Omit<
    CanvasProps,
    'graph' | 'readOnly' | 'selectRequest' | 'onSelection' | 'onSelect' | 'onOpen'
  > = {
    onMove: (moves) => run(t('editor2.cmdMove'), (g) => moveNodes(g, moves)),
    onConnect: connect,
    onReconnect: reconnect,
    onMoveBends: (edgeId, waypoints) =>
      run(t('canvas.cmd.moveBends'), (g) => setWaypoints(g, edgeId, waypoints)),
    onDropStep: addStep,
    onQuickAdd: (fromId, side) => addAfter(fromId, side, 'activity'),
    onEditLabel: (id) => editLabel(id),
    labelEdit,
    onLabelCommit: (id, text) => {
      setLabelEdit(null);
      run(t('editor2.cmdRename'), (g) => setLabel(g, id, text));
    },
    onLabelCancel: () => setLabelEdit(null),
    pickTarget: picker.picking?.candidate ?? null,
    onContextMenu: (request) => {
      if (request.id && !selection.has(request.id)) select([request.id]);
      setMenu(request);
    },
  };

  return {
    canvasProps,
    addStep,
    editLabel,
    typeOnSelection,
    picker,
    menu,
    closeMenu: () => setMenu(null),
    /** A mode that owns the keyboard (label editor, context menu) is open. */
    busy: labelEdit !== null || menu !== null,
  };
}
