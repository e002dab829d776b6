import type { EditorCommand } from './registry';

/* Taking the map out of the editor: pictures for a report, BPMN for other process tools. */
export const fileCommands: EditorCommand[] = [
  {
    id: 'file.exportPicture',
    label: 'picture.dialog.open',
    shortcuts: ['Mod+Shift+E'],
    menus: ['canvas'],
    // Reading, not editing: a read-only map can still be exported.
    run: (context) => context.exportPicture(),
  },
  {
    id: 'file.exportProcessDoc',
    label: 'processDoc.menu',
    // Reading, not editing: the 流程说明书 of a read-only map can be exported too.
    run: (context) => context.exportProcessDoc(),
  },
  {
    id: 'file.exportBpmn',
    label: 'editor2.exportBpmn',
    run: (context) => context.exportBpmn(),
  },
];
