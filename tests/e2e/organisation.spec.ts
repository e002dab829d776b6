import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, SCREENSHOTS, test } from './fixtures';

/*
 * A consultant on the sample library (issue 10): the RACI matrix across the library, a
 * letter changed in place and found in the map's own RACI; the 定岗定编 table of the insurer
 * with its basis; the redesign statement of the insurer pair, applied, with the revision
 * notes it leaves on the descriptions. Both languages, screenshots looked at.
 */
test.use({ seed: 'sample' });
test.setTimeout(180_000);

async function shot(app: Page, name: string): Promise<void> {
  await app.waitForTimeout(400);
  await app.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

const STEP = '检查申请书填写是否完整';

test('RACI across the library: a letter set in place shows in the map', async ({ app }) => {
  await app.setViewportSize({ width: 1440, height: 900 });
  await app.getByText('组织与定编', { exact: true }).click();
  const view = app.getByTestId('raci-view');
  await expect(view.getByTestId('library-raci')).toBeVisible();
  await view.locator('.ant-radio-button-wrapper', { hasText: '流程' }).click();
  const processSelect = view.getByRole('combobox');
  await processSelect.click();
  await processSelect.pressSequentially('保单签发（现状）');
  await app.keyboard.press('Enter');
  await expect(view.getByRole('button', { name: `${STEP} · 客户服务专员` })).toHaveText('R');
  await shot(app, 'organisation-raci-zh-CN');

  // The saved cell is the evidence (the "已保存" toast is transient and was missed once);
  // a click landing while the menu still animates in is retried.
  const cell = view.getByRole('button', { name: `${STEP} · 核保员` });
  await expect(async () => {
    if ((await cell.textContent())?.trim() !== 'I') {
      await cell.click();
      await app.getByRole('menuitem', { name: 'I', exact: true }).click({ timeout: 3_000 });
    }
    await expect(cell).toHaveText('I', { timeout: 5_000 });
  }).toPass({ timeout: 30_000 });

  await view.getByRole('checkbox', { name: '只看有问题的步骤' }).check();
  await expect(view.getByText(STEP)).toHaveCount(0);
  await view.getByRole('checkbox', { name: '只看有问题的步骤' }).uncheck();
  await app.getByText('English', { exact: true }).click();
  await expect(view.getByText('Only steps with problems')).toBeVisible();
  await shot(app, 'organisation-raci-en');
  await app.getByText('简体中文', { exact: true }).click();

  // The map's own RACI (the analysis dock) has the letter.
  await app.getByText('工作流程', { exact: true }).click();
  await app.getByRole('option', { name: /保单签发（现状）/ }).click();
  await app.getByRole('button', { name: '流程分析' }).click();
  const dock = app.getByTestId('analysis-dock');
  await dock.getByRole('tab', { name: 'RACI' }).click();
  const row = dock.getByTestId('raci-matrix').getByRole('row').filter({ hasText: STEP });
  await expect(row).toContainText('I');
});

test('the staffing table of the insurer, with its basis', async ({ app }) => {
  await app.setViewportSize({ width: 1440, height: 900 });
  await app.getByText('组织与定编', { exact: true }).click();
  await app.getByRole('tab', { name: '定岗定编' }).click();
  const view = app.getByTestId('staffing-view');
  await expect(view.getByTestId('staffing-basis')).toContainText('1,662.5 小时/人');
  await expect(view.getByTestId('staffing-basis')).toContainText('2,000 小时');
  await expect(view.getByTestId('staffing-table')).toContainText('核保员');
  await expect(view.getByTestId('staffing-matrix')).toContainText('保单签发（现状）');
  await shot(app, 'organisation-staffing-zh-CN');
  await app.getByText('English', { exact: true }).click();
  await expect(view.getByTestId('staffing-basis')).toContainText('1,662.5 h per person');
  await shot(app, 'organisation-staffing-en');
});

test('the redesign statement of the insurer pair, applied', async ({ app }) => {
  await app.setViewportSize({ width: 1440, height: 900 });
  await app.getByText('组织与定编', { exact: true }).click();
  await app.getByRole('tab', { name: '再造影响' }).click();
  const view = app.getByTestId('redesign-view');
  await expect(view.getByTestId('redesign-headline')).toBeVisible();
  const manager = view.locator('[data-testid^="redesign-role-"]').filter({ hasText: '专案经理' });
  await expect(manager.locator('[data-change="added"]')).toHaveCount(7);
  await expect(view.locator('[data-testid^="redesign-role-"]')).toHaveCount(9);
  await shot(app, 'organisation-redesign-zh-CN');
  await app.getByText('English', { exact: true }).click();
  await expect(view.getByText('Steps gained').first()).toBeVisible();
  await shot(app, 'organisation-redesign-en');
  await app.getByText('简体中文', { exact: true }).click();

  await view.getByRole('button', { name: /应用到 9 份职位说明书/ }).click();
  const applied = app.getByTestId('redesign-applied');
  await expect(applied).toContainText('专案经理');
  await expect(applied).toContainText('流程再造：保单签发（现状）');
  await shot(app, 'organisation-redesign-applied-zh-CN');
  await app.getByRole('button', { name: /知道了|OK/ }).click();
  // Applied: the drafted duties are in the description, so nothing is left to add.
  await expect(manager.locator('[data-change="added"]')).toHaveCount(0);

  // The case manager's description is a draft now, with the drafted duties in it.
  await manager.getByRole('button', { name: '专案经理' }).click();
  await expect(app.getByLabel('岗位名称', { exact: true })).toHaveValue('专案经理');
  await expect(app.getByText('草稿').first()).toBeVisible();
});
