/*
 * "An action was raised": a finding's button (RaiseActionButton) may sit on another tab or
 * view than the actions list, which stays mounted in a hidden tab; the list reloads on this.
 */
const listeners = new Set<() => void>();

export function onActionsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function actionsChanged(): void {
  for (const listener of listeners) listener();
}
