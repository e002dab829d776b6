import { singleEdge, type EditorContext } from '../commands/context';
import type { EditorCommand } from '../commands/registry';
import { arrowTarget, cycleConnector, firstStep, type ArrowKey } from './mapNavigation';

/*
 * The map from the keyboard: F6 (or the skip link) goes into the map, the arrow keys go from
 * step to step, Ctrl+E walks a step's outgoing connectors, Ctrl+Shift+K moves a connector's
 * end. Each moves the keyboard focus with the selection, so what has focus is what the
 * commands act on. (Nudging a step moved to Alt+arrows: see editCommands.ts.)
 */

function go(id: string, key: ArrowKey): EditorCommand {
  return {
    id,
    label: 'mapKeyboard.cmd.goToStep',
    shortcuts: [key],
    enabled: (context) => arrowTarget(context.graph, context.selection, key) !== null,
    run: (context) => {
      const target = arrowTarget(context.graph, context.selection, key);
      if (target) context.select([target], { focus: true });
    },
  };
}

function connector(id: string, shortcut: string, back: boolean): EditorCommand {
  return {
    id,
    label: back ? 'mapKeyboard.cmd.previousConnector' : 'mapKeyboard.cmd.nextConnector',
    shortcuts: [shortcut],
    menus: back ? [] : ['shape', 'connector'],
    enabled: (context) => cycleConnector(context.graph, context.selection, back) !== null,
    run: (context) => {
      const edge = cycleConnector(context.graph, context.selection, back);
      if (edge) context.select([edge], { focus: true });
    },
  };
}

/** What F6 focuses: the one selected step or connector, else the map's first step. */
function entryOf(context: EditorContext): string[] {
  if (context.selection.size === 1) {
    const [id] = [...context.selection];
    const known =
      context.graph.nodes.some((node) => node.id === id) ||
      context.graph.edges.some((edge) => edge.id === id);
    if (id && known) return [id];
  }
  const first = firstStep(context.graph);
  return first ? [first.id] : [];
}

export const mapKeyboardCommands: EditorCommand[] = [
  {
    id: 'map.enter',
    label: 'mapKeyboard.cmd.goToMap',
    shortcuts: ['F6'],
    // F6 types nothing, so it also leaves a field of the side panel for the map.
    whileTyping: true,
    run: (context) => context.select(entryOf(context), { focus: true }),
  },
  go('map.go.left', 'ArrowLeft'),
  go('map.go.right', 'ArrowRight'),
  go('map.go.up', 'ArrowUp'),
  go('map.go.down', 'ArrowDown'),
  connector('map.connector.next', 'Mod+E', false),
  connector('map.connector.previous', 'Mod+Shift+E', true),
  {
    id: 'connect.reconnectEnd',
    label: 'mapKeyboard.cmd.reconnectEnd',
    shortcuts: ['Mod+Shift+K'],
    menus: ['connector'],
    edits: true,
    enabled: (context) => singleEdge(context) !== null && context.graph.nodes.length > 2,
    run: (context) => {
      const edge = singleEdge(context);
      if (edge) context.pickTarget(edge.source, edge.id);
    },
  },
];
