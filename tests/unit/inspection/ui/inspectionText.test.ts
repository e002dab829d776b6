import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../../../shared/i18n';
import { translator } from '../../../../shared/i18n/translate';
import { judge, withUnit } from '../../../../renderer/features/inspection/inspectionText';

/* The words beside a measured value: met or missed, by how much, in the target's unit. */

const zh = translator(MESSAGES['zh-CN']);
const en = translator(MESSAGES.en);

describe('a measured value against its target, as the table says it', () => {
  it('says a lower-is-better miss and its margin in the unit', () => {
    expect(judge('≤ 5 天', 15.2, zh)).toMatchObject({ text: '未达标，差 10.2 天' });
    expect(judge('≤ 5 天', 15.2, en).text).toBe('missed by 10.2 天');
    expect(judge('≤ 5 天', 15.2, zh).status?.met).toBe(false);
  });

  it('says a higher-is-better result met, and by how much', () => {
    expect(judge('≥ 95%', 97, zh).text).toBe('达标，优于目标 2%');
    expect(judge('≥ 95%', 93, en).text).toBe('missed by 2%');
  });

  it('says a value on the target as met, and a strict target reached as missed', () => {
    expect(judge('≤ 5 天', 5, en).text).toBe('met, on target');
    expect(judge('< 5 天', 5, en).text).toBe('missed by 0 天');
  });

  it('says when the target cannot be read instead of guessing', () => {
    const judged = judge('5–25 天', 7, zh);
    expect(judged.status).toBeNull();
    expect(judged.text).toBe('目标值无法识别');
  });

  it('writes % on the number and a word unit apart', () => {
    expect(withUnit(0.4, '%')).toBe('0.4%');
    expect(withUnit(3.25, '天')).toBe('3.25 天');
    expect(withUnit(-1, '')).toBe('−1');
  });
});
