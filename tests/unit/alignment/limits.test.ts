import { describe, expect, it } from 'vitest';
import { readNumber, statedAmountMax, statedLimit } from '../../../shared/rules/library/limits';

describe('the 时限 a duty standard states (§f5)', () => {
  it.each([
    ['2个工作日内完成', { days: 2, minutes: 0 }],
    ['收到申请后3天内回复', { days: 3, minutes: 0 }],
    ['两个工作日内', { days: 2, minutes: 0 }],
    ['24小时内处理完毕', { days: 0, minutes: 1440 }],
    ['30分钟内响应', { days: 0, minutes: 30 }],
    ['within 2 working days', { days: 2, minutes: 0 }],
    ['Respond within 4 hours', { days: 0, minutes: 240 }],
    ['准确率100%', null],
    ['', null],
  ])('%s → %o', (standard, limit) => {
    expect(statedLimit(standard)).toEqual(limit);
  });

  it('reads Chinese numbers up to 99', () => {
    expect([readNumber('十'), readNumber('十五'), readNumber('二十四'), readNumber('x')]).toEqual([
      10,
      15,
      24,
      null,
    ]);
  });
});

describe('the amount band a text states (§f3)', () => {
  it.each([
    ['审批费用≤5万元', 50000],
    ['审批5万元以内的费用报销', 50000],
    ['不超过2000元的采购', 2000],
    ['费用报销(≤5万元)', 50000],
    ['approve expenses up to 50,000 yuan', 50000],
    ['审批年度预算', null],
  ])('%s → %s', (written, amount) => {
    expect(statedAmountMax(written)).toBe(amount);
  });
});
