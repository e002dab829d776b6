import { describe, expect, it } from 'vitest';
import {
  buildRoleDocx,
  buildRoleSections,
  type RoleExportContext,
} from '../../../electron/export/roleDocument';
import { emptyRoleDetails } from '../../../shared/roleDetails';
import {
  cells,
  fieldInstructions,
  paragraphs,
  readDocx,
  rows,
  tables,
  tableWithHeading,
  texts,
} from './docxXml';
import { duty, enContext, zhContext, zhRole } from './sampleRoles';

const ZH_HEADINGS = [
  '一、基本信息',
  '二、岗位目的',
  '三、工作职责',
  '四、工作权限',
  '五、工作关系',
  '六、任职资格',
  '七、工作条件/环境',
  '八、考核指标',
  '九、职业发展',
  '十、签字确认',
];

const EN_HEADINGS = [
  'Job Information',
  'Summary',
  'Essential Functions',
  'Other Duties',
  'Supervisory Responsibilities',
  'Qualifications',
  'Competencies (Knowledge, Skills, Abilities)',
  'Physical Demands and Work Environment',
  'Travel',
  'Disclaimer',
  'Acknowledgement',
];

const sectioned = (overrides: Partial<RoleExportContext> = {}) =>
  zhContext({ layout: 'sectioned', ...overrides });

