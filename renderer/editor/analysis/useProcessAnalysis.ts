import { useDeferredValue, useMemo } from 'react';
import { analyseProcess } from '../../../shared/analysis';
import type { AnalysisLibrary, ProcessAnalysis } from '../../../shared/analysis/types';
import type { ProcessGraph } from '../../../shared/process';
import { useAnalysisLibrary } from './analysisLibrary';

export type LiveAnalysis = { analysis: ProcessAnalysis; library: AnalysisLibrary };

/**
 * The analysis of the map as it is on screen, unsaved edits included. The graph is deferred
 * so typing a label stays smooth: React analyses the latest graph when it has time, and an
 * edit that arrives meanwhile starts over. `active` false (dock closed, no overlay) skips the
 * work altogether. A 500-step map analyses in well under the 30 ms a worker would be worth
 * (tests/unit/analysis/viewBench.test.ts).
 */
export function useProcessAnalysis(graph: ProcessGraph, active: boolean): LiveAnalysis | null {
  const library = useAnalysisLibrary();
  const deferred = useDeferredValue(graph);
  return useMemo(
    () =>
      active && library
        ? { analysis: analyseProcess({ graph: deferred, library }), library }
        : null,
    [active, library, deferred],
  );
}
