import { selectedSteps, type EditorContext } from './context';
import { addLane } from './laneCommands';
import { align, distribute, type Alignment } from './nodeCommands';
import type { EditorCommand } from './registry';

/* Arranging the map: auto-layout, lanes, aligning and spacing the selection. */

const ALIGNMENTS: readonly Alignment[] = ['left', 'centre', 'right', 'top', 'middle', 'bottom'];

const selectedIds = (context: EditorContext) => selectedSteps(context).map((node) => node.id);

export const arrangeCommands: EditorCommand[] = [
  {
    id: 'arrange.layout',
    label: 'editor2.layout',
    shortcuts: ['Mod+L'],
    menus: ['canvas'],
    edits: true,
    enabled: (context) => context.graph.nodes.length > 0,
    run: (context) => context.layout(),
  },
  {
    id: 'arrange.addLane',
    label: 'editor2.addLane',
    menus: ['canvas'],
    edits: true,
    run: (context) => {
      const id = context.newId();
      context.apply(context.t('editor2.addLane'), (graph) =>
        addLane(
          graph,
          context.t('editor2.newLane', { n: graph.lanes.length + 1 }),
          { kind: 'none' },
          () => id,
        ),
      );
      context.select([`lane:${id}`]);
    },
  },
  ...ALIGNMENTS.map((how): EditorCommand => ({
    id: `arrange.align.${how}`,
    label: `editor2.align.${how}`,
    edits: true,
    enabled: (context) => selectedSteps(context).length >= 2,
    run: (context) =>
      context.apply(context.t('editor2.cmdAlign'), (graph) =>
        align(graph, selectedIds(context), how),
      ),
  })),
  ...(['horizontal', 'vertical'] as const).map((axis): EditorCommand => ({
    id: `arrange.distribute.${axis}`,
    label: `editor2.distribute.${axis}`,
    edits: true,
    enabled: (context) => selectedSteps(context).length >= 3,
    run: (context) =>
      context.apply(context.t('editor2.cmdDistribute'), (graph) =>
        distribute(graph, selectedIds(context), axis),
      ),
  })),
];
