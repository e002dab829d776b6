import { useSyncExternalStore } from 'react';

/*
 * The operating system's "reduce motion" setting (WCAG 2.3.3). When it is on, dialogs,
 * drawers and menus appear without their zoom and slide, and the map jumps to a new view
 * instead of gliding there: motion there is decoration, and some users get sick from it.
 * The end-to-end tests run with it on, so a click never lands on a control still moving in.
 */
const QUERY = '(prefers-reduced-motion: reduce)';

function media(): MediaQueryList | null {
  return typeof window === 'undefined' || !window.matchMedia ? null : window.matchMedia(QUERY);
}

/** Whether motion should be left out, read when it is needed (outside React). */
export function prefersReducedMotion(): boolean {
  return media()?.matches ?? false;
}

/** A view change's duration: `ms`, or none when the user asked for less motion. */
export function motionDuration(ms: number): number {
  return prefersReducedMotion() ? 0 : ms;
}

function subscribe(onChange: () => void): () => void {
  const list = media();
  list?.addEventListener('change', onChange);
  return () => list?.removeEventListener('change', onChange);
}

/** The setting as React state: follows the system while the app is open. */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, prefersReducedMotion, () => false);
}