describe('Chinese position description (职位说明书), sectioned layout', () => {
  it('prints every section heading, in order, and the role title', async () => {
    const { document } = await readDocx(await buildRoleDocx(sectioned()));
    const lines = paragraphs(document);
    const positions = ZH_HEADINGS.map((h) => lines.indexOf(h));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(lines).toContain('人力资源经理');
    expect(document).toMatch(/<w:pStyle w:val="Heading1"\/>/);
    expect(document.match(/<w:pStyle w:val="Heading2"\/>/g)).toHaveLength(ZH_HEADINGS.length);
  });

  it('fills 基本信息 from the role and the library', async () => {
    const { document } = await readDocx(await buildRoleDocx(sectioned()));
    const t = texts(document);
    for (const expected of ['HR-001', '人力资源部', '总经理', '1 人', 'M3', '上海总部', '版本 3']) {
      expect(t).toContain(expected);
    }
    // Derived subordinates and the written ones, without repeating a title.
    expect(t).toContain('薪酬专员、招聘专员 2 人');
    expect(t).toContain('2024-01-08 / 2024-05-20');
  });

  it('lays duties out in a table with categories, frequencies and the weight total', async () => {
    const { document } = await readDocx(await buildRoleDocx(sectioned()));
    const table = tableWithHeading(document, '职责描述');
    const [header, ...body] = rows(table);
    expect(cells(header ?? '')).toEqual([
      '序号',
      '职责描述',
      '类别',
      '权重%',
      '频次',
      '工作标准/输出成果',
      'KPI',
    ]);
    expect(body).toHaveLength(7); // six duties and the total
    expect(cells(body[0] ?? '')).toEqual([
      '1',
      '制定公司年度人力资源规划，报总经理审批后组织实施',
      '管理与执行',
      '20%',
      '每年',
      '每年 12 月底前提交年度规划，经审批后分解到季度',
      '规划按时完成率 100%',
    ]);
    expect(cells(body[4] ?? '')).toContain('参与和协助');
    expect(cells(body[3] ?? '')).toContain('每季度');
    expect(cells(body[5] ?? '')).toContain('按需');
    expect(cells(body[4] ?? '')[6]).toBe('—'); // no KPI: the dash, not an empty cell
    const total = cells(body[6] ?? '');
    expect(total.slice(0, 2)).toEqual(['合计', '100%']);
    expect(body[6]).toMatch(/<w:gridSpan w:val="3"\/>/);
  });

  it('repeats the duty header row on each page and never splits a row', async () => {
    const { document } = await readDocx(await buildRoleDocx(sectioned()));
    const [header, ...body] = rows(tableWithHeading(document, '职责描述'));
    expect(header).toMatch(/<w:trPr>[^]*<w:tblHeader\/>[^]*<\/w:trPr>/);
    for (const row of [header, ...body]) expect(row).toMatch(/<w:cantSplit\/>/);
    for (const row of body) expect(row).not.toMatch(/<w:tblHeader\/>/);
    // Kept together where it fits: every row but the last is kept with the next.
    for (const row of [header, ...body.slice(0, -1)]) expect(row).toMatch(/<w:keepNext\/>/);
    expect(body[body.length - 1]).not.toMatch(/<w:keepNext\/>/);
  });

  it('breaks a duty table longer than a page between rows, its titles repeated on each page', async () => {
    const duties = Array.from({ length: 40 }, (_, i) =>
      duty(i + 1, {
        text: `第 ${i + 1} 项职责：制定并监控年度人力资源规划的执行，按季度分析偏差并提出改进措施`,
        weight: 2,
        frequency: 'quarterly',
        standard: '季度结束后 10 个工作日内提交分析报告',
      }),
    );
    const { document } = await readDocx(
      await buildRoleDocx(sectioned({ role: zhRole({ duties }) })),
    );
    // One table per page the duties span, each opening with the column titles.
    const parts = tables(document).filter((t) => cells(rows(t)[0] ?? '').includes('职责描述'));
    expect(parts.length).toBeGreaterThan(1);
    const body = parts.flatMap((t) => rows(t).slice(1));
    expect(body).toHaveLength(41);
    for (const part of parts) expect(rows(part)[0]).toMatch(/<w:tblHeader\/>/);
    for (const row of body) expect(row).toMatch(/<w:cantSplit\/>/);
    // Each part after the first starts a page the plan chose: a page break just before it.
    for (const part of parts.slice(1)) {
      const before = document.slice(0, document.indexOf(part)).slice(-400);
      expect(before).toMatch(/<w:pageBreakBefore\/>/);
    }
    // The total is never alone: the last part has the last duty and 合计.
    const last = rows(parts[parts.length - 1] ?? '');
    expect(last.length).toBeGreaterThan(2);
  });

  it('prints 能力素质 with the required level and the dictionary indicator for it', async () => {
    const { document } = await readDocx(await buildRoleDocx(sectioned()));
    const [, first] = rows(tableWithHeading(document, '能力素质'));
    expect(cells(first ?? '')).toEqual([
      '1',
      '沟通协调',
      '能力',
      '3 / 4 级',
      '能协调跨部门分歧，推动达成一致',
    ]);
  });

  it('prints 考核指标 and the 签字确认 block', async () => {
    const { document } = await readDocx(await buildRoleDocx(sectioned()));
    const [, kpi] = rows(tableWithHeading(document, '目标值'));
    expect(cells(kpi ?? '')).toEqual(['1', '关键岗位到岗及时率', '≥ 90%', '季度']);
    const signers = rows(tableWithHeading(document, '签字')).map((r) => cells(r)[0]);
    expect(signers).toEqual(['确认人', '任职者', '直接上级', '人力资源部']);
    expect(texts(document)).toContain('日期');
  });

  it('sets East Asian fonts and the Chinese language on styles and runs', async () => {
    const parts = await readDocx(await buildRoleDocx(sectioned()));
    const defaults = /<w:docDefaults>[^]*<\/w:docDefaults>/.exec(parts.styles)?.[0] ?? '';
    expect(defaults).toMatch(/<w:rFonts [^>]*w:eastAsia="Microsoft YaHei"/);
    expect(defaults).toMatch(/<w:rFonts [^>]*w:ascii="Calibri"/);
    expect(defaults).toMatch(/<w:lang [^>]*w:eastAsia="zh-CN"/);
    const runFonts = parts.document.match(/<w:rFonts [^>]*\/>/g) ?? [];
    expect(runFonts.length).toBeGreaterThan(50);
    for (const fonts of runFonts) expect(fonts).toMatch(/w:eastAsia="Microsoft YaHei"/);
    // The font table declares YaHei and the SimSun fallback with their GB2312 charset.
    expect(parts.fontTable).toMatch(
      /<w:font w:name="Microsoft YaHei"><w:altName w:val="微软雅黑"\/>/,
    );
    expect(parts.fontTable).toMatch(/<w:font w:name="SimSun"><w:altName w:val="宋体"\/>/);
    expect(parts.fontTable).toMatch(/<w:charset w:val="86"\/>/);
  });

  it('numbers pages with PAGE and NUMPAGES fields: 第 X 页 共 Y 页', async () => {
    const { footers } = await readDocx(await buildRoleDocx(sectioned()));
    expect(footers).toHaveLength(1);
    const footer = footers[0] ?? '';
    expect(fieldInstructions(footer)).toEqual(['PAGE', 'NUMPAGES']);
    expect(texts(footer).join('').replace(/\s+/g, '')).toBe('第页共页');
    expect(footer.indexOf('第')).toBeLessThan(footer.indexOf('PAGE'));
  });

  it('names the role and its version in the page header; a draft says 草稿', async () => {
    const approved = await readDocx(await buildRoleDocx(sectioned()));
    expect(texts(approved.headers[0] ?? '').join('')).toContain('人力资源经理 · 版本 3');
    const draft = await readDocx(
      await buildRoleDocx(sectioned({ role: zhRole({ status: 'draft', version: 3 }) })),
    );
    expect(texts(draft.headers[0] ?? '').join('')).toContain('人力资源经理 · 草稿');
  });

  it('is A4 with margins', async () => {
    const { document } = await readDocx(await buildRoleDocx(sectioned()));
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(document).toMatch(/<w:pgMar w:top="1247" w:right="1134" w:bottom="1247" w:left="1134"/);
  });

  it('keeps the headings of empty sections and prints a dash under them', async () => {
    const empty = zhRole({
      purpose: '',
      duties: [],
      competencies: [],
      details: emptyRoleDetails(),
      code: '',
      grade: '',
      headcount: null,
    });
    const ctx = sectioned({ role: empty, managerTitle: null, subordinateTitles: [] });
    const { document } = await readDocx(await buildRoleDocx(ctx));
    const lines = paragraphs(document);
    for (const heading of ZH_HEADINGS) {
      const at = lines.indexOf(heading);
      expect(at).toBeGreaterThanOrEqual(0);
    }
    // 岗位目的, 工作职责, 工作权限, 能力素质, 工作条件, 考核指标, 职业发展 print the dash.
    expect(lines.filter((l) => l === '—').length).toBeGreaterThanOrEqual(7);
    expect(lines[lines.indexOf('二、岗位目的') + 1]).toBe('—');
    expect(lines[lines.indexOf('三、工作职责') + 1]).toBe('—');
  });

  it('escapes user text', async () => {
    const ctx = sectioned({ role: zhRole({ title: 'R&D <经理> "A"' }) });
    const { document, headers } = await readDocx(await buildRoleDocx(ctx));
    expect(document).toContain('R&amp;D &lt;经理&gt;');
    expect(texts(headers[0] ?? '').join('')).toContain('R&D <经理> "A" · 版本 3');
  });

  it('gives docx a section with its header and footer', () => {
    const section = buildRoleSections(sectioned());
    expect(section.headers?.default).toBeDefined();
    expect(section.footers?.default).toBeDefined();
    expect(section.children.length).toBeGreaterThan(20);
  });
});

