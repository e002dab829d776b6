import { describe, expect, it } from 'vitest';
import { analyseProcess } from '../../../../shared/analysis';
import { MESSAGES } from '../../../../shared/i18n';
import { checksMessages } from '../../../../shared/i18n/checks';
import {
  dataRows,
  headingRow,
  headings,
  sampleLibrary,
  sheetNamed,
  unresolvedKeys,
} from './sheetWorkbooks';

/*
 * The checks report, a process's analysis and the role list of the sample library exported
 * to .xlsx and read back: the sheets hold what the screens show, in the interface language.
 */

describe('the checks report as a spreadsheet', () => {
  it('lists every position finding and every J finding, with the screen’s texts', async () => {
    const library = sampleLibrary();
    const descriptions = await library.call('checks:library', {});
    const alignment = await library.call('alignment:checkLibrary', {});
    const { book } = await library.exportSheet({ kind: 'checks', locale: 'en' });

    const positions = sheetNamed(book, 'Description checks');
    expect(headings(positions)).toEqual([
      'Department',
      'Role',
      'Code',
      'Severity',
      'Check',
      'Where',
      'Finding',
      'How to fix',
    ]);
    expect(dataRows(positions)).toHaveLength(descriptions.findings.length);
    const titles = new Set(Object.values(checksMessages.en).map((rule) => rule.title));
    for (const row of dataRows(positions)) expect(titles).toContain(row[4]);
    expect(unresolvedKeys(book)).toEqual([]);
    const j = sheetNamed(book, 'Library checks J1–J8');
    const rows = dataRows(j);
    expect(rows).toHaveLength(alignment.findings.length);
    expect(alignment.findings.length).toBeGreaterThan(0);
    // Rule by rule, as the report's section lists them; each message filled in, none raw.
    const rules = MESSAGES.en.alignment.checks.rules;
    for (const row of rows) {
      const rule = String(row[0]) as keyof typeof rules;
      expect(row[1]).toBe(rules[rule].title);
      expect(String(row[5])).not.toMatch(/\{\{|^$/);
      expect(row[6]).toBe(rules[rule].fix);
    }
    expect(rows.map((row) => row[0])).toEqual([...rows.map((row) => row[0])].sort());
  });

  it('has Chinese headings in Chinese', async () => {
    const { book } = await sampleLibrary().exportSheet({ kind: 'checks', locale: 'zh-CN' });
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
      '职位说明书检查',
      '一岗一流程检查 J1–J8',
    ]);
    expect(headings(sheetNamed(book, '职位说明书检查'))[0]).toBe('部门');
    expect(unresolvedKeys(book)).toEqual([]);
  });
});

describe('a process’s analysis as a spreadsheet', () => {
  it('holds the analysis the dock shows: summary, steps, findings, role hours', async () => {
    const library = sampleLibrary();
    const processes = await library.call('process:list', {
      processClass: null,
      departmentId: null,
    });
    const summary = processes.find((p) => p.name.startsWith('保单签发（现状）'));
    if (!summary) throw new Error('the sample has no as-is insurer map');
    const process = await library.call('process:get', { id: summary.id });
    // What the renderer's analysis runs on: the map and 'analysis:library'.
    const analysis = analyseProcess({
      graph: process.graph,
      library: await library.call('analysis:library', {}),
      ownerRoleId: process.ownerRoleId,
    });
    const { book, fileName } = await library.exportSheet({
      kind: 'analysis',
      processId: summary.id,
      locale: 'zh-CN',
    });

    expect(fileName).toMatch(/^流程分析 保单签发（现状）.* \d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
      '汇总',
      '步骤',
      '诊断发现',
      '岗位工时',
    ]);
    const figures = new Map(dataRows(sheetNamed(book, '汇总')).map((row) => [row[0], row[1]]));
    const f = analysis.figures;
    expect(figures.get('每件成本')).toBeCloseTo(f.cost.perCase ?? NaN, 6);
    expect(figures.get('流程周期（关键路径）')).toBeCloseTo(f.leadTime?.critical ?? NaN, 6);
    expect(figures.get('流程周期效率（关键路径）')).toBeCloseTo(f.pce.critical ?? NaN, 9);
    const summarySheet = sheetNamed(book, '汇总');
    const pceRow = dataRows(summarySheet).findIndex((row) => row[0] === '流程周期效率（关键路径）');
    expect(summarySheet.getCell(headingRow(summarySheet) + 1 + pceRow, 2).numFmt).toBe('0.00%_ ');

    const steps = dataRows(sheetNamed(book, '步骤'));
    expect(steps.map((row) => row[1])).toEqual(f.steps.map((step) => step.label));
    expect(steps.map((row) => row[5])).toEqual(f.steps.map((step) => step.workMinutes));
    expect(dataRows(sheetNamed(book, '诊断发现'))).toHaveLength(analysis.findings.length);
    expect(unresolvedKeys(book)).toEqual([]);

    // The role hours add up to the process's hours in the staffing matrix (1.86 FTE).
    const hours = dataRows(sheetNamed(book, '岗位工时'));
    const total = hours.reduce((sum, row) => sum + Number(row[2]), 0);
    expect(total).toBeCloseTo(3091.6, 1);
    expect(headings(sheetNamed(book, '岗位工时'))).toEqual(
      Object.values(MESSAGES['zh-CN'].sheets.analysis.hours).slice(0, 5),
    );
  });

  it('of a process that does not exist is NOT_FOUND, and no file is offered', async () => {
    await expect(
      sampleLibrary().exportSheet({ kind: 'analysis', processId: 424_242, locale: 'en' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', params: { what: 'process' } });
  });
});

describe('the role list as a spreadsheet', () => {
  it('lists the roles the list shows, with their basics', async () => {
    const library = sampleLibrary();
    const listed = await library.call('role:list', { departmentId: null });
    const { book } = await library.exportSheet({ kind: 'roles', departmentId: null, locale: 'en' });

    const sheet = sheetNamed(book, 'Roles');
    expect(headings(sheet)).toEqual([
      'Code',
      'Job title',
      'Department',
      'Reports to',
      'Status',
      'Version',
      'Duties',
      'Headcount',
    ]);
    const rows = dataRows(sheet);
    expect(rows.map((row) => row[1]).sort()).toEqual(listed.map((role) => role.title).sort());
    for (const role of listed) {
      const row = rows.find((cells) => cells[1] === role.title);
      const full = await library.call('role:get', { id: role.id });
      expect(row?.[0]).toBe(role.code);
      expect(row?.[4]).toBe(MESSAGES.en.roles.status[role.status]);
      expect(row?.[6]).toBe(role.dutyCount);
      expect(row?.[7]).toBe(full.headcount);
    }
  });

  it('of a department that does not exist is NOT_FOUND', async () => {
    await expect(
      sampleLibrary().exportSheet({ kind: 'roles', departmentId: 31_337, locale: 'zh-CN' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', params: { what: 'department' } });
  });
});
