import { useEffect, useRef, useState } from 'react';
import type { AnalysisLibrary, ProcessAnalysis } from '../../../shared/analysis/types';
import type { ProcessGraph } from '../../../shared/process';
import { useAnalysisLibrary } from './analysisLibrary';
import { createAnalysisRunner, type AnalysisRunner } from './analysisRunner';

export type LiveAnalysis = { analysis: ProcessAnalysis; library: AnalysisLibrary };

/**
 * The analysis of the map as it is on screen, unsaved edits included. It runs in a Web Worker
 * (a 500-step map takes well over a frame: tests/unit/editor/analysis/viewBench.test.ts), so
 * typing stays smooth; until the answer to the latest edit arrives, the previous one shows.
 * `active` false (dock closed, no overlay) skips the work altogether.
 */
export function useProcessAnalysis(
  { graph, ownerRoleId }: { graph: ProcessGraph; ownerRoleId: number | null },
  active: boolean,
): LiveAnalysis | null {
  const library = useAnalysisLibrary();
  const [live, setLive] = useState<LiveAnalysis | null>(null);
  const runner = useRef<AnalysisRunner | null>(null);
  useEffect(() => {
    const created = createAnalysisRunner();
    runner.current = created;
    return () => {
      created.dispose();
      runner.current = null;
    };
  }, []);
  useEffect(() => {
    if (!active || !library) return;
    runner.current?.request({ graph, library, ownerRoleId }, (analysis) =>
      setLive({ analysis, library }),
    );
  }, [active, graph, library, ownerRoleId]);
  return active ? live : null;
}
