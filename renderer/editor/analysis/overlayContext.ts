import { createContext, useContext } from 'react';
import type { StepFigures } from '../../../shared/analysis/types';
import type { Overlay } from './analysisDock';

/*
 * What the map's step shapes draw of the analysis (§a2: Promapp's time and cost overlays,
 * Trisotech's values under each shape): a context the step node reads, so switching an
 * overlay re-renders the badges without remapping the flow.
 */

export type OverlayData = {
  overlays: readonly Overlay[];
  steps: ReadonlyMap<string, StepFigures>;
  dayMinutes: number;
};

export const AnalysisOverlayContext = createContext<OverlayData | null>(null);

/** The figures a step's badge shows, or null when no overlay is on or the step has none. */
export function useStepOverlay(
  nodeId: string,
): { figures: StepFigures; overlays: readonly Overlay[]; dayMinutes: number } | null {
  const data = useContext(AnalysisOverlayContext);
  const figures = data?.steps.get(nodeId);
  if (!data || !figures || data.overlays.length === 0) return null;
  return { figures, overlays: data.overlays, dayMinutes: data.dayMinutes };
}
