import type { AlignmentLibrary } from '../alignment/library';
import type { ResponsibilityChange } from './change';
import { planKind } from './planKinds';
import type { ChangePlan, PlanContext } from './planTypes';

export * from './planTypes';

/** Plans the change over the library as it is; refuses (AppError) what cannot be done. */
export function planChange(
  library: AlignmentLibrary,
  change: ResponsibilityChange,
  context: PlanContext,
): ChangePlan {
  return planKind(library, change, context);
}
