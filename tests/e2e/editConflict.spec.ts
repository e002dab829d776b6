import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, SCREENSHOTS, test } from './fixtures';

/*
 * Two windows on one library: A and B both open the same role; A saves, then B saves the copy
 * it loaded. B is told, not silently overwritten or overwriting; it keeps its work as a new
 * draft, and A's version stays as A saved it.
 */

const purpose = (page: Page) => page.getByRole('textbox', { name: '岗位目的', exact: true });

/** Waits until a dialog has finished zooming in, so a screenshot shows it whole. */
async function shown(page: Page): Promise<void> {
  await expect(page.locator('.ant-modal[class*="ant-zoom-"]')).toHaveCount(0);
}

test('a stale save from a second window is a conflict, and both versions are kept', async ({
  app,
}, testInfo) => {
  // Two browser clients and some twenty round trips: well over one client's usual budget.
  test.setTimeout(300_000);
  // given a saved role, open in window A
  await app.getByRole('button', { name: '新建部门' }).click();
  await app.getByRole('textbox', { name: '部门名称' }).fill('人力资源部');
  await app.keyboard.press('Enter');
  await app.getByRole('button', { name: '新建岗位' }).click();
  await app.getByLabel('岗位名称', { exact: true }).fill('招聘主管');
  await app.keyboard.press('Control+s');
  await expect(app.getByText('已保存')).toBeVisible();

  // and the same role open in window B: a second client of the same host
  const browser = app.context().browser();
  if (!browser) throw new Error('the browser host runs in a browser');
  const { locale, viewport } = testInfo.project.use;
  const other = await browser.newPage({ locale, viewport });
  const errors: string[] = [];
  other.on('pageerror', (error) => errors.push(error.message));
  await other.goto(app.url());
  await other
    .getByRole('option')
    .filter({ has: other.getByText('招聘主管', { exact: true }) })
    .click();
  await expect(other.getByLabel('岗位名称', { exact: true })).toHaveValue('招聘主管');

  // when A saves first
  await purpose(app).fill('A 写的岗位目的');
  await expect(app.getByText('有未保存的修改')).toBeVisible();
  await app.keyboard.press('Control+s');
  await expect(app.getByText('有未保存的修改')).toBeHidden();

  // and B saves the copy it loaded before A's save
  await purpose(other).fill('B 写的岗位目的');
  await other.keyboard.press('Control+s');

  // then B is told, in its language, and nothing of A's was overwritten
  const dialog = other.getByRole('dialog', { name: '已在另一个窗口中修改' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('您在这里打开“招聘主管”之后，另一个窗口保存了它。');
  await shown(other);
  await other.screenshot({
    path: path.join(SCREENSHOTS, 'edit-conflict-zh-CN.png'),
    animations: 'disabled',
  });

  // B keeps editing for now, switches to English, and saves again: the same question
  await dialog.getByRole('button', { name: '继续编辑' }).click();
  await expect(dialog).toBeHidden();
  await other.getByText('English', { exact: true }).click();
  await expect(other.getByRole('heading', { name: 'Departments' })).toBeVisible();
  await expect(purpose(other)).toHaveValue('B 写的岗位目的');
  await other.keyboard.press('Control+s');
  const english = other.getByRole('dialog', { name: 'Changed in another window' });
  await expect(english).toContainText('“招聘主管” was saved in another window');
  await shown(other);
  await other.screenshot({
    path: path.join(SCREENSHOTS, 'edit-conflict-en.png'),
    animations: 'disabled',
  });

  // B keeps its work as a new draft, which opens in B
  await english.getByRole('button', { name: 'Keep mine as a new draft' }).click();
  await expect(english).toBeHidden();
  await expect(other.getByLabel('岗位名称', { exact: true })).toHaveValue('招聘主管 (my copy)');
  await expect(purpose(other)).toHaveValue('B 写的岗位目的');

  // and both versions exist: A's role as A saved it, B's as a separate draft
  await expect(other.getByRole('option', { name: '招聘主管 (my copy)' })).toBeVisible();
  await other
    .getByRole('option')
    .filter({ has: other.getByText('招聘主管', { exact: true }) })
    .click();
  await expect(other.getByLabel('岗位名称', { exact: true })).toHaveValue('招聘主管');
  await expect(purpose(other)).toHaveValue('A 写的岗位目的');
  await expect(purpose(app)).toHaveValue('A 写的岗位目的');

  // when B, now up to date, saves again and A saves what it had
  await purpose(other).fill('B 第二次修改');
  await other.keyboard.press('Control+s');
  await expect(other.getByText('Unsaved changes')).toBeHidden();
  await purpose(app).fill('A 第二次修改');
  await app.keyboard.press('Control+s');

  // then A may take B's version instead, after saying its own edits may go
  const inA = app.getByRole('dialog', { name: '已在另一个窗口中修改' });
  await inA.getByRole('button', { name: '载入另一个窗口的版本' }).click();
  await app.getByRole('button', { name: '放弃我的修改并载入' }).click();
  await expect(inA).toBeHidden();
  await expect(purpose(app)).toHaveValue('B 第二次修改');
  await expect(app.getByText('有未保存的修改')).toBeHidden();
  expect(errors, 'uncaught errors in window B').toEqual([]);
  await other.close();
});
