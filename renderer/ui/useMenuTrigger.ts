import type { DropdownProps } from 'antd';
import {
  useEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type RefObject,
} from 'react';

/** The first item a keyboard user lands on: disabled items cannot take focus in a menu. */
const FIRST_ITEM = '[role="menuitem"]:not([aria-disabled="true"])';

/** How many frames to wait for the menu to appear (antd mounts it after the open render). */
const FRAMES_TO_WAIT = 30;

export type MenuTrigger<T extends HTMLElement> = {
  /** Spread on the antd Dropdown. */
  dropdown: Pick<DropdownProps, 'open' | 'onOpenChange' | 'trigger'>;
  /** Give to the Dropdown's `menu` as `id`: the menu focused when the keyboard opens it. */
  menuId: string;
  /** Spread on the trigger button. */
  trigger: {
    ref: RefObject<T | null>;
    'aria-haspopup': 'menu';
    'aria-expanded': boolean;
    onClick: (event: MouseEvent<T>) => void;
    onKeyDown: (event: KeyboardEvent<T>) => void;
  };
};

/**
 * A dropdown menu that the keyboard can open as well as the mouse (the WAI-ARIA menu button):
 * hover and click still open it; Enter, Space and ↓ open it with focus on its first item, so
 * the arrows walk it; choosing an item puts focus back on the button, where a dialog that the
 * item opens will return it too (antd would otherwise leave focus on the hidden item, which is
 * the page body to a keyboard user).
 *
 * `opensOn: 'click'` is for menus a hover would open by accident (a cell of a matrix): the
 * mouse opens and closes it with a click, the keyboard as above.
 */
export function useMenuTrigger<T extends HTMLElement = HTMLButtonElement>(
  opensOn: 'hover' | 'click' = 'hover',
): MenuTrigger<T> {
  const ref = useRef<T>(null);
  const menuId = useId();
  const [open, setOpen] = useState(false);
  const [focusFirstItem, setFocusFirstItem] = useState(false);

  useEffect(() => {
    if (!open || !focusFirstItem) return;
    let frame = 0;
    const focusWhenShown = (framesLeft: number) => {
      const first = document.getElementById(menuId)?.querySelector<HTMLElement>(FIRST_ITEM);
      if (first) first.focus();
      else if (framesLeft > 0) frame = requestAnimationFrame(() => focusWhenShown(framesLeft - 1));
    };
    frame = requestAnimationFrame(() => focusWhenShown(FRAMES_TO_WAIT));
    return () => cancelAnimationFrame(frame);
  }, [open, focusFirstItem, menuId]);

  useEffect(() => {
    if (!open) return;
    // Escape and Tab in the menu close it with focus back on the button (Tab then goes on
    // from there). antd's menu would move focus to another item as it hides, leaving it on
    // the page body; listening first, on the window's capture, keeps that from happening.
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (!(document.activeElement instanceof HTMLElement)) return;
      if (!document.activeElement.closest('.ant-dropdown')) return;
      // Enter chooses the item (the menu handles it) and focus goes back to the button at
      // once; without this the same keystroke would go on to "click" that button.
      if (event.key === 'Enter') event.preventDefault();
      if (event.key !== 'Escape' && event.key !== 'Tab') return;
      event.stopPropagation();
      if (event.key === 'Escape') event.preventDefault();
      setOpen(false);
      ref.current?.focus();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [open]);

  const show = (byKeyboard: boolean) => {
    setFocusFirstItem(byKeyboard);
    setOpen(true);
  };

  return {
    dropdown: {
      trigger: [opensOn],
      open,
      onOpenChange: (next, info) => {
        setOpen(next);
        if (!next && info.source === 'menu') ref.current?.focus();
      },
    },
    menuId,
    trigger: {
      ref,
      'aria-haspopup': 'menu',
      'aria-expanded': open,
      // Enter and Space on a button fire a click without a pointer: detail is 0. A click
      // trigger toggles the menu itself; a hover menu is only ever opened by a click.
      onClick: (event) => {
        if (opensOn === 'click') setFocusFirstItem(event.detail === 0);
        else show(event.detail === 0);
      },
      onKeyDown: (event) => {
        if (event.key !== 'ArrowDown') return;
        event.preventDefault();
        show(true);
      },
    },
  };
}
