import { describe, expect, it } from 'vitest';
import { WORD_LIMITS } from '../../../electron/import/limits';
import { readWord } from '../../../electron/import/wordReader';
import { recogniseRole } from '../../../shared/import/recognise';
import { TEAM_DOCUMENTS } from '../../fixtures/wordDocuments';

/*
 * Descriptions written by a team (not by RoleFlow) in both templates: the import finds the
 * fields each one holds, and keeps what has no field in `unplaced`.
 */

async function recognised(name: keyof typeof TEAM_DOCUMENTS) {
  const { blocks } = await readWord(await TEAM_DOCUMENTS[name](), WORD_LIMITS);
  return recogniseRole(blocks, name);
}

describe('descriptions written by the team', () => {
  it('reads a GOV.UK-style English pack', async () => {
    const role = await recognised('policy-adviser.docx');
    expect(role.template).toBe('en');
    expect(role.texts).toMatchObject({
      title: 'Policy Adviser',
      grade: 'Higher Executive Officer (HEO)',
      reportsTo: 'Head of Housing Policy',
      department: 'Housing Policy Directorate',
      location: 'London or Birmingham',
      payRange: '£38,000 – £42,000',
      experience: 'Experience of writing clear advice for senior audiences',
      skills: 'Ability to analyse qualitative and quantitative evidence',
      knowledge: 'Knowledge of how government policy is made',
      preferredQualifications: 'Degree in a relevant subject such as economics or planning',
      workConditions: 'Full time, with flexible working available.',
    });
    expect(role.texts.purpose).toMatch(/^You will develop and deliver housing policy advice/);
    expect(role.duties.map((d) => d.text)).toEqual([
      'Draft submissions and briefings for ministers on housing supply',
      'Analyse evidence from stakeholders and summarise options with their risks',
      'Coordinate responses to parliamentary questions within deadlines',
      'Build relationships with local authorities and housing associations',
    ]);
    expect(role.duties.every((d) => d.weight === null && d.frequency === null)).toBe(true);
    expect(role.unplaced).toEqual([
      {
        heading: 'Security clearance',
        text: 'Successful candidates must pass a Baseline Personnel Security Standard check.',
      },
    ]);
  });

  it('reads an English description with a facts table and weighted duties', async () => {
    const role = await recognised('finance-officer.docx');
    expect(role.texts).toMatchObject({
      title: 'Finance Officer',
      code: 'FIN-204',
      grade: 'EO',
      department: 'Finance',
      reportsTo: 'Finance Manager',
      purpose: 'Keeps the organisation’s accounts accurate and its suppliers paid on time.',
      education: 'AAT qualification or equivalent',
      experience: 'Two years of experience in a finance team',
      skills: 'Confident with spreadsheets and accounting software',
    });
    expect(role.headcount).toBe(2);
    expect(role.duties.map((d) => [d.text, d.frequency, d.weight])).toEqual([
      ['Process supplier invoices and payments', 'weekly', 40],
      ['Reconcile bank accounts each month', 'monthly', 30],
      ['Prepare the monthly management accounts pack', 'monthly', 20],
      ['Support the annual external audit', 'yearly', 10],
    ]);
    expect(role.unplaced).toEqual([
      { heading: '(start of the document)', text: 'Job description' },
    ]);
  });

  it('reads a Chinese form-style 职位说明书 (one grid with section rows)', async () => {
    const role = await recognised('招聘专员.docx');
    expect(role.template).toBe('zh');
    expect(role.texts).toMatchObject({
      title: '招聘专员',
      code: 'HR-003',
      department: '人力资源部',
      reportsTo: '人力资源经理',
      directReports: '无',
      grade: 'P4',
      location: '北京',
      purpose: '根据公司用人需求，及时招聘合格人才，保障各部门人员配置。',
      authority: '对应聘人员有初试筛选权\n对招聘渠道选择有建议权',
      relationsInternal: '各部门负责人、人力资源经理',
      relationsExternal: '招聘网站、猎头公司、高校就业办',
      education: '大专及以上',
      major: '人力资源管理相关专业',
      experience: '2 年以上招聘工作经验',
      knowledge: '熟悉劳动合同法及招聘流程',
      skills: '熟练使用办公软件，沟通表达能力强',
      workConditions: '办公室环境，招聘旺季需出差',
    });
    expect(role.headcount).toBe(2);
    expect(role.duties.map((d) => [d.text, d.weight, d.frequency])).toEqual([
      ['收集各部门用人需求，编制月度招聘计划', 20, 'monthly'],
      ['发布招聘信息，筛选简历并安排面试', 40, 'daily'],
      ['组织新员工入职手续及入职培训', 25, 'weekly'],
      ['维护招聘渠道，评估渠道效果', 15, 'quarterly'],
    ]);
    expect(role.unplaced).toEqual([
      { heading: '（文档开头）', text: '职位说明书' },
      { heading: '备案日期', text: '2023 年 3 月' },
    ]);
  });

  it('reads a Chinese description with numbered sections and labelled lines', async () => {
    const role = await recognised('薪酬专员.docx');
    expect(role.texts).toMatchObject({
      title: '薪酬专员',
      department: '人力资源部',
      reportsTo: '人力资源经理',
      purpose: '负责公司薪酬福利的核算与发放，确保准确及时。',
      education: '本科及以上学历，财务或人力资源相关专业；',
      experience: '3 年以上薪酬核算工作经验；',
      knowledge: '熟悉国家社保及个税政策；',
      skills: '熟练使用 Excel 及薪酬系统。',
    });
    expect(role.headcount).toBe(1);
    expect(role.duties.map((d) => [d.text, d.frequency, d.weight])).toEqual([
      ['核算员工月度工资及个税', 'monthly', 40],
      ['办理社保公积金增减员', 'monthly', 25],
      ['统计考勤数据并核对异常', 'weekly', 20],
      ['编制年度薪酬分析报告', 'yearly', 15],
    ]);
    expect(role.kpis).toEqual([
      { name: '工资核算差错', target: '0 次', period: 'monthly' },
      { name: '社保缴纳及时率', target: '100%', period: 'monthly' },
    ]);
    expect(role.unplaced).toEqual([]);
  });
});
