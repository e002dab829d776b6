import { useSyncExternalStore } from 'react';

/*
 * Focus mode: the palette, the process list and the side panel fold away so the map gets the
 * whole window; leaving it brings them back as they were. One flag for the process view (the
 * list lives outside the editor), kept for the session.
 */

let focused = false;
const listeners = new Set<() => void>();

export function setFocusMode(value: boolean): void {
  if (value === focused) return;
  focused = value;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useFocusMode(): boolean {
  return useSyncExternalStore(subscribe, () => focused);
}
