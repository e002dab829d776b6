import { createContext, useContext } from 'react';
import type { Point } from '../../../shared/process';

/*
 * What the lane and phase shapes on the canvas can ask of the editor while the user drags
 * them. Passed by context, not in node data: node data holds only serialisable domain data.
 * No provider (a read-only map) means the frame cannot be dragged.
 */
export type FrameActions = {
  resizeLane: (laneId: string, size: number) => void;
  /** Drops a lane dragged by its title at a point of the diagram: it takes that lane's place. */
  dropLane: (laneId: string, at: Point) => void;
  resizePhase: (phaseId: string, size: number) => void;
};

export const FrameActionsContext = createContext<FrameActions | null>(null);

export function useFrameActions(): FrameActions | null {
  return useContext(FrameActionsContext);
}
