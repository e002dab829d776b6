import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import JSZip from 'jszip';
import { expect, SCREENSHOTS, test } from './fixtures';

/*
 * A quality manager on the sample library (issue 12, 工作检查): the dashboard names the
 * insurer's process, its page shows the quarterly plan, the records with the missed 时限, the
 * KPI charts; an inspection is recorded for an overdue quarter, a file with a bad row is
 * refused whole with the row and column named, a good one is imported, and the 检查报告 is
 * exported and read back. Both languages, with screenshots that are looked at.
 */
test.use({ seed: 'sample' });
test.setTimeout(240_000);

const PROCESS = '保单签发（现状）';
const LEAD_TIME = '平均办理周期 / Mean lead time';
const ERRORS = '差错率 / Error rate';
const SATISFACTION = '客户满意度 / Customer satisfaction';

async function shot(app: Page, name: string): Promise<void> {
  await app.waitForTimeout(500);
  await app.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

function csv(rows: string[][]): Buffer {
  return Buffer.from(rows.map((row) => row.join(',')).join('\n'), 'utf8');
}

async function openInsurer(app: Page, viewName: string, open: string): Promise<void> {
  await app.setViewportSize({ width: 1440, height: 900 });
  await app.getByText(viewName, { exact: true }).click();
  const dashboard = app.getByTestId('inspection-dashboard');
  await expect(dashboard).toBeVisible();
  await expect(dashboard.getByTestId('inspection-department').first()).toContainText(PROCESS);
  await expect(dashboard.getByTestId('inspection-today')).toContainText('Asia/Shanghai');
  await dashboard.getByRole('button', { name: `${open} ${PROCESS}` }).click();
  await expect(app.getByTestId('process-inspection')).toBeVisible();
}

const records = (app: Page) =>
  app.getByTestId('inspection-table').locator('tbody tr.ant-table-row');

test('the inspection view in Chinese: record, import, export', async ({ app }, testInfo) => {
  await app.setViewportSize({ width: 1440, height: 900 });
  await app.getByText('工作检查', { exact: true }).click();
  const dashboard = app.getByTestId('inspection-dashboard');
  await expect(dashboard.getByTestId('dashboard-overdue').first()).toContainText(PROCESS);
  await shot(app, 'inspection-dashboard-zh-CN');
  await dashboard.getByRole('button', { name: `打开 ${PROCESS}` }).click();

  const page = app.getByTestId('process-inspection');
  await expect(page.getByRole('tab', { name: '检查计划与记录' })).toBeVisible();
  const plan = page.getByTestId('inspection-plan');
  await expect(plan).toHaveCount(1);
  await expect(plan.getByRole('heading', { name: /常规检查 · 每季度/ })).toBeVisible();
  await expect(records(app)).toHaveCount(6);
  // 2024 Q1, before the redesign: the lead time missed its 5-day target.
  const q1 = records(app).filter({ hasText: '2024年第1季度' });
  // Complaints count in the inspection of the period they were received in (two in 2024 Q2:
  // 2024-04-08 and 2024-05-27), beside the KPIs: period, three KPIs, then 投诉.
  const complaintsColumn = app.getByTestId('inspection-table').locator('thead th').nth(4);
  await expect(complaintsColumn).toHaveText('投诉');
  const q2 = records(app).filter({ hasText: '2024年第2季度' });
  await expect(q2.locator('td').nth(4)).toHaveText('2');
  await expect(q1.getByTestId('kpi-cell').first()).toContainText('未达标，差');
  await expect(page.getByTestId('kpi-chart')).toHaveCount(3);
  await expect(page.getByRole('img', { name: /平均办理周期.*未达标/ })).toBeVisible();
  await shot(app, 'inspection-process-zh-CN');
  await page.getByRole('heading', { name: '各期指标走势' }).evaluate((h) => h.scrollIntoView());
  await shot(app, 'inspection-charts-zh-CN');

  // Record the overdue 2025 Q3 from the schedule.
  await page.getByRole('button', { name: '录入 2025年第3季度 的检查记录' }).click();
  const dialog = app.getByRole('dialog', { name: '录入检查记录' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel(`${LEAD_TIME} — 实测值（目标 ≤ 5 天）`).fill('3.2');
  await dialog.getByLabel(`${LEAD_TIME} — 样本量`).fill('0');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  // A sample of 0 is refused at its field, not clamped.
  await expect(dialog.getByText('不能小于 1', { exact: false })).toBeVisible();
  await shot(app, 'inspection-record-zh-CN');
  await dialog.getByLabel(`${LEAD_TIME} — 样本量`).fill('380');
  await dialog.getByLabel(`${ERRORS} — 实测值（目标 ≤ 0.5%）`).fill('0.4');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(dialog).toBeHidden();
  await expect(records(app)).toHaveCount(7);
  await expect(records(app).first()).toContainText('2025年第3季度');
  await expect(records(app).first().getByTestId('kpi-cell').first()).toContainText('达标');

  // A file with a bad row: every problem named by row and column, nothing stored.
  await plan.getByRole('button', { name: '导入测量数据' }).click();
  const importer = app.getByRole('dialog', { name: '从 .xlsx 或 .csv 导入测量数据' });
  const header = ['期间开始', '期间结束', '指标', '测量值', '样本量'];
  await importer.getByTestId('measurement-file').setInputFiles({
    name: 'bad.csv',
    mimeType: 'text/csv',
    buffer: csv([
      header,
      ['2025-10-01', '2025-12-31', LEAD_TIME, '3.0', '400'],
      ['2025-10-01', '2025-12-31', ERRORS, 'abc', '400'],
    ]),
  });
  await importer.getByRole('button', { name: /导\s*入/ }).click();
  const problems = importer.getByTestId('import-problems');
  await expect(problems).toContainText('第 3 行“测量值”列：“abc”不是数字。');
  await expect(importer).toContainText('未保存任何数据');
  await shot(app, 'inspection-import-zh-CN');
  await expect(records(app)).toHaveCount(7);

  await importer.getByTestId('measurement-file').setInputFiles({
    name: 'q4.csv',
    mimeType: 'text/csv',
    buffer: csv([
      header,
      ['2025-10-01', '2025-12-31', LEAD_TIME, '3.0', '400'],
      ['2025-10-01', '2025-12-31', ERRORS, '0.3', '400'],
      ['2025-10-01', '2025-12-31', SATISFACTION, '93', '120'],
    ]),
  });
  await importer.getByRole('button', { name: /导\s*入/ }).click();
  await expect(importer.getByRole('status')).toContainText('已导入 1 条检查记录，共 3 个实测值。');
  await importer.getByRole('button', { name: '关 闭', exact: true }).click();
  await expect(records(app)).toHaveCount(8);

  // The 检查报告 to Word: the bytes arrive and read back.
  await plan.getByRole('button', { name: '导出报告' }).click();
  const exporter = app.getByRole('dialog', { name: '导出工作检查报告' });
  const download = app.waitForEvent('download', { timeout: 180_000 });
  await exporter.getByRole('button', { name: /导\s*出/ }).click();
  const file = testInfo.outputPath('inspection.docx');
  await (await download).saveAs(file);
  await expect(exporter.getByRole('status')).toContainText('已保存');
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  expect(xml).toContain(PROCESS);
  expect(xml).toContain('2025年第4季度');

  // The measurements and actions to Excel.
  const sheet = app.waitForEvent('download', { timeout: 180_000 });
  await exporter.getByText('测量数据与整改措施（Excel .xlsx）').click();
  await exporter.getByRole('button', { name: /导\s*出/ }).click();
  expect((await sheet).suggestedFilename()).toMatch(/\.xlsx$/);
});

test('the inspection view in English', async ({ app }) => {
  await app.getByText('English', { exact: true }).click();
  await openInsurer(app, 'Inspection', 'Open');
  await app.getByTestId('process-inspection');
  await app.getByText('Back to the dashboard').click();
  await expect(app.getByTestId('inspection-dashboard')).toContainText('Inspections overdue');
  await shot(app, 'inspection-dashboard-en');
  await app
    .getByTestId('inspection-dashboard')
    .getByRole('button', { name: `Open ${PROCESS}` })
    .click();
  const page = app.getByTestId('process-inspection');
  await expect(page.getByRole('tab', { name: 'Inspections' })).toBeVisible();
  const q1 = records(app).filter({ hasText: '2024 Q1' });
  await expect(q1.getByTestId('kpi-cell').first()).toContainText('missed by');
  await expect(page.getByTestId('kpi-chart')).toHaveCount(3);
  await shot(app, 'inspection-process-en');
  await page
    .getByRole('heading', { name: 'KPIs across periods' })
    .evaluate((h) => h.scrollIntoView());
  await shot(app, 'inspection-charts-en');

  await page.getByRole('button', { name: 'Import measurements' }).click();
  const importer = app.getByRole('dialog', { name: 'Import measurements from .xlsx or .csv' });
  await importer.getByTestId('measurement-file').setInputFiles({
    name: 'bad.csv',
    mimeType: 'text/csv',
    buffer: csv([
      ['Period start', 'Period end', 'KPI', 'Measured value', 'Sample size'],
      ['2025-10-01', '2025-12-31', 'Lead time', '3.0', '400'],
    ]),
  });
  await importer.getByRole('button', { name: 'Import' }).click();
  await expect(importer.getByTestId('import-problems')).toContainText('Row 2, column “KPI”');
  await expect(importer).toContainText('nothing was stored');
  await shot(app, 'inspection-import-en');
  await importer.locator('.ant-modal-footer').getByRole('button', { name: 'Close' }).click();

  // An inspection opened from its period, then deleted after a confirmation.
  await page.getByRole('button', { name: 'Edit the inspection of 2024 Q1' }).click();
  const editor = app.getByRole('dialog', { name: 'Edit the inspection of 2024 Q1' });
  await expect(editor.getByLabel(/^平均办理周期 \/ Mean lead time — value/)).toHaveValue('15.2');
  await editor.getByRole('button', { name: 'Delete inspection' }).click();
  await app.locator('.ant-popconfirm').getByRole('button', { name: 'Delete' }).click();
  await expect(editor).toBeHidden();
  await expect(records(app)).toHaveCount(5);
});

test('plan the inspections of the case-manager variant from its KPI targets', async ({ app }) => {
  await app.setViewportSize({ width: 1440, height: 900 });
  await app.getByText('English', { exact: true }).click();
  await app.getByText('Inspection', { exact: true }).click();
  const dashboard = app.getByTestId('inspection-dashboard');
  await dashboard
    .getByRole('checkbox', { name: 'Only processes with an inspection plan' })
    .uncheck();
  const variant = '保单签发（专案经理） / Policy issuing (case manager)';
  await dashboard.getByRole('button', { name: `Open ${variant}` }).click();
  const page = app.getByTestId('process-inspection');
  await expect(page).toContainText('This process has no inspection plan yet.');
  await page.getByRole('button', { name: 'New inspection plan' }).click();
  const dialog = app.getByRole('dialog', { name: 'New inspection plan' });
  // The two 时限 targets of the process become two KPIs; a cost text without a limit is flagged.
  await expect(dialog.getByTestId('plan-kpi')).toHaveCount(5);
  await expect(dialog.getByLabel('Target 2')).toHaveValue('常规件 ≤ 4 小时');
  await expect(dialog.getByLabel('Target 3')).toHaveValue('疑难件 ≤ 1 个工作日');
  await expect(dialog).toContainText('The target does not say “at most” or “at least”');
  await dialog.getByLabel('Days allowed after a period ends').fill('400');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toContainText('must be at most 366.');
  await shot(app, 'inspection-plan-en');
  await dialog.getByLabel('Days allowed after a period ends').fill('10');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('inspection-plan')).toHaveCount(1);
  await expect(page.getByTestId('schedule-table')).toBeVisible();
});
