import { useEffect, useRef, useState } from 'react';

/**
 * Puts focus back on whatever had it when `open` turned true, once `open` turns false or the
 * component goes away. antd's dialogs do this only when they close with their own fade-out:
 * a dialog that is unmounted or given a new `key` on closing (a conditional `{x && <Dialog>}`,
 * a drawer shown while an item is chosen) leaves focus on the page body, so a keyboard user
 * starts again from the top.
 *
 * The element is taken while the opening renders, before a field in the dialog takes focus
 * with autoFocus. It is focused a frame after the close, so React's development double run
 * of effects (which closes and reopens at once) does not move focus.
 */
export function useReturnFocus(open: boolean): void {
  const [opener, setOpener] = useState<HTMLElement | null>(() => (open ? activeElement() : null));
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) setOpener(activeElement());
  }
  const pending = useRef(0);

  useEffect(() => {
    if (!open || !opener) return;
    cancelAnimationFrame(pending.current);
    return () => {
      pending.current = requestAnimationFrame(() => {
        if (opener.isConnected && focusIsLost()) opener.focus({ preventScroll: true });
      });
    };
  }, [open, opener]);
}

/** Overlays that keep focus while they fade out, and then drop it. */
const OVERLAYS = '.ant-modal-root, .ant-drawer, .ant-dropdown, .ant-popover';

/** Focus is on the body or in a closing overlay, not somewhere the user has since moved it. */
function focusIsLost(): boolean {
  const element = document.activeElement;
  return !element || element === document.body || element.closest(OVERLAYS) !== null;
}

function activeElement(): HTMLElement | null {
  const element = document.activeElement;
  return element instanceof HTMLElement && element !== document.body ? element : null;
}
