import { computeFigures } from './figures';
import { buildFlow, type FlowModel } from './flow';
import { runRules } from './rules';
import type { AnalysisInput, ProcessAnalysis } from './types';
import { expectedVisits, type Visits } from './visits';

/**
 * The whole analysis of one process (PROCESS-ANALYSIS.md §b and §c1–c6): its figures and the
 * findings of the rule catalogue. Pure and synchronous; missing data never stops it (the
 * figures say what is missing), and a loop with no way out is a finding, not a hang.
 */
export function analyseProcess({ graph, library, ownerRoleId }: AnalysisInput): ProcessAnalysis {
  const { figures, findings } = analyseFlow(buildFlow(graph, library), ownerRoleId);
  return { figures, findings };
}

/**
 * The same analysis of a flow model already built, with the expected visits it computed: the
 * library-wide index (shared/rules/library) keeps all three per map, so a map is analysed once.
 */
export function analyseFlow(
  flow: FlowModel,
  ownerRoleId?: number | null,
): ProcessAnalysis & { visits: Visits } {
  const visits = expectedVisits(flow);
  const figures = computeFigures(flow, visits);
  const thresholds = flow.library.settings.thresholds;
  const findings = runRules({ flow, visits, figures, thresholds, ownerRoleId });
  return { figures, findings, visits };
}
