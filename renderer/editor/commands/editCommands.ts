import { GRID } from '../geometry';
import { selectedSteps, singleEdge, singleStep, type EditorContext } from './context';
import { neighbourAfterDelete } from '../keyboard/mapNavigation';
import { deleteElements, moveNodes, paste } from './nodeCommands';
import type { EditorCommand } from './registry';

/* Undo, clipboard, delete, select, rename, nudge: the commands every editor has. */

const hasSelectedSteps = (context: EditorContext) => selectedSteps(context).length > 0;

function copySelection(context: EditorContext): void {
  const nodes = selectedSteps(context);
  const ids = new Set(nodes.map((node) => node.id));
  context.setClipboard({
    nodes,
    edges: context.graph.edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target)),
  });
}

/** Deletes the selection; a neighbour is selected (and focused, if focus was on the map). */
function deleteSelection(context: EditorContext): void {
  const neighbour = neighbourAfterDelete(context.graph, context.selection);
  context.apply(context.t('editor2.cmdDelete'), (graph) =>
    deleteElements(graph, context.selection),
  );
  context.select(neighbour ? [neighbour] : []);
}

/** Undoes, and selects what the undo brought back (a deleted step is selected again). */
function undoAndSelect(context: EditorContext): void {
  const before = context.graph;
  const after = context.undo();
  if (!after) return;
  const had = new Set([...before.nodes, ...before.edges].map((item) => item.id));
  const back = after.nodes.filter((node) => !had.has(node.id)).map((node) => node.id);
  const backEdges = after.edges.filter((edge) => !had.has(edge.id)).map((edge) => edge.id);
  if (back.length > 0 || backEdges.length > 0) context.select(back.length > 0 ? back : backEdges);
}

/**
 * Moves the selected steps by (dx, dy) grid steps. Alt+arrows, because the plain arrows move
 * the keyboard focus from step to step (keyboard/mapCommands.ts), as in a list.
 */
function nudge(id: string, shortcut: string, dx: number, dy: number): EditorCommand {
  return {
    id,
    label: 'editor2.cmdMove',
    shortcuts: [shortcut],
    edits: true,
    enabled: hasSelectedSteps,
    run: (context) => {
      const moves = selectedSteps(context).map((node) => ({
        id: node.id,
        x: node.x + dx * GRID,
        y: node.y + dy * GRID,
      }));
      context.apply(context.t('editor2.cmdMove'), (graph) => moveNodes(graph, moves));
    },
  };
}

export const editCommands: EditorCommand[] = [
  {
    id: 'edit.save',
    label: 'editor.save',
    shortcuts: ['Mod+S'],
    whileTyping: true,
    edits: true,
    run: (context) => context.save(),
  },
  {
    id: 'edit.undo',
    label: 'editor2.undo',
    shortcuts: ['Mod+Z'],
    menus: ['canvas'],
    edits: true,
    enabled: (context) => context.canUndo,
    run: undoAndSelect,
  },
  {
    id: 'edit.redo',
    label: 'editor2.redo',
    shortcuts: ['Mod+Y', 'Mod+Shift+Z'],
    menus: ['canvas'],
    edits: true,
    enabled: (context) => context.canRedo,
    run: (context) => context.redo(),
  },
  {
    id: 'edit.rename',
    label: 'canvas.cmd.rename',
    shortcuts: ['F2'],
    menus: ['shape', 'connector'],
    edits: true,
    enabled: (context) => singleStep(context) !== null || singleEdge(context) !== null,
    run: (context) => {
      const id = singleStep(context)?.id ?? singleEdge(context)?.id;
      if (id) context.editLabel(id);
    },
  },
  {
    id: 'edit.copy',
    label: 'canvas.cmd.copy',
    shortcuts: ['Mod+C'],
    menus: ['shape'],
    enabled: hasSelectedSteps,
    run: copySelection,
  },
  {
    id: 'edit.cut',
    label: 'canvas.cmd.cut',
    shortcuts: ['Mod+X'],
    menus: ['shape'],
    edits: true,
    enabled: hasSelectedSteps,
    run: (context) => {
      copySelection(context);
      deleteSelection(context);
    },
  },
  {
    id: 'edit.paste',
    label: 'editor2.cmdPaste',
    shortcuts: ['Mod+V'],
    menus: ['canvas'],
    edits: true,
    enabled: (context) => (context.clipboard?.nodes.length ?? 0) > 0,
    run: (context) => {
      const copied = context.clipboard;
      if (!copied) return;
      // The ids are drawn here, outside the state update, so the command stays pure.
      const ids = new Map(copied.nodes.map((node) => [node.id, context.newId()]));
      const pasted = copied.nodes.map((node) => ids.get(node.id) ?? '');
      const queue = [...ids.values()];
      const fresh = () => queue.shift() ?? context.newId();
      context.apply(
        context.t('editor2.cmdPaste'),
        (graph) => paste(graph, copied, 40, fresh).graph,
      );
      context.select(pasted);
    },
  },
  {
    id: 'edit.delete',
    label: 'editor2.cmdDelete',
    shortcuts: ['Delete', 'Backspace'],
    menus: ['shape', 'connector'],
    edits: true,
    enabled: (context) =>
      context.graph.nodes.some((node) => context.selection.has(node.id)) ||
      context.graph.edges.some((edge) => context.selection.has(edge.id)),
    run: deleteSelection,
  },
  {
    id: 'edit.selectAll',
    label: 'canvas.cmd.selectAll',
    shortcuts: ['Mod+A'],
    menus: ['canvas'],
    enabled: (context) => context.graph.nodes.length > 0,
    run: (context) => context.select(context.graph.nodes.map((node) => node.id)),
  },
  nudge('edit.nudge.left', 'Alt+ArrowLeft', -1, 0),
  nudge('edit.nudge.right', 'Alt+ArrowRight', 1, 0),
  nudge('edit.nudge.up', 'Alt+ArrowUp', 0, -1),
  nudge('edit.nudge.down', 'Alt+ArrowDown', 0, 1),
  nudge('edit.nudge.leftFar', 'Alt+Shift+ArrowLeft', -10, 0),
  nudge('edit.nudge.rightFar', 'Alt+Shift+ArrowRight', 10, 0),
  nudge('edit.nudge.upFar', 'Alt+Shift+ArrowUp', 0, -10),
  nudge('edit.nudge.downFar', 'Alt+Shift+ArrowDown', 0, 10),
];
