import type { AnalysisFinding } from '../types';
import { automateRules } from './automate';
import type { RuleContext } from './context';
import { eliminateRules } from './eliminate';
import { integrateRules } from './integrate';
import { modellingRules } from './modelling';
import { raciRules } from './raci';
import { simplifyRules } from './simplify';

/** Every rule of the catalogue (§c1–c6), in the method's order: E, S, I, A, then RACI, modelling. */
export function runRules(context: RuleContext): AnalysisFinding[] {
  // A comes after E, S and I and reads their findings (§c4: automate what is left).
  const esi = [...eliminateRules(context), ...simplifyRules(context), ...integrateRules(context)];
  return [
    ...esi,
    ...automateRules(context, esi),
    ...raciRules(context),
    ...modellingRules(context),
  ];
}
