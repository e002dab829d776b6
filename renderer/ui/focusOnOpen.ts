/**
 * For a Modal's `afterOpenChange`: focuses the field with this id once the dialog is shown.
 * `autoFocus` alone is not enough: with reduced motion the field mounts before the dialog is
 * shown, and antd's focus lock then puts focus on the first control it finds, the × button.
 */
export function focusOnOpen(id: string): (open: boolean) => void {
  return (open) => {
    if (open) document.getElementById(id)?.focus();
  };
}
