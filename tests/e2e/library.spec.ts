import path from 'node:path';
import { expect, SCREENSHOTS, test } from './fixtures';

/*
 * A user's first session with the library: a department and a role in Chinese, three
 * duties put in order, everything still there after a reload, found again by search, and
 * the interface switched to English.
 */
test('build a role, reorder its duties, find it again, switch language', async ({ app }) => {
  // A long walk (26 s on an idle 2-core CI machine); a busy one took 47 s, past the 45 s default.
  test.slow();
  // given an empty library
  await expect(app.getByText('还没有部门。请先新建一个部门。')).toBeVisible();

  // when I create a department
  await app.getByRole('button', { name: '新建部门' }).click();
  await app.getByRole('textbox', { name: '部门名称' }).fill('人力资源部');
  await app.keyboard.press('Enter');
  await expect(app.getByRole('tree').getByText('人力资源部')).toBeVisible();

  // and a sub-department under it
  await app.getByRole('button', { name: '新建下级部门' }).click();
  await app.getByRole('textbox', { name: '部门名称' }).fill('招聘组');
  await app.getByRole('button', { name: /确\s*定/ }).click();
  await expect(app.getByRole('tree').getByText('招聘组')).toBeVisible();

  // and a role in the department, with its basic information
  await app.getByRole('tree').getByText('人力资源部').click();
  await app.getByRole('button', { name: '新建岗位' }).click();
  await app.getByLabel('岗位名称', { exact: true }).fill('人力资源经理');
  await app.getByLabel('岗位编号', { exact: true }).fill('HR-001');
  await app.getByLabel('岗位编制', { exact: true }).fill('2');
  await app.getByLabel('职级', { exact: true }).fill('M3');
  await app
    .getByRole('textbox', { name: '岗位目的', exact: true })
    .fill('建设并保持一支满足公司战略需要的人才队伍。');

  // and three duties
  const duties = ['制定年度招聘计划并组织实施', '审核部门薪酬预算', '指导新员工入职培训'];
  for (const [index, text] of duties.entries()) {
    await app.getByRole('button', { name: '添加职责' }).click();
    await app.getByLabel(`职责 ${index + 1}`, { exact: true }).fill(text);
  }
  await expect(app.getByRole('status')).toHaveText('有未保存的修改');

  // and move the third duty to the top: once with the button, once with Alt+↑
  await app.getByRole('button', { name: '上移第 3 项职责' }).click();
  await app.getByLabel('职责 2', { exact: true }).focus();
  await app.keyboard.press('Alt+ArrowUp');
  await expect(app.getByLabel('职责 1', { exact: true })).toHaveValue('指导新员工入职培训');
  await expect(app.getByLabel('职责 1', { exact: true })).toBeFocused();

  // and save with the keyboard
  await app.keyboard.press('Control+s');
  await expect(app.getByText('已保存')).toBeVisible();
  await expect(app.getByRole('status')).toHaveCount(0);

  // then after a reload everything is still there, in my order
  await app.reload();
  await app.getByRole('option', { name: '人力资源经理' }).click();
  await expect(app.getByLabel('岗位名称', { exact: true })).toHaveValue('人力资源经理');
  await expect(app.getByLabel('岗位编号', { exact: true })).toHaveValue('HR-001');
  await expect(app.getByLabel('岗位编制', { exact: true })).toHaveValue('2');
  const expectedOrder = ['指导新员工入职培训', '制定年度招聘计划并组织实施', '审核部门薪酬预算'];
  for (const [index, text] of expectedOrder.entries()) {
    await expect(app.getByLabel(`职责 ${index + 1}`, { exact: true })).toHaveValue(text);
  }

  // and the role is found by a Chinese substring of its title, and of a duty
  const search = app.getByRole('searchbox', { name: '搜索岗位名称、编号或职责' });
  await search.fill('资源经');
  await expect(app.getByRole('option', { name: '人力资源经理' })).toBeVisible();
  await search.fill('薪酬');
  await expect(app.getByRole('option', { name: '人力资源经理' })).toContainText(
    '职责：审核部门薪酬预算',
  );
  await search.fill('不存在的岗位');
  await expect(app.getByText('没有与“不存在的岗位”匹配的岗位。')).toBeVisible();
  await search.fill('');

  await app.screenshot({ path: path.join(SCREENSHOTS, 'library-zh-CN.png') });

  // when I switch the interface to English
  await app.getByText('English', { exact: true }).click();

  // then the screen speaks English, and keeps doing so after a reload
  await expect(app.getByRole('heading', { name: 'Departments' })).toBeVisible();
  await expect(app.getByRole('button', { name: 'Delete role' })).toBeVisible();
  // The role is written in the Chinese template, so its sections keep their Chinese names.
  await expect(app.getByRole('heading', { name: '基本信息' })).toBeVisible();
  await app.reload();
  await expect(app.getByRole('heading', { name: 'Departments' })).toBeVisible();
  await app.getByRole('searchbox', { name: 'Search roles, codes and duties' }).fill('HR-0');
  await app.getByRole('option', { name: '人力资源经理' }).click();
  await expect(app.getByLabel('岗位名称', { exact: true })).toHaveValue('人力资源经理');
  await app.screenshot({ path: path.join(SCREENSHOTS, 'library-en.png') });
});

test('unsaved edits are not lost by picking another role', async ({ app }) => {
  await app.getByRole('button', { name: '新建部门' }).click();
  await app.getByRole('textbox', { name: '部门名称' }).fill('财务部');
  await app.keyboard.press('Enter');
  for (const title of ['会计', '出纳']) {
    await app.getByRole('button', { name: '新建岗位' }).click();
    // type into the new role's editor, not the previous role's one it replaces
    await expect(app.getByLabel('岗位名称', { exact: true })).toHaveValue('新岗位');
    await app.getByLabel('岗位名称', { exact: true }).fill(title);
    await app.getByRole('button', { name: /保\s*存/ }).click();
    await expect(app.getByRole('status')).toHaveCount(0);
  }
  await app.getByLabel('岗位名称', { exact: true }).fill('出纳（已修改）');
  await app.getByRole('option', { name: '会计' }).click();
  await expect(app.getByRole('dialog')).toContainText('放弃对此岗位未保存的修改？');
  await app.getByRole('button', { name: /取\s*消/ }).click();
  await expect(app.getByLabel('岗位名称', { exact: true })).toHaveValue('出纳（已修改）');

  // and agreeing to discard really drops the edit
  await app.getByRole('option', { name: '会计' }).click();
  await app.getByRole('button', { name: /放\s*弃/ }).click();
  await expect(app.getByLabel('岗位名称', { exact: true })).toHaveValue('会计');
  await app.getByRole('option', { name: '出纳' }).click();
  await expect(app.getByLabel('岗位名称', { exact: true })).toHaveValue('出纳');
});
