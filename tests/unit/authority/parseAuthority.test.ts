import { describe, expect, it } from 'vitest';
import {
  authorityText,
  findAmountBand,
  formatAmountMax,
  parseAuthorityText,
} from '../../../shared/authority';

/** A clause as [kind, object, amountMax]. */
function read(text: string): [string, string, number | null][] {
  return parseAuthorityText(text).map((c) => [c.kind, c.object, c.amountMax]);
}

describe('parseAuthorityText: the sample library', () => {
  it('reads the general manager’s clauses, the band inside brackets', () => {
    expect(
      read(
        '公司经营计划和组织架构调整方案的提议权；年度预算内资金支出的审批权（单笔 200 万元以内）；中层管理人员的任免建议权和考核权；公司规章制度的审批和发布权。',
      ),
    ).toEqual([
      ['recommend', '公司经营计划和组织架构调整方案', null],
      ['approve', '年度预算内资金支出', 2_000_000],
      ['recommend', '中层管理人员的任免和考核', null],
      ['approve', '公司规章制度的发布', null],
    ]);
  });

  it('reads the finance manager’s clauses', () => {
    expect(
      read(
        '费用报销和付款的审核权；单笔 20 万元以内付款的审批权；对违反财务制度的支出的拒付权；财务人员工作安排和考核建议权。',
      ),
    ).toEqual([
      ['recommend', '费用报销和付款', null],
      ['approve', '付款', 200_000],
      ['other', '违反财务制度的支出的拒付', null],
      ['recommend', '财务人员工作安排和考核', null],
    ]);
  });

  it('lets approval win over a decision in the same clause, and reads 决定权', () => {
    expect(
      read('核保结论的最终审批权；授权限额内的拒保和加费决定权；核保员的工作分派权。'),
    ).toEqual([
      ['approve', '核保结论的最终', null],
      ['decide', '授权限额内的拒保和加费', null],
      ['other', '核保员的工作分派', null],
    ]);
  });

  it('reads typical clauses of Chinese JDs, numbered, one per line', () => {
    expect(
      read(
        '1、对5万元以下的费用报销有审批权\n2. 对部门员工的考核有建议权\n（3）对本部门人员招聘有决定权\n4、对公司采购合同有初审权',
      ),
    ).toEqual([
      ['approve', '费用报销', 50_000],
      ['recommend', '部门员工的考核', null],
      ['decide', '本部门人员招聘', null],
      ['recommend', '公司采购合同', null],
    ]);
  });

  it('reads English clauses', () => {
    expect(
      read(
        'Approve expenses up to ¥50,000; Recommend hiring decisions for the team\nDecide on shift schedules; Sign purchase orders of $5,000 or less',
      ),
    ).toEqual([
      ['approve', 'expenses', 50_000],
      ['recommend', 'hiring decisions for the team', null],
      ['decide', 'shift schedules', null],
      ['other', 'Sign purchase orders', 5_000],
    ]);
  });
});

describe('amount bands', () => {
  it.each([
    ['≤5万元', 50_000],
    ['≤ 5万元', 50_000],
    ['5万元以内', 50_000],
    ['5万元（含）以下', 50_000],
    ['不超过10万元', 100_000],
    ['50,000元以下', 50_000],
    ['单笔3000元', 3_000],
    ['up to ¥50,000', 50_000],
    ['$5,000 or less', 5_000],
    ['50k', 50_000],
    ['1.5亿元以内', 150_000_000],
    ['5万至10万元', 100_000],
    ['RMB 2,000', 2_000],
  ])('reads %s as %d yuan', (band, amount) => {
    expect(findAmountBand(`审批${band}的费用`)?.amountMax).toBe(amount);
  });

  it.each(['3个工作日内', '5万元以上', '第2条', '超过10万元以上的合同'])(
    'reads no band in “%s”',
    (text) => {
      expect(findAmountBand(text)).toBeNull();
    },
  );

  it('prints a band back in the language of the template', () => {
    expect(formatAmountMax(50_000, 'zh')).toBe('≤ 5万元');
    expect(formatAmountMax(3_000, 'zh')).toBe('≤ 3,000元');
    expect(formatAmountMax(150_000_000, 'zh')).toBe('≤ 1.5亿元');
    expect(formatAmountMax(50_000, 'en')).toBe('≤ ¥50,000');
  });
});

describe('nothing the user wrote is lost', () => {
  const texts = [
    '常规件（保额在授权限额内、风险在核保规则内）的核保决定权和保单签发权；要求客户补充资料和安排体检的权力；对规则外案件提出处理建议的权力。',
    '公司经营计划和组织架构调整方案的提议权；年度预算内资金支出的审批权（单笔 200 万元以内）；',
    '1、对5万元以下的费用报销有审批权\r\n\r\n2. 对部门员工的考核有建议权;  Approve up to $5,000 ;',
    '按领导安排开展工作。',
  ];
  it.each(texts)('joining the clauses gives back the text: %s', (text) => {
    const content = (value: string) => value.replace(/[\s；;]/gu, '');
    const clauses = parseAuthorityText(text);
    expect(content(clauses.map((clause) => clause.text).join(''))).toBe(content(text));
    // Regenerated one per line, the text reads as the same clauses again.
    expect(parseAuthorityText(authorityText(clauses))).toEqual(clauses);
  });

  it('reads an empty text as no clause', () => {
    expect(parseAuthorityText(' \n；; ')).toEqual([]);
  });
});
