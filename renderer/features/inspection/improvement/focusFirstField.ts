/**
 * For a Modal's `afterOpenChange`: focuses the control marked `data-first-field={name}`.
 * focusOnOpen (renderer/ui) wants an id, and the ids here are made by Field's useId.
 */
export function focusFirstField(name: string): (open: boolean) => void {
  return (open) => {
    if (open) document.querySelector<HTMLElement>(`[data-first-field="${name}"]`)?.focus();
  };
}
