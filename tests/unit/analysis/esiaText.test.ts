import { describe, expect, it } from 'vitest';
import { ANALYSIS_RULE_IDS } from '../../../shared/analysis/types';
import { esiaRuleMessages, type EsiaRuleId } from '../../../shared/i18n/analysisEsia';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '');

/** The params each rule's findings carry (the rule tests assert them on real findings). */
const PARAMS: Record<EsiaRuleId, string[]> = {
  E1: ['a1', 'a2', 'n', 'roles'],
  E2: ['obj', 'n', 'a', 'b'],
  E3: ['a', 'obj', 'prev', 'next'],
  E4: ['a'],
  E5: ['a', 'wait', 'k', 'share'],
  E6: ['check', 'target', 'extra', 'p'],
  E7: ['r1', 'r2', 'n'],
  E8: ['a', 'b'],
  E9: ['a', 'p'],
  S1: ['NR', 'ND'],
  S2: ['form', 'a', 'b'],
  S3: ['a', 'role'],
  S4: ['a', 'p'],
  S5: ['N', 'NA', 'pct'],
  I1: ['a1', 'ak', 'k', 'n', 'h'],
  I2: ['n', 'roles'],
  I3: ['H', 'ratio'],
  I4: ['a', 'b'],
  I5: ['role', 'a', 'work'],
  A1: ['a', 'H'],
  A2: ['a', 'src'],
  A3: ['a', 'b', 'wait'],
  A4: ['a', 'rules'],
};

/** The second messages the rules name by a finding's variant. */
const VARIANTS: Partial<Record<EsiaRuleId, string[]>> = {
  E3: ['noObject'],
  E5: ['noWork', 'process'],
  E6: ['unset'],
};

describe('texts of the ESIA rules', () => {
  const ids = ANALYSIS_RULE_IDS.filter((id) => /^[ESIA]\d/.test(id));

  it('give every rule E1–E9, S1–S5, I1–I5, A1–A4 a title, message, fix and its variants', () => {
    expect(Object.keys(esiaRuleMessages.en).sort()).toEqual([...ids].sort());
    for (const locale of ['en', 'zh-CN'] as const) {
      for (const [id, texts] of Object.entries(esiaRuleMessages[locale])) {
        const parts = ['title', 'message', 'fix', ...(VARIANTS[id as EsiaRuleId] ?? [])];
        expect(Object.keys(texts).sort(), `${locale} ${id}`).toEqual(parts.sort());
        for (const part of parts) expect(texts[part], `${locale} ${id}.${part}`).toBeTruthy();
      }
    }
  });

  it('fill messages only with params the findings carry, the same in both languages', () => {
    // The catalogue's Chinese S3 says 知会(I) without naming the role its English names.
    const chineseLeavesOut: Record<string, string[]> = { 'S3.message': ['role'] };
    for (const [id, en] of Object.entries(esiaRuleMessages.en)) {
      const zh = esiaRuleMessages['zh-CN'][id as EsiaRuleId];
      for (const [part, text] of Object.entries(en)) {
        const used = [...new Set(placeholders(text))];
        const left = chineseLeavesOut[`${id}.${part}`] ?? [];
        expect([...new Set(placeholders(zh[part] ?? ''))].sort(), `${id}.${part}`).toEqual(
          used.filter((name) => !left.includes(name)).sort(),
        );
        for (const name of used) expect(PARAMS[id as EsiaRuleId], `${id}.${part}`).toContain(name);
      }
    }
  });

  it('keep fixes free of params (the findings list shows them unfilled)', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      for (const texts of Object.values(esiaRuleMessages[locale])) {
        expect(placeholders(texts.fix)).toEqual([]);
      }
    }
  });

  it('use the catalogue’s Chinese messages verbatim', () => {
    const zh = esiaRuleMessages['zh-CN'];
    expect(zh.E1.message).toBe(
      '「{{a1}}」后紧接「{{a2}}」等{{n}}级审批({{roles}}),其间无增值活动。可保留一级审批,其余改为备案。',
    );
    expect(zh.I1.message).toBe(
      '「{{a1}}」…「{{ak}}」{{k}}步简单工作依次经过{{n}}个岗位,交接{{h}}次。',
    );
    expect(zh.S1.message).toBe('一件业务经过{{NR}}个岗位、{{ND}}个部门。');
    expect(zh.A2.message).toBe('「{{a}}」将「{{src}}」已产生的信息再次录入。');
  });
});
