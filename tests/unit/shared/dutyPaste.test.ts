import { describe, expect, it } from 'vitest';
import { offersSplit, parsePastedDuties } from '../../../shared/dutyPaste';

const duty = (text: string, weight: number | null = null, weightRefused = false) => ({
  text,
  weight,
  weightRefused,
});

describe('parsePastedDuties', () => {
  it('reads a numbered Word list with trailing weights, skipping empty lines', () => {
    const pasted = [
      '1. 制定年度招聘计划并组织实施 20%',
      '',
      '2、组织新员工入职培训（15%）',
      '  (3) 核算月度薪酬与社保 30 %  ',
      '（4）处理员工关系事务，权重：10%',
      '一、完成上级交办的其他工作 (25%)',
    ].join('\r\n');
    expect(parsePastedDuties(pasted)).toEqual([
      duty('制定年度招聘计划并组织实施', 20),
      duty('组织新员工入职培训', 15),
      duty('核算月度薪酬与社保', 30),
      duty('处理员工关系事务', 10),
      duty('完成上级交办的其他工作', 25),
    ]);
  });

  it('removes bullets of web pages and Word', () => {
    const pasted = '• Recruit staff\n- Run payroll\n· 组织培训\n– Advise managers\n（一）建立制度';
    expect(parsePastedDuties(pasted).map((d) => d.text)).toEqual([
      'Recruit staff',
      'Run payroll',
      '组织培训',
      'Advise managers',
      '建立制度',
    ]);
  });

  it('reads Excel rows: a 序号 column, the text, and a last column with the weight', () => {
    const pasted = '1\t制定招聘计划\t20\n2\t组织培训\t每月\t15%\n3.\t核算薪酬\t\t0.5\n';
    expect(parsePastedDuties(pasted)).toEqual([
      duty('制定招聘计划', 20),
      duty('组织培训 每月', 15),
      duty('核算薪酬', 0.5),
    ]);
  });

  it('keeps a weight out of 0–100 or too precise in the text and flags the line', () => {
    expect(parsePastedDuties('招聘 150%\n培训\t12.55\nPayroll (101%)')).toEqual([
      duty('招聘 150%', null, true),
      duty('培训 12.55', null, true),
      duty('Payroll (101%)', null, true),
    ]);
  });

  it('does not read a percentage that is part of the text as a weight', () => {
    expect(parsePastedDuties('确保到岗率90%\n按 1.5 倍核算加班费')).toEqual([
      duty('确保到岗率90%'),
      duty('按 1.5 倍核算加班费'),
    ]);
  });

  it('keeps numbers that are not list numbers', () => {
    expect(parsePastedDuties('2024年度预算编制\n3 年以上经验')).toEqual([
      duty('2024年度预算编制'),
      duty('3 年以上经验'),
    ]);
  });

  it('drops lines that hold only a number or a bullet', () => {
    expect(parsePastedDuties('1.\n•\n招聘 20%')).toEqual([duty('招聘', 20)]);
  });
});

describe('offersSplit', () => {
  it('offers a split for two lines or more, not for one line or one Excel row', () => {
    expect(offersSplit('招聘\n培训')).toBe(true);
    expect(offersSplit('招聘 20%')).toBe(false);
    expect(offersSplit('招聘\t20\n')).toBe(false);
    expect(offersSplit('招聘\n\n   \n')).toBe(false);
  });
});
