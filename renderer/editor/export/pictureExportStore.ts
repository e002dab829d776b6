import { useSyncExternalStore } from 'react';
import type { PictureSource } from '../exportImage';

/*
 * Which map the picture export dialog is open for. A store outside React, so a command (the
 * toolbar, a menu, a shortcut) can open the dialog with openPictureExport() without holding
 * the dialog's state; <PictureExportDialog/> is mounted once in the editor and follows it.
 */

let current: PictureSource | null = null;
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

/** Opens the export dialog for this map (its graph as drawn now, unsaved edits included). */
export function openPictureExport(source: PictureSource): void {
  current = source;
  emit();
}

export function closePictureExport(): void {
  current = null;
  emit();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The map the dialog is open for, or null when it is closed. */
export function usePictureExportSource(): PictureSource | null {
  return useSyncExternalStore(subscribe, () => current);
}
