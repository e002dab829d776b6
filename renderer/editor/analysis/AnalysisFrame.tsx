import { useCallback, useMemo, type ReactNode } from 'react';
import type { ProcessGraph, ProcessSummary } from '../../../shared/process';
import { useAnalysisDock } from './analysisDock';
import { AnalysisDock } from './AnalysisDock';
import { frameNodes } from './mapFraming';
import { AnalysisOverlayContext, type OverlayData } from './overlayContext';
import { useProcessAnalysis } from './useProcessAnalysis';

export type AnalysisHost = {
  graph: ProcessGraph;
  readOnly: boolean;
  processId: number;
  /** The process's 流程Owner (kept in its basics, not the graph), for rule R8. */
  ownerRoleId: number | null;
  processes: ProcessSummary[];
  onOpenProcess: (processId: number) => void;
  /** The editor's undoable edit (ProcessEditor's `run`). */
  run: (name: string, change: (graph: ProcessGraph) => ProcessGraph) => unknown;
  select: (ids: readonly string[]) => void;
};

/**
 * The process analysis around the editor's canvas: it analyses the map when the dock is open
 * or an overlay is on, hands the step shapes their overlay figures (context), and draws the
 * dock under `children` (the editor's column: toolbar, canvas row). A finding frames its steps
 * through the canvas's framing bridge (mapFraming.ts).
 */
export function AnalysisFrame(props: AnalysisHost & { children: ReactNode }) {
  const { children, ...host } = props;
  const { select } = host;
  const dock = useAnalysisDock();
  const live = useProcessAnalysis(host, dock.open || dock.overlays.length > 0);
  const frame = useCallback(
    (ids: readonly string[]) => {
      select(ids);
      // After React Flow has the selection: fit those shapes, not too close for one shape.
      requestAnimationFrame(() => frameNodes(ids));
    },
    [select],
  );
  const overlay = useMemo<OverlayData | null>(
    () =>
      live && dock.overlays.length > 0
        ? {
            overlays: dock.overlays,
            steps: new Map(live.analysis.figures.steps.map((step) => [step.nodeId, step])),
            dayMinutes: live.analysis.figures.dayMinutes,
          }
        : null,
    [live, dock.overlays],
  );
  return (
    <AnalysisOverlayContext.Provider value={overlay}>
      <div style={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
        {children}
        {/* After the canvas row; what follows it in the editor is fixed or a portal. */}
        {dock.open && <AnalysisDock host={host} live={live} dock={dock} frame={frame} />}
      </div>
    </AnalysisOverlayContext.Provider>
  );
}
