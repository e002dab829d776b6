import type { FlowModel } from '../flow';
import type { RuleThresholds } from '../settings';
import type { ProcessFigures } from '../types';
import type { Visits } from '../visits';

/** What every rule family reads: the flow, the visits, the computed figures, the thresholds. */
export type RuleContext = {
  flow: FlowModel;
  visits: Visits;
  figures: ProcessFigures;
  thresholds: RuleThresholds;
  /** The process's owner role (AnalysisInput.ownerRoleId): null = none, absent = unknown. */
  ownerRoleId?: number | null;
};
