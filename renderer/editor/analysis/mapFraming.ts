import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { motionDuration } from '../../app/motion';

/*
 * Framing steps on the map from outside the canvas's ReactFlowProvider (the analysis dock
 * sits under the canvas, not inside it): the bridge, rendered inside the provider, lends its
 * fitView here while the canvas is mounted.
 */

type Fit = (ids: readonly string[]) => void;
let fit: Fit | null = null;

/** Fits the view to these nodes, if a canvas is mounted. */
export function frameNodes(ids: readonly string[]): void {
  fit?.(ids);
}

export function MapFramingBridge(): null {
  const { fitView } = useReactFlow();
  useEffect(() => {
    const own: Fit = (ids) =>
      void fitView({
        nodes: ids.map((id) => ({ id })),
        padding: 0.4,
        maxZoom: 1,
        duration: motionDuration(300),
      });
    fit = own;
    return () => {
      if (fit === own) fit = null;
    };
  }, [fitView]);
  return null;
}
