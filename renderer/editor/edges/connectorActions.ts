import { createContext } from 'react';
import type { Point } from '../../../shared/process';

/** What a connector on the canvas can ask of the editor (edge components get no props for it). */
export type ConnectorActionsValue = {
  /** The user dragged a segment: these are the connector's bends now (one undoable command). */
  onMoveBends: (edgeId: string, waypoints: Point[]) => void;
  onEditLabel: (edgeId: string) => void;
};

export const ConnectorActions = createContext<ConnectorActionsValue>({
  onMoveBends: () => undefined,
  onEditLabel: () => undefined,
});
