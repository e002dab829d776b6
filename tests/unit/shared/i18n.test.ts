import { describe, expect, it } from 'vitest';
import { localeFromSystem, MESSAGES } from '../../../shared/i18n';
import { ERROR_CODES } from '../../../shared/errors';
import { checksMessages } from '../../../shared/i18n/checks';
import { TEMPLATE_LABELS } from '../../../shared/i18n/templates';
import { RULE_IDS } from '../../../shared/rules/positionChecks';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) =>
    keysOf(inner, prefix ? `${prefix}.${key}` : key),
  );
}

describe('interface text', () => {
  it('has the same keys in Chinese and English', () => {
    expect(keysOf(MESSAGES['zh-CN']).sort()).toEqual(keysOf(MESSAGES.en).sort());
  });

  it('has a message for every error code', () => {
    for (const code of ERROR_CODES) {
      expect(MESSAGES.en.errors).toHaveProperty(code);
      expect(MESSAGES['zh-CN'].errors).toHaveProperty(code);
    }
  });

  it('explains every check in both languages: title, reason and fix', () => {
    for (const rule of RULE_IDS) {
      for (const locale of ['en', 'zh-CN'] as const) {
        const messages = checksMessages[locale][rule];
        expect(messages.title, `${locale} ${rule}`).not.toBe('');
        expect(messages.reason, `${locale} ${rule}`).not.toBe('');
        expect(messages.fix, `${locale} ${rule}`).not.toBe('');
      }
    }
  });

  it('labels both templates with the same sections and fields', () => {
    expect(keysOf(TEMPLATE_LABELS.en).sort()).toEqual(keysOf(TEMPLATE_LABELS.zh).sort());
    expect(TEMPLATE_LABELS.zh.sections.duties).toBe('工作职责');
    expect(TEMPLATE_LABELS.en.sections.duties).toBe('Essential functions');
  });

  it('uses the method’s own Chinese terms', () => {
    const zh = MESSAGES['zh-CN'];
    expect(zh.editor.basics).toBe('基本信息');
    expect(zh.editor.duties).toBe('工作职责');
    expect(zh.editor.purpose).toBe('岗位目的');
    expect(zh.editor.reportsTo).toBe('直接上级');
    expect(zh.editor.headcount).toBe('岗位编制');
  });

  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['en-US', 'en'],
    ['de-DE', 'en'],
    [undefined, 'en'],
  ])('picks %s → %s from the system locale', (system, expected) => {
    expect(localeFromSystem(system)).toBe(expected);
  });
});
