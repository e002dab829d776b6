import { isBranching, type FlowModel } from '../flow';
import type { Coverage, MissingData } from '../types';
import type { StepCost } from './cost';
import type { StepTimes } from './times';

/*
 * What the figures lack (§0's data list), so the panel can ask for it; coverage never stops a
 * figure. A time of 0 counts as given. A decision lacks probabilities when one of its branches
 * has none (its cases are then split equally: rule M11).
 */
export function coverage(
  flow: FlowModel,
  steps: readonly StepTimes[],
  costs: Map<string, StepCost>,
): Coverage {
  const ids = (keep: (step: StepTimes) => boolean) => steps.filter(keep).map((s) => s.node.id);
  const noRate = ids((step) => costs.get(step.node.id)?.rateMissing ?? true);
  const undeclared = [...flow.nodes.values()]
    .filter((node) => isBranching(node))
    .filter((node) => {
      const out = flow.outgoing.get(node.id) ?? [];
      return out.length > 1 && out.some((edge) => edge.declaredPercent === null);
    })
    .map((node) => node.id);
  const missing: MissingData[] = [];
  const add = (kind: 'work' | 'wait' | 'valueClass' | 'rate', nodeIds: string[]) => {
    if (nodeIds.length > 0) missing.push({ kind, nodeIds });
  };
  const noWork = ids((step) => step.work === null);
  const noWait = ids((step) => step.wait === null);
  const noValueClass = ids((step) => step.valueClass === null);
  add('work', noWork);
  add('wait', noWait);
  add('valueClass', noValueClass);
  add('rate', noRate);
  if (undeclared.length > 0) missing.push({ kind: 'probability', decisionIds: undeclared });
  if ((flow.graph.analysis?.annualVolume ?? null) === null) missing.push({ kind: 'volume' });
  return {
    activities: steps.length,
    withTimes: steps.filter((step) => step.work !== null && step.wait !== null).length,
    withValueClass: steps.filter((step) => step.valueClass !== null).length,
    withCost: steps.length - noRate.length,
    missing,
  };
}
