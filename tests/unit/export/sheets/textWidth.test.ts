import { describe, expect, it } from 'vitest';
import {
  columnWidth,
  shownText,
  textWidth,
  wrappedLines,
} from '../../../../electron/export/sheets/textWidth';

describe('measuring a cell’s text for its column', () => {
  it('counts a Chinese character as two widths and a Latin one as one', () => {
    expect(textWidth('Manager')).toBe(7);
    expect(textWidth('人力资源经理')).toBe(12);
    expect(textWidth('HR 经理（招聘）')).toBe(3 + 4 + 8);
  });

  it('measures numbers as their format shows them', () => {
    expect(shownText(1662.5, 'hours')).toBe('1,662.5');
    expect(shownText(0.0912, 'percent')).toBe('9.1%');
    expect(shownText(1234.5, 'money')).toBe('¥1,234.50');
    expect(shownText({ value: 3, format: 'plain' }, 'text')).toBe('3');
  });

  it('fits the widest cell and the heading, and wraps prose at a readable width', () => {
    expect(columnWidth('岗位', ['人力资源经理', 'HR'], false)).toBe(14);
    expect(columnWidth('FTE', ['0.03'], false)).toBe(6);
    expect(columnWidth('Finding', ['x'.repeat(300)], true)).toBe(60);
  });

  it('counts the lines of a wrapped heading as a spreadsheet breaks them', () => {
    expect(wrappedLines('New Business Manager', 10)).toBe(3);
    expect(wrappedLines('客户服务专员', 10)).toBe(2);
    expect(wrappedLines('FTE', 10)).toBe(1);
    expect(wrappedLines('Supercalifragilistic', 10)).toBe(2);
  });
});
