import { useSyncExternalStore } from 'react';

/*
 * The analysis dock's state: open or not, its height, the tab shown and the map overlays
 * switched on. One store for the whole editor (the toolbar, the command, the dock and the
 * step shapes read it) and remembered across sessions in localStorage, as a consultant who
 * works with the analysis open wants it open next time.
 */

export const ANALYSIS_TABS = [
  'summary',
  'timeline',
  'findings',
  'pareto',
  'handOffs',
  'raci',
  'compare',
] as const;
export type AnalysisTab = (typeof ANALYSIS_TABS)[number];

export const OVERLAYS = ['times', 'value', 'cost'] as const;
export type Overlay = (typeof OVERLAYS)[number];

export type DockState = {
  open: boolean;
  height: number;
  tab: AnalysisTab;
  overlays: readonly Overlay[];
};

export const MIN_DOCK_HEIGHT = 160;
export const MAX_DOCK_SHARE = 0.75;
const STORAGE_KEY = 'roleflow.analysisDock';
const DEFAULT_STATE: DockState = { open: false, height: 320, tab: 'summary', overlays: [] };

function read(): DockState {
  try {
    const stored: unknown = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? 'null');
    if (!stored || typeof stored !== 'object') return DEFAULT_STATE;
    const value = stored as Partial<Record<keyof DockState, unknown>>;
    return {
      open: value.open === true,
      height:
        typeof value.height === 'number' && Number.isFinite(value.height)
          ? Math.max(MIN_DOCK_HEIGHT, value.height)
          : DEFAULT_STATE.height,
      tab: ANALYSIS_TABS.find((tab) => tab === value.tab) ?? DEFAULT_STATE.tab,
      overlays: Array.isArray(value.overlays)
        ? OVERLAYS.filter((overlay) => (value.overlays as unknown[]).includes(overlay))
        : [],
    };
  } catch {
    // A damaged entry is forgotten, not an error: the dock opens as new.
    return DEFAULT_STATE;
  }
}

let state: DockState | null = null;
const listeners = new Set<() => void>();

function current(): DockState {
  state ??= read();
  return state;
}

export function updateDock(change: Partial<DockState>): void {
  state = { ...current(), ...change };
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
  } catch {
    // Storage full or unavailable: the dock still works for this session.
  }
  for (const listener of listeners) listener();
}

export function toggleAnalysisDock(): void {
  updateDock({ open: !current().open });
}

export function toggleOverlay(overlay: Overlay): void {
  const overlays = current().overlays;
  updateDock({
    overlays: overlays.includes(overlay)
      ? overlays.filter((item) => item !== overlay)
      : [...overlays, overlay],
  });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useAnalysisDock(): DockState {
  return useSyncExternalStore(subscribe, current);
}
