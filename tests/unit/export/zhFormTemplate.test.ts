import { describe, expect, it } from 'vitest';
import { buildRoleDocx } from '../../../electron/export/roleDocument';
import { emptyRoleDetails } from '../../../shared/roleDetails';
import { cells, paragraphs, readDocx, rows, tables, tableWithHeading } from './docxXml';
import { zhContext, zhRole } from './sampleRoles';

/* The compact Chinese form: the default layout of the Chinese template. */

const BANDS = [
  '一、基本信息',
  '二、岗位目的',
  '三、工作职责',
  '四、工作权限',
  '五、工作关系',
  '六、任职资格',
  '七、工作条件',
  '八、考核指标',
  '九、职业发展',
  '十、签字确认',
];

const LABEL_FILL = /<w:shd [^>]*w:fill="F2F2F2"/;

async function documentOf(ctx = zhContext()) {
  return (await readDocx(await buildRoleDocx(ctx))).document;
}

describe('Chinese position description, compact form (default)', () => {
  it('prints every section as a band of the grid, in order, under the role title', async () => {
    const document = await documentOf();
    const bands = tables(document)
      .map((t) => cells(rows(t)[0] ?? '')[0] ?? '')
      .filter((text) => /^[一二三四五六七八九十]+、/.test(text));
    expect(bands).toEqual(BANDS);
    expect(paragraphs(document)[0]).toBe('人力资源经理');
    // No ruled Heading 2 sections: the grid is the structure.
    expect(document).not.toMatch(/w:val="Heading2"/);
  });

  it('fills 基本信息 as a form: two shaded label–value pairs a row', async () => {
    const [, first, second] = rows(tableWithHeading(await documentOf(), '一、基本信息'));
    expect(cells(first ?? '')).toEqual(['岗位名称', '人力资源经理', '岗位编号', 'HR-001']);
    expect(cells(second ?? '')).toEqual(['所属部门', '人力资源部', '直接上级', '总经理']);
    expect(first).toMatch(LABEL_FILL);
  });

  it('lays duties out under their band: 序号, 职责, 工作内容/标准 (with the KPI), 频次, 权重, 合计', async () => {
    const [, titles, first, ...rest] = rows(tableWithHeading(await documentOf(), '三、工作职责'));
    expect(cells(titles ?? '')).toEqual(['序号', '职责', '工作内容/标准', '频次', '权重']);
    expect(titles).toMatch(/<w:tblHeader\/>/);
    expect(cells(first ?? '')).toEqual([
      '1',
      '制定公司年度人力资源规划，报总经理审批后组织实施',
      '每年 12 月底前提交年度规划，经审批后分解到季度\n考核：规划按时完成率 100%',
      '每年',
      '20%',
    ]);
    expect(cells(rest[rest.length - 1] ?? '')).toEqual(['合计', '100%']);
    // Kept together: every row but the last is kept with the next.
    for (const row of [first, ...rest.slice(0, -1)]) expect(row).toMatch(/<w:keepNext\/>/);
  });

  it('prints 能力素质 and 考核指标 in the same grid style, and signatures with room to sign', async () => {
    const document = await documentOf();
    const [, , first] = rows(tableWithHeading(document, '能力素质要求'));
    expect(cells(first ?? '')).toEqual([
      '沟通协调',
      '能力',
      '3 / 4 级',
      '能协调跨部门分歧，推动达成一致',
    ]);
    const [, , kpi] = rows(tableWithHeading(document, '八、考核指标'));
    expect(cells(kpi ?? '')).toEqual(['1', '关键岗位到岗及时率', '≥ 90%', '季度']);
    const signers = rows(tableWithHeading(document, '十、签字确认'))
      .slice(3)
      .map((r) => cells(r)[0]);
    expect(signers).toEqual(['任职者', '直接上级', '人力资源部']);
  });

  it('keeps every band of an empty role, with a dash under it', async () => {
    const empty = zhRole({
      purpose: '',
      duties: [],
      competencies: [],
      details: emptyRoleDetails(),
    });
    const document = await documentOf(
      zhContext({ role: empty, managerTitle: null, subordinateTitles: [] }),
    );
    const [, content] = rows(tableWithHeading(document, '三、工作职责'));
    expect(cells(content ?? '')).toEqual(['—']);
    expect(tables(document).length).toBeGreaterThanOrEqual(BANDS.length);
  });

  it('gives a long text a row per line, so it can break between lines', async () => {
    const authority = Array.from(
      { length: 30 },
      (_, i) => `第 ${i + 1} 项权限：对本部门事务有审批权`,
    ).join('\n');
    const ctx = zhContext({ role: zhRole({ details: { ...zhRole().details, authority } }) });
    const body = rows(tableWithHeading(await documentOf(ctx), '四、工作权限')).slice(1);
    expect(body).toHaveLength(30);
  });
});
