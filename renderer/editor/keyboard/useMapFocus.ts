import { useReactFlow } from '@xyflow/react';
import { useEffect, type FocusEvent, type RefObject } from 'react';
import type { SelectRequest } from '../ProcessCanvas';

/** How many frames to wait for a shape React Flow has yet to draw (it draws after the store). */
const FRAMES_TO_WAIT = 10;

function itemElement(surface: HTMLElement, id: string): HTMLElement | null {
  const key = CSS.escape(id);
  return surface.querySelector<HTMLElement>(
    `.react-flow__node[data-id="${key}"], .react-flow__edge[data-id="${key}"]`,
  );
}

/** Whether the focus is on the map, or has fallen to the page (a shape holding it was removed). */
function focusOnMap(root: HTMLElement): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || root.contains(active);
}

/**
 * Keyboard focus on the map follows the selection and the selection follows it, so what has
 * focus is what the commands act on:
 * - when the editor selects (a command, undo, delete) and focus was on the map or had fallen
 *   to the page, or the request asks for it (F6, arrows), the selected step or connector takes
 *   focus, brought into view first (React Flow draws only the visible shapes); with nothing to
 *   select, the canvas itself does, so focus never falls to the page body;
 * - a step or connector reached with Tab is selected (only keyboard focus: a mouse press
 *   selects by itself, and Shift+click must keep adding to the selection).
 */
export function useMapFocus(
  surface: RefObject<HTMLDivElement | null>,
  request: SelectRequest,
  select: (ids: readonly string[]) => void,
): {
  onFocus: (event: FocusEvent<HTMLDivElement>) => void;
  /** Gives focus back to a step or connector (its label editor closed). */
  refocus: (id: string) => void;
} {
  const flow = useReactFlow();

  useEffect(() => {
    const root = surface.current;
    if (request.seq === 0 || !root) return;
    if (!request.focus && !focusOnMap(root)) return;
    const id = request.ids.length === 1 ? request.ids[0] : undefined;
    if (id === undefined) {
      root.focus({ preventScroll: true });
      return;
    }
    return focusWhenDrawn(id);
    // `focusWhenDrawn` reads the flow at the time of the request only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request, surface]);

  /**
   * Brings the step or connector into view and gives it focus once React Flow has drawn it
   * (the canvas, if it never is); returns a cancel.
   */
  function focusWhenDrawn(id: string): () => void {
    const root = surface.current;
    if (!root) return () => undefined;
    reveal(id);
    let frames = 0;
    let pending = 0;
    const attempt = () => {
      const element = itemElement(root, id);
      if (element) element.focus({ preventScroll: true });
      else if (frames++ < FRAMES_TO_WAIT) pending = requestAnimationFrame(attempt);
      else root.focus({ preventScroll: true });
    };
    attempt();
    return () => cancelAnimationFrame(pending);
  }

  /** Centres the step (or the middle of the connector) when it lies outside the canvas. */
  function reveal(id: string) {
    const root = surface.current;
    const edge = flow.getEdge(id);
    const ends = (edge ? [edge.source, edge.target] : [id])
      .map((nodeId) => flow.getInternalNode(nodeId))
      .filter((node) => node !== undefined);
    if (!root || ends.length === 0) return;
    const centres = ends.map((node) => ({
      x: node.internals.positionAbsolute.x + (node.measured.width ?? 0) / 2,
      y: node.internals.positionAbsolute.y + (node.measured.height ?? 0) / 2,
    }));
    const x = centres.reduce((sum, c) => sum + c.x, 0) / centres.length;
    const y = centres.reduce((sum, c) => sum + c.y, 0) / centres.length;
    const box = root.getBoundingClientRect();
    const at = flow.flowToScreenPosition({ x, y });
    const inside = at.x > box.left && at.x < box.right && at.y > box.top && at.y < box.bottom;
    if (!inside) void flow.setCenter(x, y, { zoom: flow.getZoom() });
  }

  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const element = event.target;
    if (!(element instanceof Element) || !element.matches(':focus-visible')) return;
    if (!element.matches('.react-flow__node-step, .react-flow__edge')) return;
    const id = element.getAttribute('data-id');
    if (!id) return;
    reveal(id);
    if (!element.classList.contains('selected')) select([id]);
  };

  // A label editor closed by Enter or Escape gives focus back to its shape; one closed by a
  // click elsewhere leaves it where the click put it (known only a frame later).
  const refocus = (id: string) =>
    requestAnimationFrame(() => {
      if (surface.current && focusOnMap(surface.current)) focusWhenDrawn(id);
    });

  return { onFocus, refocus };
}
