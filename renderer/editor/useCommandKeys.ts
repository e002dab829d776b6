import { useEffect, useRef } from 'react';
import type { EditorContext } from './commands/context';
import { runCommand, type CommandRegistry } from './commands/registry';

/** Is the keyboard in a text field? Then Delete and Ctrl+A belong to the field. */
export function typingInField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

export type KeyHooks = {
  /** Takes the key first (a mode such as picking a connection target); true when it used it. */
  intercept?: (event: KeyboardEvent) => boolean;
  /** A printable key no command took, typed while not in a field (starts editing a label). */
  onType?: (text: string) => boolean;
};

/**
 * The editor's keyboard: each key press runs the registered command whose shortcut it is
 * (when enabled), wherever the focus is in the editor (the canvas itself takes no focus).
 * `context` is read at the moment of the key press.
 */
export function useCommandKeys(
  registry: CommandRegistry,
  context: () => EditorContext | null,
  hooks: KeyHooks,
): void {
  const latest = useRef({ context, hooks });
  useEffect(() => {
    latest.current = { context, hooks };
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      const current = latest.current.context();
      if (!current || event.defaultPrevented) return;
      const typing = typingInField(event.target);
      if (!typing && latest.current.hooks.intercept?.(event)) {
        event.preventDefault();
        return;
      }
      const command = registry.forKey(event, typing);
      if (command) {
        event.preventDefault();
        runCommand(command, current);
        return;
      }
      const printable = event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey;
      if (!typing && printable && latest.current.hooks.onType?.(event.key)) event.preventDefault();
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [registry]);
}
