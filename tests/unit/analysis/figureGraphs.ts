import type { ProcessGraph } from '../../../shared/process';
import { computeFigures } from '../../../shared/analysis/figures';
import { buildFlow } from '../../../shared/analysis/flow';
import type { AnalysisLibrary, ProcessFigures } from '../../../shared/analysis/types';
import { expectedVisits } from '../../../shared/analysis/visits';
import { libraryOf } from './graphs';

/** The figures of a small map (graphs.ts), as analyseProcess computes them. */
export function figuresOf(graph: ProcessGraph, library: AnalysisLibrary = libraryOf()) {
  const flow = buildFlow(graph, library);
  return computeFigures(flow, expectedVisits(flow));
}

/** One step's row of the figures (throws when the step is not there, so a typo fails). */
export function stepOf(figures: ProcessFigures, id: string) {
  const row = figures.steps.find((s) => s.nodeId === id);
  if (!row) throw new Error(`no step ${id}`);
  return row;
}
