import type { EditorContext } from './context';

/*
 * Every user action of the process editor is a command registered here, as Excalidraw's
 * actionManager and diagram-js's editorActions do: an id, a label (an i18n key), shortcuts,
 * when it is enabled, and what it does. The toolbar, the context menus and the keyboard are
 * all drawn from the registry, so a command added once shows up everywhere it belongs, with
 * the same name, shortcut and enablement. To add commands: write them in a file of their
 * area (see editCommands.ts) and list them in commands/index.ts.
 */

/** The context menus a command may appear in. */
export const MENU_SCOPES = ['canvas', 'shape', 'connector'] as const;
export type MenuScope = (typeof MENU_SCOPES)[number];

export type EditorCommand = {
  /** Unique, dotted by area: 'edit.undo', 'arrange.align.left'. */
  id: string;
  /** i18n key of the command's name (the undo history names the step with it too). */
  label: string;
  /**
   * Key combinations, e.g. 'Mod+Z' (Ctrl, or ⌘ on a Mac), 'Shift+ArrowUp', 'F2', 'Delete'.
   * The first is the one shown in menus and tooltips.
   */
  shortcuts?: readonly string[];
  /** The shortcut also works while the keyboard is in a text field (Ctrl+S does). */
  whileTyping?: boolean;
  /** Context menus that list the command, in registry order. */
  menus?: readonly MenuScope[];
  /** The command changes the map, so it is disabled when the map is read-only. */
  edits?: boolean;
  /** Beyond `edits`: whether the command can run now (false greys it out and its shortcut does nothing). */
  enabled?: (context: EditorContext) => boolean;
  run: (context: EditorContext) => void;
};

export type CommandRegistry = {
  readonly all: readonly EditorCommand[];
  get: (id: string) => EditorCommand;
  /** The commands a context menu lists. */
  inMenu: (scope: MenuScope) => EditorCommand[];
  /** The command a key press runs, if any (not considering enablement). */
  forKey: (event: KeyLike, typing: boolean) => EditorCommand | null;
};

export function createRegistry(commands: readonly EditorCommand[]): CommandRegistry {
  const byId = new Map<string, EditorCommand>();
  for (const command of commands) {
    if (byId.has(command.id)) throw new Error(`command ${command.id} is registered twice`);
    byId.set(command.id, command);
  }
  return {
    all: commands,
    get: (id) => {
      const command = byId.get(id);
      if (!command) throw new Error(`no command ${id}`);
      return command;
    },
    inMenu: (scope) => commands.filter((command) => command.menus?.includes(scope)),
    forKey: (event, typing) =>
      commands.find(
        (command) =>
          (!typing || command.whileTyping) &&
          (command.shortcuts ?? []).some((shortcut) => matchesShortcut(event, shortcut)),
      ) ?? null,
  };
}

export function isEnabled(command: EditorCommand, context: EditorContext): boolean {
  if (command.edits && context.readOnly) return false;
  return command.enabled ? command.enabled(context) : true;
}

/** Runs the command if it is enabled; says whether it ran. */
export function runCommand(command: EditorCommand, context: EditorContext): boolean {
  if (!isEnabled(command, context)) return false;
  command.run(context);
  return true;
}

/** The parts of a keyboard event a shortcut is matched against. */
export type KeyLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

/** Whether the key press is the shortcut ('Mod' is Ctrl or ⌘; modifiers must match exactly). */
export function matchesShortcut(event: KeyLike, shortcut: string): boolean {
  const parts = shortcut.split('+');
  const key = parts.pop()?.toLowerCase() ?? '';
  const mod = parts.includes('Mod');
  return (
    event.key.toLowerCase() === key &&
    (event.ctrlKey || event.metaKey) === mod &&
    event.shiftKey === parts.includes('Shift') &&
    event.altKey === parts.includes('Alt')
  );
}

const KEY_NAMES: Record<string, string> = {
  ArrowLeft: '←',
  ArrowRight: '→',
  ArrowUp: '↑',
  ArrowDown: '↓',
  Delete: 'Del',
};

/** How a shortcut is written in menus and tooltips: 'Ctrl+Shift+Z', 'F2', 'Del'. */
export function shortcutText(shortcut: string, mac = false): string {
  return shortcut
    .split('+')
    .map((part) => {
      if (part === 'Mod') return mac ? '⌘' : 'Ctrl';
      if (KEY_NAMES[part]) return KEY_NAMES[part];
      return part.length === 1 ? part.toUpperCase() : part;
    })
    .join('+');
}
