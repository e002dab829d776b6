import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, SCREENSHOTS, test } from './fixtures';

/*
 * Nothing the user types is quietly changed: a weight out of range or with two decimals is an
 * error at the field and is not saved, one decimal is taken, and a title at its limit shows a
 * counter and a note; a longer paste is kept whole and refused, not cut.
 */

// Many steps on a shared, busy machine: give these tests three times the usual time.
test.beforeEach(() => test.slow());

async function newRoleWithDuty(app: Page): Promise<void> {
  await app.getByRole('button', { name: '新建部门' }).click();
  await app.getByRole('textbox', { name: '部门名称' }).fill('人力资源部');
  await app.keyboard.press('Enter');
  await app.getByRole('button', { name: '新建岗位' }).click();
  await app.getByLabel('岗位名称', { exact: true }).fill('招聘主管');
  await app.getByRole('button', { name: '添加职责' }).click();
  await app.getByLabel('职责 1', { exact: true }).fill('制定年度招聘计划并组织实施');
  await app.keyboard.press('Control+s');
  await expect(app.getByText('已保存')).toBeVisible();
}

test('a weight out of range is an error at the field, in Chinese, and is not saved', async ({
  app,
}) => {
  await newRoleWithDuty(app);
  const weight = app.getByLabel('权重 % 1', { exact: true });
  // the message under the duty, not the toast (antd's toast is an alert too)
  const fieldError = app.locator('li[data-duty-key]').getByRole('alert');

  // 150: kept as typed (not made 100), marked at the field, refused on save
  await weight.fill('150');
  await weight.press('Tab');
  await expect(weight).toHaveValue('150');
  await expect(fieldError).toHaveText('请输入 0 到 100 之间的权重，最多一位小数。');
  await app.keyboard.press('Control+s');
  await expect(app.getByText('第 1 项职责的权重：不能大于 100。')).toBeVisible();
  await expect(app.getByText('有未保存的修改')).toBeVisible();
  await weight.scrollIntoViewIfNeeded();
  await app.screenshot({ path: path.join(SCREENSHOTS, 'weight-error-zh-CN.png') });

  // −20 and 12.55: errors too, not clamped or rounded
  await weight.fill('-20');
  await weight.press('Tab');
  await expect(weight).toHaveValue('-20');
  await expect(fieldError).toBeVisible();
  await weight.fill('12.55');
  await weight.press('Tab');
  await expect(weight).toHaveValue('12.55');
  await expect(fieldError).toBeVisible();

  // 12.5: taken, the total shows the decimal, and it is saved as typed
  await weight.fill('12.5');
  await weight.press('Tab');
  await expect(fieldError).toHaveCount(0);
  await expect(app.getByTestId('weight-total')).toContainText('12.5%，应为 100%');
  await app.keyboard.press('Control+s');
  // The first save's toast may still be showing: what proves this save is the status going.
  await expect(app.getByText('已保存').last()).toBeVisible();
  await expect(app.getByText('有未保存的修改')).toHaveCount(0);
  await expect(weight).toHaveValue('12.5');
});

test('a title at its limit shows a counter and a note; a longer paste is kept and refused', async ({
  app,
}) => {
  await newRoleWithDuty(app);
  const title = app.getByLabel('岗位名称', { exact: true });

  await title.fill('招'.repeat(200));
  await expect(app.getByText('200 / 200')).toBeVisible();
  await expect(app.getByText('已达字数上限：200/200 字。')).toBeVisible();

  // a paste past the limit is not cut: every character stays, the field says how many to remove
  await title.fill('聘'.repeat(205));
  await expect(title).toHaveValue('聘'.repeat(205));
  await expect(app.getByText('205 / 200')).toBeVisible();
  await expect(app.getByText('共 205 字，超出上限 200 字 5 字，请删减后再保存。')).toBeVisible();
  await app.keyboard.press('Control+s');
  await expect(app.getByText('岗位名称：最多 200 个字符。')).toBeVisible();
  await expect(app.getByText('有未保存的修改')).toBeVisible();
});

test('the weight error is in English in the English interface', async ({ app }) => {
  await newRoleWithDuty(app);
  await app.getByText('English', { exact: true }).click();
  const weight = app.getByLabel('权重 % 1', { exact: true });
  await weight.fill('150');
  await weight.press('Tab');
  await expect(app.locator('li[data-duty-key]').getByRole('alert')).toHaveText(
    'Enter a weight from 0 to 100, with at most one decimal place.',
  );
  await app.keyboard.press('Control+s');
  await expect(app.getByText('Duty 1, Weight: must be at most 100.')).toBeVisible();
  await weight.scrollIntoViewIfNeeded();
  await app.screenshot({ path: path.join(SCREENSHOTS, 'weight-error-en.png') });
});

test.describe('in the process editor', () => {
  test.use({ seed: 'sample' });

  test('minutes below zero are an error at the field, not made 0', async ({ app }) => {
    await app.getByText('工作流程', { exact: true }).click();
    await app.getByRole('button', { name: '新建流程' }).click();
    await expect(app.getByTestId('process-canvas')).toBeVisible();
    await app.getByRole('button', { name: '添加泳道' }).click();
    const lane = app.locator('.react-flow__node-lane').first();
    const box = await lane.boundingBox();
    if (!box) throw new Error('lane not visible');
    await app.getByRole('button', { name: '添加活动' }).dragTo(lane, {
      targetPosition: { x: 180, y: box.height / 2 },
    });
    await app.locator('.react-flow__node-step').first().click();

    const minutes = app.getByLabel('作业时间（分钟）', { exact: true });
    await minutes.fill('-5');
    await minutes.press('Tab');
    await expect(minutes).toHaveValue('-5');
    await expect(app.getByText('不能小于 0。')).toBeVisible();
    await minutes.fill('30');
    await minutes.press('Tab');
    await expect(app.getByText('不能小于 0。')).toHaveCount(0);
  });
});
