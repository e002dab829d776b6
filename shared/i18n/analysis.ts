import type { AnalysisRuleId } from '../analysis/types';
import { analysisInputMessages } from './analysisInputs';
import { checkRuleMessages } from './analysisChecks';
import { esiaRuleMessages } from './analysisEsia';
import { analysisViewMessages } from './analysisView';

/*
 * What the process analysis says, composed from one file per part: the rule catalogue's texts
 * (ESIA; RACI and modelling), the analysis views, and the fields its data is entered in.
 * `analysis.rules.<id>` has the rule's short title, its message (filled with the finding's
 * params as {{name}}) and its fix; a rule with two messages names the second by its variant.
 */

export type RuleText = { title: string; message: string; fix: string } & Record<string, string>;

type RuleTexts = Partial<Record<AnalysisRuleId, RuleText>>;

function compose(locale: 'en' | 'zh-CN') {
  const rules: RuleTexts = { ...esiaRuleMessages[locale], ...checkRuleMessages[locale] };
  return {
    rules,
    view: analysisViewMessages[locale],
    inputs: analysisInputMessages[locale],
  };
}

export const analysisMessages = { en: compose('en'), 'zh-CN': compose('zh-CN') };
