import { describe, expect, it } from 'vitest';
import {
  count,
  duration,
  money,
  percent,
  points,
  signedPercent,
} from '../../../../renderer/editor/analysis/format';

describe('analysis number formats', () => {
  it.each([
    // minutes under an hour, one decimal under ten
    [7.5, 480, { value: '7.5', unit: 'minutes' }],
    [45, 480, { value: '45', unit: 'minutes' }],
    // hours under a day of the basis
    [90, 480, { value: '1.5', unit: 'hours' }],
    [479, 480, { value: '8', unit: 'hours' }],
    // a working day is 480 minutes, a calendar day 1,440
    [480, 480, { value: '1', unit: 'days' }],
    [2400, 480, { value: '5', unit: 'days' }],
    [12000, 480, { value: '25', unit: 'days' }],
    [1440, 1440, { value: '1', unit: 'days' }],
    [720, 1440, { value: '12', unit: 'hours' }],
    [7200, 1440, { value: '5', unit: 'days' }],
    [3 * 1440 + 720, 1440, { value: '3.5', unit: 'days' }],
  ])('writes %d minutes with a %d-minute day as %o', (minutes, day, expected) => {
    expect(duration(minutes, day, 'en')).toEqual(expected);
  });

  it('groups thousands in the interface language', () => {
    expect(duration(480 * 12345, 480, 'en').value).toBe('12,345');
    expect(duration(480 * 12345, 480, 'zh-CN').value).toBe('12,345');
  });

  it.each([
    // the insurer oracle (§b2): 17 min of VA work over 5 working days is 0.708 %
    [17 / 2400, '0.71 %'],
    [17 / 7200, '0.24 %'],
    [17 / 1440, '1.2 %'],
    [0.25, '25 %'],
    [1, '100 %'],
    [0, '0 %'],
  ])('writes the share %d as %s', (share, expected) => {
    expect(percent(share, 'en')).toBe(expected);
  });

  it('signs changes: relative (b5, "−30 %") and in percentage points', () => {
    expect(signedPercent(-0.3, 'en')).toBe('−30 %');
    expect(signedPercent(0.125, 'en')).toBe('+13 %');
    expect(signedPercent(0, 'en')).toBe('±0 %');
    expect(points(0.05, 'en')).toBe('+5');
    expect(points(-0.0047, 'en')).toBe('−0.47');
  });

  it('writes money in yuan: fen below 1,000, whole yuan above', () => {
    expect(money(12.5, 'en')).toBe('¥12.5');
    expect(money(1234.56, 'en')).toBe('¥1,235');
    expect(money(1234.56, 'zh-CN')).toBe('¥1,235');
  });

  it('writes expected counts with one decimal only when they have one', () => {
    expect(count(3, 'en')).toBe('3');
    expect(count(2.96, 'en')).toBe('3');
    expect(count(1.25, 'en')).toBe('1.3');
  });
});
