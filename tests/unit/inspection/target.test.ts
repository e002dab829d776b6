import { describe, expect, it } from 'vitest';
import { parseTarget, statusAgainstTarget, type Target } from '../../../shared/inspection/target';

describe('parseTarget reads the targets users write', () => {
  it.each([
    ['≤ 5 天', 'lowerIsBetter', false, 5, '天'],
    ['≥ 95%', 'higherIsBetter', false, 95, '%'],
    ['< 2 小时', 'lowerIsBetter', true, 2, '小时'],
    ['≤ 120 元/件', 'lowerIsBetter', false, 120, '元/件'],
    ['4.5 分以上', 'higherIsBetter', false, 4.5, '分'],
    ['不超过3天', 'lowerIsBetter', false, 3, '天'],
    ['<= 2 days', 'lowerIsBetter', false, 2, 'days'],
    ['at least 90 %', 'higherIsBetter', false, 90, '%'],
    ['3天以内', 'lowerIsBetter', false, 3, '天'],
    ['under 2 hours', 'lowerIsBetter', true, 2, 'hours'],
    ['超过 90 分', 'higherIsBetter', true, 90, '分'],
    ['１２０元以下', 'lowerIsBetter', false, 120, '元'],
    ['一次录入，系统比对保单与申请信息，差错率 ≤ 0.5%', 'lowerIsBetter', false, 0.5, '%'],
  ] as const)('%s', (text, direction, strict, value, unit) => {
    expect(parseTarget(text)).toEqual({ ok: true, target: { direction, strict, value, unit } });
  });

  it.each([
    ['', 'empty'],
    ['客户无法查询进度，投诉集中在时效', 'noNumber'],
    ['cover 5 days', 'noComparison'],
    ['5–25 天', 'range'],
    ['常规件 ≤ 4 小时；疑难件 ≤ 1 个工作日', 'several'],
  ] as const)('cannot read %j: %s', (text, reason) => {
    expect(parseTarget(text)).toEqual({ ok: false, reason });
  });
});

const target = (direction: Target['direction'], strict: boolean, value: number): Target => ({
  direction,
  strict,
  value,
  unit: '天',
});

describe('statusAgainstTarget', () => {
  it('lower is better: under the limit meets it, over misses it, by how much and in %', () => {
    expect(statusAgainstTarget(target('lowerIsBetter', false, 5), 4)).toEqual({
      met: true,
      margin: 1,
      marginPercent: 20,
    });
    expect(statusAgainstTarget(target('lowerIsBetter', false, 5), 15.5)).toEqual({
      met: false,
      margin: -10.5,
      marginPercent: -210,
    });
  });

  it('higher is better: above meets, below misses', () => {
    expect(statusAgainstTarget(target('higherIsBetter', false, 95), 97.5)).toEqual({
      met: true,
      margin: 2.5,
      marginPercent: 2.631578947,
    });
    expect(statusAgainstTarget(target('higherIsBetter', false, 95), 76)).toEqual({
      met: false,
      margin: -19,
      marginPercent: -20,
    });
  });

  it('equal meets ≤ and ≥ and misses < and >', () => {
    expect(statusAgainstTarget(target('lowerIsBetter', false, 5), 5).met).toBe(true);
    expect(statusAgainstTarget(target('higherIsBetter', false, 95), 95).met).toBe(true);
    expect(statusAgainstTarget(target('lowerIsBetter', true, 2), 2)).toEqual({
      met: false,
      margin: 0,
      marginPercent: 0,
    });
    expect(statusAgainstTarget(target('higherIsBetter', true, 90), 90).met).toBe(false);
  });

  it('binary noise does not turn an equal value into a miss', () => {
    expect(statusAgainstTarget(target('lowerIsBetter', false, 0.3), 0.1 + 0.2).met).toBe(true);
  });

  it('a zero target has no percentage', () => {
    expect(statusAgainstTarget(target('lowerIsBetter', false, 0), 2)).toEqual({
      met: false,
      margin: -2,
      marginPercent: null,
    });
  });
});
