import { arrangeCommands } from './arrangeCommands';
import { connectCommands } from './connectCommands';
import { editCommands } from './editCommands';
import { fileCommands } from './fileCommands';
import { viewCommands } from './viewCommands';
import { mapKeyboardCommands } from '../keyboard/mapCommands';
import { createRegistry, type EditorCommand } from './registry';

/*
 * The editor's commands, in the order menus list them. Another area's commands (export,
 * phases, orientation …) go in a file of their own and are added to this list.
 */
export const EDITOR_COMMANDS: readonly EditorCommand[] = [
  ...editCommands,
  ...connectCommands,
  ...mapKeyboardCommands,
  ...arrangeCommands,
  ...fileCommands,
  ...viewCommands,
];

export const editorRegistry = createRegistry(EDITOR_COMMANDS);