describe('English job description', () => {
  it('prints every section heading, in order', async () => {
    const { document } = await readDocx(await buildRoleDocx(enContext()));
    const lines = paragraphs(document);
    const positions = EN_HEADINGS.map((h) => lines.indexOf(h));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(lines).toContain('Minimum qualifications');
    expect(lines).toContain('Preferred qualifications');
  });

  it('fills the job information: FLSA, grade and pay range, reports to', async () => {
    const { document } = await readDocx(await buildRoleDocx(enContext()));
    const t = texts(document);
    for (const expected of [
      'HR-100',
      'Human Resources',
      'Chief Operating Officer',
      'Exempt',
      'G7 / $85,000 – $110,000',
      'Chicago, IL',
    ]) {
      expect(t).toContain(expected);
    }
  });

  it('lists essential functions by importance with % of time adding up to 100', async () => {
    const { document } = await readDocx(await buildRoleDocx(enContext()));
    const [header, ...body] = rows(tableWithHeading(document, 'Essential function'));
    expect(header).toMatch(/<w:tblHeader\/>/);
    expect(cells(header ?? '')).toEqual([
      'No.',
      'Essential function',
      'Standard / output',
      'Frequency',
      '% of time',
    ]);
    expect(body.map((r) => cells(r).at(-1))).toEqual(['35%', '30%', '25%', '10%', '100%']);
    expect(cells(body[0] ?? '')[1]).toBe(
      'Formulate the annual workforce plan and monitor its execution',
    );
    expect(cells(body[3] ?? '')[3]).toBe('As needed');
    expect(cells(body[4] ?? '')[0]).toBe('Total');
  });

  it('numbers pages "Page X of Y" and heads them with title and version', async () => {
    const parts = await readDocx(await buildRoleDocx(enContext()));
    const footer = parts.footers[0] ?? '';
    expect(fieldInstructions(footer)).toEqual(['PAGE', 'NUMPAGES']);
    expect(texts(footer).join('|')).toBe('Page | of ');
    expect(texts(parts.headers[0] ?? '').join('')).toContain('HR Manager · Version 3');
    const draft = await readDocx(
      await buildRoleDocx(enContext({ role: { ...enContext().role, status: 'draft' } })),
    );
    expect(texts(draft.headers[0] ?? '').join('')).toContain('HR Manager · Draft');
  });

  it('ends with the acknowledgement signatures', async () => {
    const { document } = await readDocx(await buildRoleDocx(enContext()));
    const signers = rows(tableWithHeading(document, 'Signature')).map((r) => cells(r)[0]);
    expect(signers).toEqual(['', 'Employee', 'Manager', 'Human Resources']);
  });
});
