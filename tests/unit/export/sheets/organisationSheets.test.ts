import { describe, expect, it } from 'vitest';
import { textWidth } from '../../../../electron/export/sheets/textWidth';
import { MESSAGES } from '../../../../shared/i18n';
import { dataRows, headingRow, headings, sampleLibrary, sheetNamed } from './sheetWorkbooks';

/*
 * The organisation view's tables of the sample library (the insurer, 19 roles) exported to
 * .xlsx and read back with exceljs: headings in the interface language, frozen headings,
 * widths that fit the Chinese titles, and the very numbers the screen shows.
 */

const staffingText = (locale: 'en' | 'zh-CN') => MESSAGES[locale].alignment.organisation.staffing;

describe('the staffing table (定岗定编) as a spreadsheet', () => {
  it('has the screen’s rows, totals and numbers, under Chinese headings', async () => {
    const library = sampleLibrary();
    const table = await library.call('organisation:staffing', { departmentId: null });
    const { book, fileName } = await library.exportSheet({
      kind: 'staffing',
      departmentId: null,
      locale: 'zh-CN',
    });

    expect(fileName).toMatch(/^定岗定编表 \d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['定岗定编', '流程 × 岗位工时']);
    const sheet = sheetNamed(book, '定岗定编');
    const k = staffingText('zh-CN');
    expect(headings(sheet)).toEqual([
      k.role,
      k.headcount,
      k.processHours,
      k.dutyHours,
      k.total,
      k.fte,
      k.saturation,
      k.recommended,
      k.flag,
    ]);
    expect(sheet.getCell('A1').value).toBe('定岗定编表');
    expect(String(sheet.getCell('A4').value)).toContain('1,662.5');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: headingRow(sheet), xSplit: 1 });

    // Department heading, its roles, its totals: as the screen's table body is built.
    const rows = dataRows(sheet);
    const expected = table.departments.flatMap((department) => [
      [department.name],
      ...department.rows.map((row) => [row.title, row.headcount, row.total, row.fte]),
      ...(department.rows.length > 0
        ? [[k.totals, department.totals.headcount, department.totals.total, department.totals.fte]]
        : []),
    ]);
    expect(
      rows.map((row) =>
        row[1] === null && row[4] === null ? [row[0]] : [row[0], row[1], row[4], row[5]],
      ),
    ).toEqual(expected);

    // Numbers are numbers, shown with the screen's digits.
    const first = table.departments.flatMap((d) => d.rows).find((row) => row.total > 0);
    const firstRow = rows.findIndex((row) => row[0] === first?.title) + headingRow(sheet) + 1;
    expect(sheet.getCell(firstRow, 5).numFmt).toBe('#,##0.0_ ');
    expect(sheet.getCell(firstRow, 6).numFmt).toBe('0.00_ ');
    expect(sheet.getCell(firstRow, 7).numFmt).toBe('0.0%_ ');

    // The role column fits the longest title, a Chinese character counting double (a
    // department's name is a band across the table and needs no room of its own).
    const titles = table.departments.flatMap((d) => d.rows.map((row) => row.title));
    const widest = Math.max(...titles.map(textWidth));
    expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(widest + 1);
    expect(sheet.getColumn(1).width).toBeLessThanOrEqual(widest + 8);
  });

  it('has English headings and the process × role hours of the screen’s matrix', async () => {
    const library = sampleLibrary();
    const table = await library.call('organisation:staffing', { departmentId: null });
    const { book } = await library.exportSheet({
      kind: 'staffing',
      departmentId: null,
      locale: 'en',
    });

    expect(headings(sheetNamed(book, 'Staffing'))[0]).toBe(staffingText('en').role);
    const matrix = sheetNamed(book, 'Process × role hours');
    const roles = table.departments.flatMap((d) => d.rows).filter((r) => r.processHours.length);
    expect(headings(matrix)).toEqual([
      'Process',
      ...roles.map((role) => role.title),
      staffingText('en').processTotal,
      staffingText('en').processFte,
      staffingText('en').involved,
    ]);
    const asIs = table.processes.find((p) => p.name.startsWith('保单签发（现状）'));
    const row = dataRows(matrix).find((cells) => String(cells[0]).includes('保单签发（现状）'));
    if (!asIs || !row) throw new Error('the sample has no as-is insurer map');
    const fte = Number(row[row.length - 2]);
    // The screen's "1.86 FTE against 19 people" (tests/unit/organisation/sampleStaffing.test.ts).
    expect(fte).toBeCloseTo(1.86, 2);
    expect(fte).toBeCloseTo(Number(row[row.length - 3]) / table.basis.effectiveHours, 10);
  });
});

describe('the RACI matrix as a spreadsheet', () => {
  it('has a row per step, a column per role and the screen’s letters', async () => {
    const library = sampleLibrary();
    const matrix = await library.call('organisation:raci', { scope: { kind: 'library' } });
    const { book } = await library.exportSheet({
      kind: 'raci',
      scope: { kind: 'library' },
      locale: 'zh-CN',
    });

    const sheet = sheetNamed(book, 'RACI');
    expect(headings(sheet)).toEqual([
      '流程',
      '序号',
      '步骤',
      ...matrix.roles.map((role) => role.title),
      '问题',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 3 });
    const rows = dataRows(sheet);
    const steps = matrix.processes.flatMap((block) => block.steps);
    expect(rows).toHaveLength(steps.length);
    steps.forEach((step, index) => {
      const row = rows[index] ?? [];
      expect(row[2]).toBe(step.label);
      for (const cell of step.cells) {
        const column = matrix.roles.findIndex((role) => role.id === cell.roleId);
        expect(row[3 + column]).toBe(cell.letters.join('/'));
      }
    });
  });

  it('of one process is titled with it; an unknown process is NOT_FOUND', async () => {
    const library = sampleLibrary();
    const processes = await library.call('process:list', {
      processClass: null,
      departmentId: null,
    });
    const process = processes[0];
    if (!process) throw new Error('the sample has no process');
    const { book } = await library.exportSheet({
      kind: 'raci',
      scope: { kind: 'process', processId: process.id },
      locale: 'en',
    });
    expect(String(sheetNamed(book, 'RACI').getCell('A3').value)).toContain(process.name);

    await expect(
      library.exportSheet({
        kind: 'raci',
        scope: { kind: 'process', processId: 999_999 },
        locale: 'en',
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', params: { what: 'process' } });
  });
});
