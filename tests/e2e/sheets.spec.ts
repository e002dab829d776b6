import fs from 'node:fs';
import path from 'node:path';
import type { Download, Page } from '@playwright/test';
import { createRequire } from 'node:module';
import type * as ExcelJS from 'exceljs';
import type { Workbook, Worksheet } from 'exceljs';
import { expect, SCREENSHOTS, test } from './fixtures';

// exceljs is CommonJS and names its exports at run time: Node's ESM loader cannot see them.
const { Workbook: WorkbookClass } = createRequire(import.meta.url)('exceljs') as typeof ExcelJS;

/*
 * An HR specialist on the sample library exports tables to Excel (issue 11): the 定岗定编
 * table from the organisation view and the role list, each arriving as a download that
 * exceljs reads back with the screen's headings and numbers. Buttons shot in both languages.
 */
test.use({ seed: 'sample' });
test.setTimeout(120_000);

async function shot(app: Page, name: string): Promise<void> {
  await app.waitForTimeout(400);
  await app.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

/** Clicks the button, saves the download it starts and opens it with exceljs. */
async function exportWorkbook(
  app: Page,
  button: ReturnType<Page['getByRole']>,
  folder: string,
): Promise<{ name: string; book: Workbook }> {
  const download: Promise<Download> = app.waitForEvent('download');
  await button.click();
  const file = path.join(folder, (await download).suggestedFilename());
  await (await download).saveAs(file);
  const book = new WorkbookClass();
  const bytes = fs.readFileSync(file);
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  return { name: path.basename(file), book };
}

/** The heading row (where the frozen pane ends) and the rows under it. */
function table(sheet: Worksheet): { headings: string[]; rows: unknown[][] } {
  const view = sheet.views[0];
  const top = view?.state === 'frozen' ? (view.ySplit ?? 0) : 0;
  const width = sheet.getRow(top).cellCount;
  const values = (r: number) =>
    Array.from({ length: width }, (_, i) => sheet.getRow(r).getCell(i + 1).value);
  const rows = [];
  for (let r = top + 1; r <= sheet.rowCount; r++) rows.push(values(r));
  return { headings: values(top).map(String), rows };
}

test('the staffing table exported from the organisation view', async ({ app }, testInfo) => {
  await app.setViewportSize({ width: 1440, height: 900 });
  await app.getByText('组织与定编', { exact: true }).click();
  await app.getByRole('tab', { name: '定岗定编' }).click();
  const view = app.getByTestId('staffing-view');
  const screenRow = view
    .getByTestId('staffing-table')
    .getByRole('row')
    .filter({ hasText: '核保员' });
  await expect(screenRow).toBeVisible();
  const button = view.getByRole('button', { name: '导出 Excel' });
  await shot(app, 'sheets-staffing-zh-CN');

  const { name, book } = await exportWorkbook(app, button, testInfo.outputPath());
  expect(name).toMatch(/^定岗定编表 \d{4}-\d{2}-\d{2}\.xlsx$/);
  await expect(app.getByText(`已保存 ${name}`)).toBeVisible();
  const sheet = book.getWorksheet('定岗定编');
  if (!sheet) throw new Error(`no staffing sheet: ${book.worksheets.map((s) => s.name).join()}`);
  const { headings, rows } = table(sheet);
  expect(headings.slice(0, 6)).toEqual([
    '岗位',
    '定员',
    '流程工时',
    '非流程职责工时',
    '年工时合计',
    'FTE',
  ]);
  // The FTE the screen shows for the underwriter is the number in the sheet.
  const screenFte = (await screenRow.getByRole('cell').nth(5).textContent())?.trim();
  const row = rows.find((cells) => cells[0] === '核保员');
  expect(Number(row?.[5]).toFixed(2)).toBe(screenFte);
  expect(sheet.getRow(4).getCell(1).value).toEqual(expect.stringContaining('1,662.5'));

  await app.getByText('English', { exact: true }).click();
  await expect(view.getByRole('button', { name: 'Export to Excel' })).toBeVisible();
  await shot(app, 'sheets-staffing-en');
});

test('the role list exported, in both languages', async ({ app }, testInfo) => {
  await app.setViewportSize({ width: 1440, height: 900 });
  const list = app.getByRole('listbox', { name: '岗位列表' });
  await expect(list.getByRole('option', { name: '核保员' })).toBeVisible({ timeout: 30_000 });
  const shown = await list.getByRole('option').count();
  const pane = app.getByRole('region', { name: '岗位' });
  await shot(app, 'sheets-roles-zh-CN');

  const zh = await exportWorkbook(
    app,
    pane.getByRole('button', { name: '导出 Excel' }),
    testInfo.outputPath(),
  );
  const sheet = zh.book.getWorksheet('岗位清单');
  if (!sheet) throw new Error('no role list sheet');
  const { headings, rows } = table(sheet);
  expect(headings).toEqual([
    '岗位编号',
    '岗位名称',
    '所属部门',
    '直接上级',
    '状态',
    '版本',
    '职责数',
    '岗位编制',
  ]);
  expect(rows).toHaveLength(shown);
  expect(rows.map((cells) => cells[1])).toContain('核保员');

  await app.getByText('English', { exact: true }).click();
  const en = await exportWorkbook(
    app,
    app.getByRole('region', { name: 'Roles' }).getByRole('button', { name: 'Export to Excel' }),
    testInfo.outputPath(),
  );
  expect(en.name).toMatch(/^Role list \d{4}-\d{2}-\d{2}\.xlsx$/);
  expect(table(en.book.worksheets[0] as Worksheet).headings[1]).toBe('Job title');
  await shot(app, 'sheets-roles-en');
});

test('the checks report and the analysis dock offer Excel too', async ({ app }) => {
  await app.setViewportSize({ width: 1440, height: 900 });
  await app.getByText('说明书检查报告', { exact: true }).click();
  await expect(app.getByRole('button', { name: '导出 Excel' })).toBeVisible();
  await shot(app, 'sheets-report-zh-CN');
  await app.getByText('工作流程', { exact: true }).click();
  await app.getByRole('option', { name: /保单签发（现状）/ }).click();
  await app.getByRole('button', { name: '流程分析' }).click();
  const dock = app.getByTestId('analysis-dock');
  await expect(dock.getByRole('button', { name: '导出 Excel' })).toBeVisible();
  await shot(app, 'sheets-analysis-zh-CN');
  await app.getByText('English', { exact: true }).click();
  await expect(dock.getByRole('button', { name: 'Export to Excel' })).toBeVisible();
  await shot(app, 'sheets-analysis-en');
});
