import { Workbook } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildInspectionReportXlsx } from '../../../../electron/export/inspection/reportSheets';
import { headingRow, headings } from '../sheets/sheetWorkbooks';
import { insurerReportModel } from './reportFixture';

/*
 * The measurements and actions of the sample insurer's inspection report as .xlsx, read back
 * with exceljs: headings in the language, one row per KPI and period with numbers that stay
 * numbers, one row per action with its owner's title.
 */

async function readBack(lang: 'zh' | 'en'): Promise<Workbook> {
  const built = await buildInspectionReportXlsx(
    insurerReportModel(),
    lang,
    new Date('2025-07-25T00:00:00Z'),
  );
  // A copy over a plain ArrayBuffer: exceljs's types refuse a SharedArrayBuffer-backed one.
  const bytes = Buffer.from(built);
  const book = new Workbook();
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  return book;
}

describe('the inspection report as a spreadsheet', () => {
  it('lists every measurement with its status and signed margin', async () => {
    const book = await readBack('zh');
    const sheet = book.getWorksheet('测量数据');
    if (!sheet) throw new Error('no measurements sheet');
    expect(headings(sheet)).toEqual([
      '指标',
      '期间开始',
      '期间结束',
      '实测值',
      '目标值',
      '结论',
      '差额',
      '样本量',
    ]);
    const first = sheet.getRow(headingRow(sheet) + 1);
    expect(first.getCell(1).value).toBe('平均办理周期 / Mean lead time');
    expect(first.getCell(2).value).toBe('2024-01-01');
    expect(first.getCell(4).value).toBe(15.2);
    expect(first.getCell(6).value).toBe('未达标');
    expect(first.getCell(7).value).toBeCloseTo(-10.2);
    expect(sheet.rowCount - headingRow(sheet)).toBe(3 * 6);
  });

  it('lists the actions with owners and due dates, in English too', async () => {
    const book = await readBack('en');
    const sheet = book.getWorksheet('Actions');
    if (!sheet) throw new Error('no actions sheet');
    expect(headings(sheet).slice(0, 5)).toEqual(['What', 'Why', 'Who', 'Where (steps)', 'Due']);
    const rows = Array.from({ length: 3 }, (_, i) => sheet.getRow(headingRow(sheet) + 1 + i));
    expect(rows.map((r) => r.getCell(3).value)).toEqual(['新契约部经理', '专案经理', '专案经理']);
    expect(rows.map((r) => r.getCell(8).value)).toEqual(['Done', 'Done', 'In progress']);
  });
});
