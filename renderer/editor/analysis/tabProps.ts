import type { AnalysisHost } from './AnalysisFrame';
import type { Formatter } from './useFormat';
import type { LiveAnalysis } from './useProcessAnalysis';

/** What every tab of the analysis dock is given. */
export type TabProps = {
  live: LiveAnalysis;
  fmt: Formatter;
  host: AnalysisHost;
  /** Selects the elements and frames them on the map. */
  frame: (ids: readonly string[]) => void;
};
