import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GatewayType, ProcessAnalysisData, ProcessGraph } from '../../../../shared/process';
import {
  setAnalysisData,
  setBranch,
  setGateway,
  type BranchData,
} from '../../commands/analysisCommands';

type Run = (name: string, next: (graph: ProcessGraph) => ProcessGraph, mergeKey?: string) => void;

/** Edits of the analysis data that the side panel offers, as undoable steps of the editor. */
export type AnalysisEdits = {
  gateway: (nodeId: string, gateway: GatewayType) => void;
  branch: (edgeId: string, branch: BranchData) => void;
  process: (change: Partial<ProcessAnalysisData>) => void;
};

export function useAnalysisEdits(run: Run): AnalysisEdits {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      gateway: (nodeId, gateway) =>
        run(t('analysis.inputs.gateway.label'), (g) => setGateway(g, nodeId, gateway)),
      // Typing a number merges into one undo step per field, as the activity fields do.
      branch: (edgeId, branch) =>
        run(
          t('analysis.inputs.branch.probability'),
          (g) => setBranch(g, edgeId, branch),
          `branch:${edgeId}`,
        ),
      process: (change) =>
        run(
          t('analysis.inputs.process.title'),
          (g) => setAnalysisData(g, change),
          `analysis:${Object.keys(change).join(',')}`,
        ),
    }),
    [run, t],
  );
}
