import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { expect, pickOption, SCREENSHOTS, test } from './fixtures';

/*
 * An HR specialist works on the sample finance manager's 工作权限 and 工作关系 (issue 10): the
 * clauses RoleFlow read from the old text are there, a new clause is read as she types it and
 * corrected, a partner is picked from the library's roles; all of it survives a reload. A note
 * of a change made on her behalf waits for approval and starts the approval's note.
 */

const folders: string[] = [];
test.use({
  seed: 'sample',
  // A library file of our own, so the spec can add a pending note as another part of RoleFlow would.
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from it
  libraryFile: async ({}, use) => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'roleflow-authority-'));
    folders.push(folder);
    await use(path.join(folder, 'library.sqlite'));
  },
});
test.afterAll(() =>
  folders.forEach((folder) => fs.rmSync(folder, { recursive: true, force: true })),
);

async function openRole(app: Page, title: string): Promise<void> {
  await app.getByRole('searchbox').fill(title);
  await app.getByRole('option', { name: title }).click();
  await expect(app.getByLabel('岗位名称', { exact: true })).toHaveValue(title);
}

function addPendingNote(file: string, title: string, note: string): void {
  const db = new Database(file);
  const row = db.prepare('SELECT id FROM roles WHERE title = ?').get(title) as { id: number };
  db.prepare(
    "INSERT INTO pending_notes (entity_type, entity_id, note, created_at) VALUES ('role', ?, ?, ?)",
  ).run(row.id, note, new Date().toISOString());
  db.close();
}

test('edit a clause, pick a partner role, reload, approve with the pending note', async ({
  app,
  libraryFile,
}) => {
  test.slow();
  await openRole(app, '财务经理');
  // The clauses read from the sample's old text.
  await expect(app.getByLabel('第 2 条权限', { exact: true })).toHaveValue(
    '单笔 20 万元以内付款的审批权',
  );
  await expect(app.getByLabel('第 2 条权限的金额上限（元）')).toHaveValue('200,000');
  // After the four authored clauses, the one the sample adds for the 报销 chain (rule J5).
  await expect(app.getByLabel('第 5 条权限', { exact: true })).toHaveValue('审批费用报销≤50万元');

  // A new clause, read as it is typed, its object corrected.
  await app.getByRole('button', { name: '添加一条权限' }).click();
  const clause = app.getByLabel('第 6 条权限', { exact: true });
  await clause.fill('对 5 万元以下的费用报销有审批权');
  await expect(
    app.locator('.ant-select', { has: app.getByLabel('第 6 条权限的类型') }),
  ).toContainText('审批');
  await expect(app.getByLabel('第 6 条权限的金额上限（元）')).toHaveValue('50,000');
  await app.getByLabel('第 6 条权限的对象').fill('部门费用报销');
  // An amount out of range is an error at the field and never reaches the role.
  await app.getByLabel('第 6 条权限的金额上限（元）').fill('-3');
  await expect(app.getByText('金额上限应在 0 到 10 万亿元之间。')).toBeVisible();
  await app.getByLabel('第 6 条权限的金额上限（元）').fill('50000');
  await expect(app.getByText('金额上限应在 0 到 10 万亿元之间。')).toBeHidden();

  // A partner role picked from the library for a new internal relation.
  const internal = app.getByRole('group', { name: '内部' });
  await internal.getByRole('button', { name: '添加一项关系' }).click();
  const rows = internal.getByTestId('working-relation');
  const last = rows.last();
  await pickOption(app, last.getByRole('combobox'), '薪酬绩效专员');
  await last.getByRole('textbox').fill('薪酬绩效专员（工资核算）');
  await app.keyboard.press('Control+s');
  await expect(app.getByText('已保存')).toBeVisible();
  await app.getByRole('region', { name: '工作权限' }).scrollIntoViewIfNeeded();
  await app.screenshot({ path: path.join(SCREENSHOTS, 'authority-relations-zh-CN.png') });

  // A change made on the user's behalf waits for approval.
  if (!libraryFile) throw new Error('the spec sets its library file');
  addPendingNote(libraryFile, '财务经理', '职责“审核付款”移交给出纳（组织调整）');
  await app.reload();
  await openRole(app, '财务经理');
  await expect(app.getByLabel('第 6 条权限', { exact: true })).toHaveValue(
    '对 5 万元以下的费用报销有审批权',
  );
  await expect(app.getByLabel('第 6 条权限的对象')).toHaveValue('部门费用报销');
  await expect(internal.getByTestId('working-relation').last()).toContainText('薪酬绩效专员');
  await expect(app.getByText('1 项变更待审批')).toBeVisible();

  await app.getByRole('button', { name: '批准' }).click();
  const note = app.getByLabel('修订说明：改了什么，为什么改');
  await expect(note).toHaveValue('职责“审核付款”移交给出纳（组织调整）');
  await app.screenshot({ path: path.join(SCREENSHOTS, 'approve-pending-note-zh-CN.png') });
  await app.getByLabel('批准人').fill('王芳');
  await app
    .getByRole('dialog')
    .getByRole('button', { name: /批\s*准/ })
    .click();
  await expect(app.getByText('已批准', { exact: true }).first()).toBeVisible();
  await expect(app.getByText('1 项变更待审批')).toBeHidden();

  // The same sections in English.
  await app.getByText('English', { exact: true }).click();
  await expect(app.getByRole('button', { name: 'Add a clause' })).toBeVisible();
  // The role's template is Chinese: its section titles stay 工作权限, the controls speak English.
  await app.getByRole('region', { name: '工作权限' }).scrollIntoViewIfNeeded();
  await app.screenshot({ path: path.join(SCREENSHOTS, 'authority-relations-en.png') });
  await app.getByText('简体中文', { exact: true }).click();
});
