import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { expect, SCREENSHOTS, test } from './fixtures';

/*
 * An HR officer writes a complete position description: five duties whose weights first
 * miss 100 (the checks say so), are fixed, the role is approved, edited, compared with its
 * approved version, and exported to Word — one role and a department handbook.
 */

async function createDepartmentAndRole(app: Page): Promise<void> {
  await app.getByRole('button', { name: '新建部门' }).click();
  await app.getByRole('textbox', { name: '部门名称' }).fill('人力资源部');
  await app.keyboard.press('Enter');
  await app.getByRole('button', { name: '新建岗位' }).click();
  await app.getByLabel('岗位名称', { exact: true }).fill('招聘主管');
}

const DUTIES = [
  ['制定年度招聘计划并组织实施', 30, '每年', '计划经总经理批准'],
  ['组织校园招聘与社会招聘活动', 20, '每季度', '到岗率 ≥ 95%'],
  ['审核用人部门的招聘需求', 15, '按需', '两个工作日内答复'],
  ['分析招聘渠道效果并优化投入', 15, '每月', '月度渠道分析报告'],
  ['指导招聘专员开展面试工作', 10, '每周', '面试评价表填写完整'],
] as const;

test('write, check, approve, compare and export a position description', async ({
  app,
}, testInfo) => {
  // Writing, approving, comparing and two exports (the handbook's options first).
  test.setTimeout(90_000);
  await createDepartmentAndRole(app);
  await app
    .getByRole('textbox', { name: '岗位目的', exact: true })
    .fill('为公司及时招聘合格人才，保障业务发展。');

  for (const [index, [text, weight, frequency, standard]] of DUTIES.entries()) {
    const n = index + 1;
    await app.getByRole('button', { name: '添加职责' }).click();
    await app.getByLabel(`职责 ${n}`, { exact: true }).fill(text);
    await app.getByLabel(`权重 % ${n}`, { exact: true }).fill(String(weight));
    await app.getByLabel(`频次 ${n}`, { exact: true }).click();
    await app
      .locator('.ant-select-dropdown:visible')
      .getByTitle(frequency, { exact: true })
      .click();
    await app.getByLabel(`工作标准 / 输出成果 ${n}`, { exact: true }).fill(standard);
  }

  // the weights add up to 90: the total says so, and so do the checks
  await expect(app.getByTestId('weight-total')).toContainText('90%，应为 100%');
  await expect(app.getByTestId('checks-summary')).toContainText('需修改');

  // fix it
  await app.getByLabel('权重 % 5', { exact: true }).fill('20');
  await expect(app.getByTestId('weight-total')).toHaveText('权重合计：100%');
  await app.keyboard.press('Control+s');
  await expect(app.getByText('已保存')).toBeVisible();
  await expect(app.getByTestId('checks-summary')).not.toContainText('权重合计');
  await app.getByLabel('职责 5', { exact: true }).scrollIntoViewIfNeeded();
  // No duty is marked any more (other sections may still ask for their required text).
  await expect(app.getByRole('region', { name: '工作职责' }).getByRole('note')).toHaveCount(0);
  await app.screenshot({ path: path.join(SCREENSHOTS, 'role-editor-zh-CN.png') });

  // approve as version 1
  await app.getByRole('button', { name: '批准' }).click();
  await app.getByLabel('修订说明：改了什么，为什么改').fill('首次发布');
  await app.getByLabel('批准人').fill('王芳');
  await app
    .getByRole('dialog')
    .getByRole('button', { name: /批\s*准/ })
    .click();
  await expect(app.getByText('版本 1', { exact: true })).toBeVisible();
  await expect(app.getByText('已批准', { exact: true }).first()).toBeVisible();

  // edit: a draft again
  await app.getByLabel('职责 3', { exact: true }).fill('审核各部门的年度招聘需求');
  await app.keyboard.press('Control+s');
  await expect(app.getByText('草稿', { exact: true }).first()).toBeVisible();

  // compare the draft with version 1
  await app.getByRole('button', { name: '历史版本' }).click();
  await expect(app.getByText('首次发布')).toBeVisible();
  await app.getByRole('button', { name: /比\s*较/ }).click();
  const comparison = app.getByTestId('compare-versions');
  await expect(comparison.locator('[data-change="removed"]')).toContainText(
    '审核用人部门的招聘需求',
  );
  await expect(comparison.locator('[data-change="added"]')).toContainText(
    '审核各部门的年度招聘需求',
  );
  await app.screenshot({ path: path.join(SCREENSHOTS, 'compare-versions-zh-CN.png') });
  await app.keyboard.press('Escape');

  // export the role: the browser host hands over a real .docx
  const roleDownload = app.waitForEvent('download');
  await app.getByRole('button', { name: '导出 Word' }).click();
  const roleFile = testInfo.outputPath((await roleDownload).suggestedFilename());
  await (await roleDownload).saveAs(roleFile);
  expect(path.basename(roleFile)).toBe('招聘主管.docx');
  const roleXml = await documentXml(roleFile);
  expect(roleXml).toContain('审核各部门的年度招聘需求');
  expect(roleXml).toContain('工作职责');

  // export the department handbook (approved versions), with its progress dialog
  await app.getByRole('tree').getByText('人力资源部').click();
  const handbookDownload = app.waitForEvent('download');
  await app.getByRole('button', { name: '导出部门手册（Word）' }).click();
  await app
    .getByRole('dialog')
    .getByRole('button', { name: /导\s*出/ })
    .click();
  await expect(app.getByRole('dialog')).toContainText('已保存');
  const handbookFile = testInfo.outputPath((await handbookDownload).suggestedFilename());
  await (await handbookDownload).saveAs(handbookFile);
  expect(await documentXml(handbookFile)).toContain('招聘主管');
  expect(fs.statSync(handbookFile).size).toBeGreaterThan(5000);
});

async function documentXml(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  return (await zip.file('word/document.xml')?.async('string')) ?? '';
}

test('reorder duties by dragging their handle', async ({ app }) => {
  await createDepartmentAndRole(app);
  for (const [index, text] of [
    '甲：编制月度报表',
    '乙：审核费用报销',
    '丙：组织季度盘点',
  ].entries()) {
    await app.getByRole('button', { name: '添加职责' }).click();
    await app.getByLabel(`职责 ${index + 1}`, { exact: true }).fill(text);
  }
  // Both checks (the position checks and the library-wide J rules) answer after the last edit
  // and put their findings under the duties; wait for both, so the rows stand still under the
  // pointer while it drags.
  await app.waitForResponse((response) => response.url().endsWith('/api/alignment:checkRole'));
  await expect(app.getByText(/共 3 项职责，其中 3 项没有填写权重/)).toBeVisible();
  const handle = app.getByRole('button', { name: /拖动第 3 项职责/ });
  await handle.dragTo(app.getByLabel('职责 1', { exact: true }));
  await expect(app.getByLabel('职责 1', { exact: true })).toHaveValue('丙：组织季度盘点');
  await expect(app.getByLabel('职责 2', { exact: true })).toHaveValue('甲：编制月度报表');
  await expect(app.getByLabel('职责 3', { exact: true })).toHaveValue('乙：审核费用报销');
});
