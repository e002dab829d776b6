import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, SCREENSHOTS, test } from './fixtures';

/*
 * An HR officer has the duties of a role as a numbered list with weights in Word. Pasting the
 * list into the first duty offers, under it, to make one duty per line; accepting gives five
 * duties whose weights add up to 100 %, declining keeps the text as it was pasted.
 */

const LIST = [
  '1. 制定年度招聘计划并组织实施 30%',
  '2. 组织校园招聘与社会招聘活动 20%',
  '3、审核用人部门的招聘需求（15%）',
  '（4）分析招聘渠道效果并优化投入 15%',
  '• 指导招聘专员开展面试工作 20%',
].join('\r\n');

const TEXTS = [
  '制定年度招聘计划并组织实施',
  '组织校园招聘与社会招聘活动',
  '审核用人部门的招聘需求',
  '分析招聘渠道效果并优化投入',
  '指导招聘专员开展面试工作',
];

async function newRoleWithOneDuty(app: Page, labels: Record<string, string>): Promise<void> {
  await app.getByRole('button', { name: labels.newDepartment }).click();
  await app.getByRole('textbox', { name: labels.departmentName }).fill('人力资源部');
  await app.keyboard.press('Enter');
  await app.getByRole('button', { name: labels.newRole }).click();
  await app.getByLabel('岗位名称', { exact: true }).fill('招聘主管');
  await app.getByRole('button', { name: labels.addDuty }).click();
}

/** Pastes as a user does: the list on the clipboard, Ctrl+V in the duty. */
async function pasteInto(app: Page, field: string, text: string): Promise<void> {
  await app
    .context()
    .grantPermissions(['clipboard-read', 'clipboard-write'])
    .catch(() => undefined);
  await app.evaluate((value) => navigator.clipboard.writeText(value), text);
  await app.getByLabel(field, { exact: true }).focus();
  await app.keyboard.press('Control+V');
}

test('a pasted list becomes one duty per line with its weight', async ({ app }) => {
  test.slow();
  await newRoleWithOneDuty(app, {
    newDepartment: '新建部门',
    departmentName: '部门名称',
    newRole: '新建岗位',
    addDuty: '添加职责',
  });
  await pasteInto(app, '职责 1', LIST);

  const offer = app.getByRole('region', { name: '粘贴了 5 行内容。拆分为 5 条职责？' });
  await expect(offer).toBeVisible();
  await expect(offer).toContainText('识别到的权重合计：100%');
  await offer.scrollIntoViewIfNeeded();
  await app.screenshot({ path: path.join(SCREENSHOTS, 'duty-paste-offer-zh-CN.png') });

  await offer.getByRole('button', { name: '拆分为 5 条职责' }).click();
  await expect(offer).toBeHidden();
  for (const [index, text] of TEXTS.entries()) {
    await expect(app.getByLabel(`职责 ${index + 1}`, { exact: true })).toHaveValue(text);
  }
  await expect(app.getByLabel('职责 6', { exact: true })).toHaveCount(0);
  await expect(app.getByLabel('权重 % 3', { exact: true })).toHaveValue('15');
  await expect(app.getByTestId('weight-total')).toHaveText('权重合计：100%');
  await app.getByTestId('weight-total').scrollIntoViewIfNeeded();
  await app.screenshot({ path: path.join(SCREENSHOTS, 'duty-paste-split-zh-CN.png') });
});

test('declining keeps the text as pasted (English interface)', async ({ app }) => {
  test.slow();
  await app.getByText('English', { exact: true }).click();
  await newRoleWithOneDuty(app, {
    newDepartment: 'New department',
    departmentName: 'Department name',
    newRole: 'New role',
    addDuty: 'Add duty',
  });
  await pasteInto(app, 'Duty 1', LIST);

  const offer = app.getByRole('region', { name: 'You pasted 5 lines. Make them 5 duties?' });
  await expect(offer).toContainText('Weights read: 100%.');
  await offer.scrollIntoViewIfNeeded();
  await app.screenshot({ path: path.join(SCREENSHOTS, 'duty-paste-offer-en.png') });

  await offer.getByRole('button', { name: 'Keep as pasted' }).click();
  await expect(offer).toBeHidden();
  await expect(app.getByLabel('Duty 1', { exact: true })).toHaveValue(LIST.replace(/\r\n/g, '\n'));
  await expect(app.getByLabel('Duty 2', { exact: true })).toHaveCount(0);
});
