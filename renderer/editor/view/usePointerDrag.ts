import { useStore } from '@xyflow/react';
import { useRef, useState, type PointerEvent } from 'react';

/** Moves shorter than this (screen px) are clicks, not drags. */
const DRAG_THRESHOLD = 4;

type Drag = { startX: number; startY: number; dragging: boolean };

/**
 * A pointer drag inside a node of the canvas, in diagram units (the screen delta divided by
 * the zoom). `delta` is the live offset while dragging (for a preview), null otherwise;
 * `onEnd` gets the final offset and the pointer's client position. A press without a move is
 * left to React Flow as a click (it selects the node).
 */
export function usePointerDrag(
  onEnd: (delta: { x: number; y: number }, client: { x: number; y: number }) => void,
) {
  const zoom = useStore((state) => state.transform[2]);
  const drag = useRef<Drag | null>(null);
  const [delta, setDelta] = useState<{ x: number; y: number } | null>(null);

  const offset = (event: PointerEvent, current: Drag) => ({
    x: (event.clientX - current.startX) / zoom,
    y: (event.clientY - current.startY) / zoom,
  });

  return {
    delta,
    handlers: {
      onPointerDown: (event: PointerEvent<HTMLElement>) => {
        if (event.button !== 0) return;
        drag.current = { startX: event.clientX, startY: event.clientY, dragging: false };
        // Captured at once: a quick drag's first move may already be over another element.
        event.currentTarget.setPointerCapture(event.pointerId);
      },
      onPointerMove: (event: PointerEvent<HTMLElement>) => {
        const current = drag.current;
        if (!current) return;
        const moved =
          Math.abs(event.clientX - current.startX) + Math.abs(event.clientY - current.startY);
        if (!current.dragging && moved < DRAG_THRESHOLD) return;
        current.dragging = true;
        setDelta(offset(event, current));
      },
      onPointerUp: (event: PointerEvent<HTMLElement>) => {
        const current = drag.current;
        drag.current = null;
        if (!current?.dragging) return;
        setDelta(null);
        onEnd(offset(event, current), { x: event.clientX, y: event.clientY });
      },
      onPointerCancel: () => {
        drag.current = null;
        setDelta(null);
      },
    },
  };
}
