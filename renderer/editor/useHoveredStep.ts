import { useEffect, useRef, useState } from 'react';

/**
 * The step under the mouse, for its quick-add arrows. Leaving the step hides them only after
 * a moment, so the mouse can travel from the shape onto an arrow beside it.
 */
export function useHoveredStep() {
  const [id, setId] = useState<string | null>(null);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return {
    id,
    enter: (next: string) => {
      window.clearTimeout(timer.current);
      setId(next);
    },
    leave: () => {
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => setId(null), 400);
    },
    clear: () => {
      window.clearTimeout(timer.current);
      setId(null);
    },
  };
}
