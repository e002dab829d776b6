import { describe, expect, it } from 'vitest';
import { containsChinese, splitBilingual, textIn } from '../../../shared/bilingualText';

describe('splitBilingual', () => {
  it('splits a Chinese part and an English part around " / "', () => {
    expect(splitBilingual('能清楚表达自己的意见 / Expresses their views clearly.')).toEqual({
      zh: '能清楚表达自己的意见',
      en: 'Expresses their views clearly.',
    });
  });

  it('keeps a "/" without spaces inside either language', () => {
    expect(splitBilingual('熟练使用 Word/Excel 和/或 WPS / Uses Word/Excel and/or WPS.')).toEqual({
      zh: '熟练使用 Word/Excel 和/或 WPS',
      en: 'Uses Word/Excel and/or WPS.',
    });
  });

  it('keeps a spaced " / " of the English part in the English part', () => {
    expect(splitBilingual('沟通协调 / Communication / coordination')).toEqual({
      zh: '沟通协调',
      en: 'Communication / coordination',
    });
  });

  it('keeps a spaced " / " of the Chinese part in the Chinese part', () => {
    expect(splitBilingual('沟通 / 协调能力 / Communication and coordination')).toEqual({
      zh: '沟通 / 协调能力',
      en: 'Communication and coordination',
    });
  });

  it('prefers the separator after Chinese text when the Chinese part ends in Latin words', () => {
    expect(splitBilingual('熟悉 SAP / Oracle 系统。 / Knows SAP / Oracle.')).toEqual({
      zh: '熟悉 SAP / Oracle 系统。',
      en: 'Knows SAP / Oracle.',
    });
  });

  it('splits at the first qualifying separator when no left side ends in Chinese', () => {
    expect(splitBilingual('熟悉 SAP / Knows SAP')).toEqual({ zh: '熟悉 SAP', en: 'Knows SAP' });
  });

  it('leaves a text in one language whole, in that language, exactly as written', () => {
    expect(splitBilingual('  能倾听并准确理解他人意见 ')).toEqual({
      zh: '  能倾听并准确理解他人意见 ',
      en: '',
    });
    expect(splitBilingual('Listens / responds.')).toEqual({ zh: '', en: 'Listens / responds.' });
    expect(splitBilingual('')).toEqual({ zh: '', en: '' });
  });

  it('does not split English first, Chinese second, nor Chinese on both sides', () => {
    expect(splitBilingual('Communication / 沟通')).toEqual({ zh: 'Communication / 沟通', en: '' });
    expect(splitBilingual('沟通 / 协调')).toEqual({ zh: '沟通 / 协调', en: '' });
  });

  it('does not split when the part after the separator has no letters', () => {
    expect(splitBilingual('合格率 / 98%')).toEqual({ zh: '合格率 / 98%', en: '' });
  });

  it('loses no character but the separator', () => {
    const text = '能协调跨部门分歧，推动达成一致 / Brings departments to agreement.';
    const { zh, en } = splitBilingual(text);
    expect(`${zh} / ${en}`).toBe(text);
  });
});

describe('containsChinese and textIn', () => {
  it('detects Han characters, not Latin punctuation such as ’', () => {
    expect(containsChinese('company’s')).toBe(false);
    expect(containsChinese('ISO 9001 体系')).toBe(true);
  });

  it("prints the document's language and falls back to the other only when it is empty", () => {
    expect(textIn('zh', '沟通', 'Communication')).toBe('沟通');
    expect(textIn('en', '沟通', 'Communication')).toBe('Communication');
    expect(textIn('en', '沟通', '')).toBe('沟通');
    expect(textIn('zh', '', 'Communication')).toBe('Communication');
  });
});
