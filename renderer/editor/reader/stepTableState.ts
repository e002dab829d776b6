import { useSyncExternalStore } from 'react';

/*
 * Whether the step table is shown under the map. One flag for the editor (the command, the
 * toolbar button and the table read it), kept for the session like focus mode.
 */

let open = false;
const listeners = new Set<() => void>();

export function setStepTableOpen(value: boolean): void {
  if (value === open) return;
  open = value;
  for (const listener of listeners) listener();
}

export function toggleStepTable(): void {
  setStepTableOpen(!open);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useStepTableOpen(): boolean {
  return useSyncExternalStore(subscribe, () => open);
}
