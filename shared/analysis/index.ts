import { computeFigures } from './figures';
import { buildFlow } from './flow';
import { runRules } from './rules';
import type { AnalysisInput, ProcessAnalysis } from './types';
import { expectedVisits } from './visits';

/**
 * The whole analysis of one process (PROCESS-ANALYSIS.md §b and §c1–c6): its figures and the
 * findings of the rule catalogue. Pure and synchronous; missing data never stops it (the
 * figures say what is missing), and a loop with no way out is a finding, not a hang.
 */
export function analyseProcess({ graph, library, ownerRoleId }: AnalysisInput): ProcessAnalysis {
  const flow = buildFlow(graph, library);
  const visits = expectedVisits(flow);
  const figures = computeFigures(flow, visits);
  const thresholds = library.settings.thresholds;
  const findings = runRules({ flow, visits, figures, thresholds, ownerRoleId });
  return { figures, findings };
}
