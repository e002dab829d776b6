import { describe, expect, it } from 'vitest';
import { ANALYSIS_RULE_IDS } from '../../../shared/analysis/types';
import { checkRuleMessages } from '../../../shared/i18n/analysisChecks';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('texts of the RACI and modelling rules', () => {
  const ids = ANALYSIS_RULE_IDS.filter((id) => id.startsWith('R') || id.startsWith('M'));

  it('give every rule R1–R8, M1–M14 a title, message and fix in both languages', () => {
    expect(Object.keys(checkRuleMessages.en).sort()).toEqual([...ids].sort());
    for (const locale of ['en', 'zh-CN'] as const) {
      for (const id of ids) {
        const texts = checkRuleMessages[locale][id as keyof (typeof checkRuleMessages)['en']];
        for (const part of ['title', 'message', 'fix'])
          expect(texts[part], `${locale} ${id}`).toBeTruthy();
      }
    }
  });

  it('have the same variants and the same {{params}} in Chinese and English', () => {
    for (const [id, en] of Object.entries(checkRuleMessages.en)) {
      const zh = checkRuleMessages['zh-CN'][id as keyof typeof checkRuleMessages.en];
      expect(Object.keys(zh).sort(), id).toEqual(Object.keys(en).sort());
      for (const [part, text] of Object.entries(en)) {
        expect(placeholders(zh[part] ?? ''), `${id}.${part}`).toEqual(placeholders(text));
      }
    }
  });

  it('use the catalogue’s Chinese messages verbatim', () => {
    const zh = checkRuleMessages['zh-CN'];
    expect(zh.R1.message).toBe('「{{a}}」没有负责批准人(A)。');
    expect(zh.M11.message).toBe('网关「{{g}}」分支概率合计{{s}}%。');
    expect(zh.M13.message).toBe('「{{a}}」似为{{kind}},是否标记?');
  });
});
