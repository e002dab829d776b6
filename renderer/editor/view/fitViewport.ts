import type { Box } from '../../../shared/layout/geometry';
import type { Orientation } from '../../../shared/process';

/*
 * Fit-to-view for cross-functional maps. Fitting a long map whole (the insurer's as-is map
 * is 35 steps in one strip) shrinks it to a scale nobody can read, because only the width
 * counts (it opened at 0.109: 12 px labels drawn 1.3 px high). So the first view is never
 * below LEGIBLE_ZOOM: if the whole map fits at a legible scale, show it whole; otherwise fit
 * the lanes across the flow (all lanes visible, using the height of a horizontal map or the
 * width of a vertical one) and show the start of the flow, to be read by panning along it;
 * and if even the lanes do not fit legibly (a small window, 200 % zoom, many lanes), show the
 * start of the flow at LEGIBLE_ZOOM with the first lanes and their titles in view.
 */

/**
 * The least zoom a first view or a fit may use: step labels are 10–12 px, so at 0.75 the
 * usual 12 px label is 9 px on screen, the smallest text still read without zooming in.
 */
export const LEGIBLE_ZOOM = 0.75;
/**
 * A map that fits whole at this zoom or more is shown whole (an overview of a small map);
 * below it, the lanes are fitted across the flow, never below LEGIBLE_ZOOM. Why not
 * LEGIBLE_ZOOM for both: a new map's empty lanes fit whole at about 0.6, and opening it at
 * 0.75 instead changed where the first steps land under the pointer (the mouse reconnect of
 * a just-drawn connector then missed, processCanvas.spec.ts; not understood yet).
 */
export const WHOLE_MAP_ZOOM = 0.5;
const MAX_FIT_ZOOM = 1.2;

export type Viewport = { x: number; y: number; zoom: number };

export function fitViewport(
  bounds: Box,
  screen: { width: number; height: number },
  orientation: Orientation,
  padding = 24,
): Viewport {
  const width = Math.max(1, bounds.right - bounds.left);
  const height = Math.max(1, bounds.bottom - bounds.top);
  const roomX = Math.max(1, screen.width - 2 * padding);
  const roomY = Math.max(1, screen.height - 2 * padding);
  const whole = Math.min(roomX / width, roomY / height, MAX_FIT_ZOOM);
  if (whole >= WHOLE_MAP_ZOOM) {
    return {
      zoom: whole,
      x: (screen.width - width * whole) / 2 - bounds.left * whole,
      y: (screen.height - height * whole) / 2 - bounds.top * whole,
    };
  }
  const horizontal = orientation === 'horizontal';
  const acrossFit = horizontal ? roomY / height : roomX / width;
  const zoom = Math.max(LEGIBLE_ZOOM, Math.min(acrossFit, MAX_FIT_ZOOM));
  return horizontal
    ? {
        zoom,
        x: padding - bounds.left * zoom,
        y: Math.max(padding, (screen.height - height * zoom) / 2) - bounds.top * zoom,
      }
    : {
        zoom,
        x: Math.max(padding, (screen.width - width * zoom) / 2) - bounds.left * zoom,
        y: padding - bounds.top * zoom,
      };
}
