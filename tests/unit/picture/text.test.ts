import { describe, expect, it } from 'vitest';
import { fitText, LINE_HEIGHT, textWidth, wrapLines } from '../../../shared/picture/text';

const width = (w: number) => () => w;

describe('label wrapping', () => {
  it('breaks Chinese between any two characters, within the width', () => {
    const lines = wrapLines('接收投保申请书并加盖收件章', 12, width(60));
    expect(lines).toEqual(['接收投保申', '请书并加盖', '收件章']);
    for (const line of lines ?? []) expect(textWidth(line, 12)).toBeLessThanOrEqual(60);
  });

  it('never starts a line with closing punctuation nor ends one with an opening mark', () => {
    const lines = wrapLines('资料齐全？是（补件）否，退回。', 12, width(48)) ?? [];
    expect(lines.join('')).toBe('资料齐全？是（补件）否，退回。');
    for (const line of lines) {
      expect(line).not.toMatch(/^[，。？）]/);
      expect(line).not.toMatch(/（$/);
    }
  });

  it('keeps Latin words whole and a slash with the word before it', () => {
    const lines = wrapLines('客户服务部 / Customer Service', 13, width(90)) ?? [];
    expect(lines).toEqual(['客户服务部 /', 'Customer', 'Service']);
  });

  it('splits a word only when it is wider than the line', () => {
    const lines = wrapLines('Supercalifragilistic', 12, width(50)) ?? [];
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('Supercalifragilistic');
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(50);
  });

  it('keeps the user’s own line breaks', () => {
    expect(wrapLines('第一行\n第二行', 12, width(200))).toEqual(['第一行', '第二行']);
  });

  it('measures full-width characters at one em and Latin narrower', () => {
    expect(textWidth('流程', 10)).toBe(20);
    expect(textWidth('il', 10)).toBeLessThan(textWidth('MW', 10));
    expect(textWidth('abc', 10)).toBeLessThan(30);
  });
});

describe('fitting a label into a shape', () => {
  it('balances the lines instead of leaving one character alone', () => {
    const set = fitText('检查申请书填写是否完整', 128, 45, 12, 6);
    expect(set.lines).toEqual(['检查申请书填', '写是否完整']);
  });

  it('shrinks the text until it fits the height, never cutting it', () => {
    const label = '审批报销申请（金额超过五千元需分管副总加签，并附预算执行情况说明）';
    const set = fitText(label, 128, 40, 12, 6);
    expect(set.size).toBeLessThan(12);
    expect(set.lines.join('')).toBe(label);
    expect(set.lines.length * set.size * LINE_HEIGHT).toBeLessThanOrEqual(40);
    for (const line of set.lines) expect(textWidth(line, set.size)).toBeLessThanOrEqual(128);
  });
});
