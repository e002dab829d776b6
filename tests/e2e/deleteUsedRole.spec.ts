import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, SCREENSHOTS, test } from './fixtures';

/*
 * Deleting a role that a process map uses: the dialog lists where it is used, the user hands
 * its uses over to another role, and the map still opens — its lane now the other role's —
 * and saves.
 */
test.use({ seed: 'sample' });

const TO_BE = /保单签发（专案经理）/;

async function openRole(app: Page, title: string): Promise<void> {
  await app.getByRole('searchbox').fill(title);
  await app.getByRole('option', { name: title }).click();
  await expect(app.getByLabel('岗位名称', { exact: true })).toHaveValue(title);
}

test('delete a role used by a map, hand it over to another role, then save the map', async ({
  app,
}) => {
  // Two languages, a delete and a reload: longer than most specs.
  test.slow();
  // the dialog lists the map and its lane, in Chinese…
  await openRole(app, '专案经理');
  await app.getByRole('button', { name: '删除岗位' }).click();
  const dialog = app.getByRole('dialog');
  const uses = dialog.getByRole('list', { name: '以下内容仍在引用它：' });
  await expect(uses).toContainText('流程“保单签发（专案经理） / Policy issuing (case manager)”');
  await expect(uses).toContainText('泳道 1 条');
  await expect(dialog.getByRole('button', { name: '删 除' })).toBeDisabled();
  await app.screenshot({ path: path.join(SCREENSHOTS, 'delete-used-role-zh-CN.png') });
  await dialog.getByRole('button', { name: '取 消' }).click();
  await expect(dialog).toBeHidden();

  // …and in English
  await app.getByText('English', { exact: true }).click();
  await app.getByRole('button', { name: 'Delete role' }).click();
  await expect(app.getByRole('list', { name: 'It is still used here:' })).toContainText('lanes: 1');
  await app.screenshot({ path: path.join(SCREENSHOTS, 'delete-used-role-en.png') });
  await app.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await app.getByText('简体中文', { exact: true }).click();

  // hand everything over to the underwriter, and delete
  await app.getByRole('button', { name: '删除岗位' }).click();
  await dialog.getByLabel('选择岗位').click();
  // The list is virtual and the sample has many roles: narrow it to the one wanted.
  await dialog.getByLabel('选择岗位').fill('核保员');
  await app.locator('.ant-select-dropdown:visible').getByTitle('核保员', { exact: true }).click();
  await dialog.getByRole('button', { name: '删 除' }).click();
  await expect(dialog).toBeHidden();
  await app.getByRole('searchbox').fill('专案经理');
  // An option is named by all its text (title, status, matched duty): look for the title.
  const deleted = app
    .getByRole('option')
    .filter({ has: app.getByText('专案经理', { exact: true }) });
  await expect(deleted).toHaveCount(0);

  // the map opens with its lane now the underwriter's, and saves
  await app.getByText('工作流程', { exact: true }).click();
  await app.getByRole('option', { name: TO_BE }).click();
  const lane = app.locator('.react-flow__node-lane');
  await expect(lane).toHaveCount(1);
  await expect(lane).toContainText('核保员');
  await app.getByLabel('流程目的', { exact: true }).fill('由核保员一人完成全过程。');
  await app.getByRole('button', { name: '保存' }).click();
  await expect(app.getByText('已保存')).toBeVisible();
});
