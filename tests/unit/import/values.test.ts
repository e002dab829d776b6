import { describe, expect, it } from 'vitest';
import { dutyFromLine } from '../../../shared/import/duties';
import { htmlToBlocks } from '../../../shared/import/htmlBlocks';
import { parseFrequency, parseHeadcount, parseWeight } from '../../../shared/import/values';
import { labelledLine, sectionOf } from '../../../shared/import/vocabulary';

/* The words and values a description writes, read into the domain's values. */

describe('values written in words', () => {
  it('reads 频次 and frequency words into the domain values', () => {
    expect(['每日', '每周', '每月', '每季度', '每年', '不定期'].map(parseFrequency)).toEqual([
      'daily',
      'weekly',
      'monthly',
      'quarterly',
      'yearly',
      'asNeeded',
    ]);
    expect(
      ['Daily', 'every week', 'Monthly', 'Quarterly', 'annually', 'as required'].map(
        parseFrequency,
      ),
    ).toEqual(['daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'asNeeded']);
    expect(parseFrequency('—')).toBeNull();
    expect(parseFrequency('sometimes')).toBeNull();
  });

  it('takes a weight the contract takes, and nothing else', () => {
    expect(['20%', '12.5 %', '100', '0'].map(parseWeight)).toEqual([20, 12.5, 100, 0]);
    expect(['120%', '12.55%', 'twenty', ''].map(parseWeight)).toEqual([null, null, null, null]);
  });

  it('reads a number of posts', () => {
    expect(['1 人', '3名', '2', '4 posts'].map(parseHeadcount)).toEqual([1, 3, 2, 4]);
    expect(parseHeadcount('若干')).toBeNull();
  });
});

describe('labels, sections and duty lines', () => {
  it('finds sections however they are numbered and spaced', () => {
    expect(sectionOf('三、 工作职责：')).toBe('duties');
    expect(sectionOf('（四）任职资格')).toBe('qualifications');
    expect(sectionOf('Key Responsibilities')).toBe('duties');
    expect(sectionOf('2. About the role')).toBe('purpose');
    expect(sectionOf('Security clearance')).toBeNull();
  });

  it('reads labelled lines', () => {
    expect(labelledLine('学历：本科及以上')).toEqual({ label: 'education', value: '本科及以上' });
    expect(labelledLine('Reports to: Head of HR')).toEqual({
      label: 'reportsTo',
      value: 'Head of HR',
    });
    expect(labelledLine('注意：这不是标签')).toBeNull();
  });

  it('takes a duty line apart: numbering, frequency and weight', () => {
    expect(dutyFromLine('3. 组织月度绩效面谈（每月）（15%）')).toMatchObject({
      text: '组织月度绩效面谈',
      frequency: 'monthly',
      weight: 15,
    });
    expect(dutyFromLine('• Review supplier contracts (20%)')).toMatchObject({
      text: 'Review supplier contracts',
      frequency: null,
      weight: 20,
    });
  });
});

describe("mammoth's HTML", () => {
  it('becomes headings, paragraphs, lists and tables, entities decoded', () => {
    const html =
      '<h1>Policy &amp; Strategy</h1><p><strong>一、基本信息</strong></p><ul><li>One<ul><li>Nested</li></ul></li></ul>' +
      '<table><tr><td><p>岗位名称</p></td><td><p>招聘专员</p><p>第二行</p></td></tr></table><p></p>';
    expect(htmlToBlocks(html)).toEqual([
      { kind: 'heading', level: 1, text: 'Policy & Strategy' },
      { kind: 'paragraph', text: '一、基本信息', bold: true },
      { kind: 'list', ordered: false, items: ['One', 'Nested'] },
      { kind: 'table', rows: [['岗位名称', '招聘专员\n第二行']] },
    ]);
  });
});
