import type { KeyboardEvent } from 'react';

const OPTION = '[role="option"]';

/**
 * The arrow keys of a WAI-ARIA listbox whose options open what they name (the role list, the
 * process list), for the listbox's `onKeyDown`: ↑ and ↓ move focus to the option above or
 * below, Home and End to the first and last. Focus moves, the selection does not: opening a
 * role or a map on every arrow would load each one passed over (Enter or Space opens, handled
 * by the option). Keys from inside an option's own controls are left alone.
 */
export function moveInListbox(event: KeyboardEvent<HTMLElement>): void {
  const from = event.target;
  if (!(from instanceof HTMLElement) || from.getAttribute('role') !== 'option') return;
  const options = [...event.currentTarget.querySelectorAll<HTMLElement>(OPTION)];
  const at = options.indexOf(from);
  const to =
    event.key === 'ArrowDown'
      ? Math.min(at + 1, options.length - 1)
      : event.key === 'ArrowUp'
        ? Math.max(at - 1, 0)
        : event.key === 'Home'
          ? 0
          : event.key === 'End'
            ? options.length - 1
            : null;
  if (to === null) return;
  // The list would scroll by itself on ↑ ↓ Home End; focus() brings the option into view.
  event.preventDefault();
  options[to]?.focus();
}

/**
 * The one option of a listbox that Tab reaches (a roving tab stop): the selected one, else the
 * first. The rest take focus from the arrows only, so a list of 40 roles is one Tab stop.
 */
export function isTabStop(index: number, selected: boolean, anySelected: boolean): boolean {
  return selected || (!anySelected && index === 0);
}
