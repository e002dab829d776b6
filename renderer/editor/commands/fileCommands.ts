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
    id: 'file.exportBpmn',
    label: 'editor2.exportBpmn',
    run: (context) => context.exportBpmn(),
  },
];
