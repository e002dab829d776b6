import { useEffect, useSyncExternalStore } from 'react';
import type { AnalysisLibrary } from '../../../shared/analysis/types';
import { call, onAppEvent } from '../../api/client';

/*
 * What the process analysis needs of the library (roles with cost rates, departments,
 * settings), fetched once and shared by every view that analyses a map. A store outside React
 * so that saving a role's cost or the analysis settings can ask for it again
 * (reloadAnalysisLibrary) without holding the views' state; switching libraries drops it.
 */

let current: AnalysisLibrary | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

/** Fetches the library's analysis data again (after a role's cost or a setting changed). */
export function reloadAnalysisLibrary(): Promise<void> {
  loading = call('analysis:library', {}).then(
    (library) => {
      current = library;
      loading = null;
      emit();
    },
    (error: unknown) => {
      loading = null;
      console.warn(`RoleFlow: the analysis data could not be read (${String(error)})`);
    },
  );
  return loading;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The library's analysis data; null until the first answer arrives. */
export function useAnalysisLibrary(): AnalysisLibrary | null {
  const library = useSyncExternalStore(subscribe, () => current);
  useEffect(() => {
    if (!current && !loading) void reloadAnalysisLibrary();
    return onAppEvent('library:changed', () => {
      current = null;
      void reloadAnalysisLibrary();
    });
  }, []);
  return library;
}
