import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { expect, SCREENSHOTS, test } from './fixtures';

/*
 * An HR department publishes: it names itself and its document numbers in the document
 * settings (a wrong token is caught at the field), approves one role, and exports the
 * library's handbook of approved versions; the dialog names the roles left out.
 */
test.use({ seed: 'sample' });

test('document settings are saved, and a handbook of approved roles lists the ones left out', async ({
  app,
}) => {
  // Settings, an approval and a whole-library export: longer than one screen's worth.
  test.setTimeout(120_000);
  // the document settings, with a problem at the field first
  await app.getByRole('button', { name: '文件' }).hover();
  await app.getByText('文档设置…').click();
  const settings = app.getByRole('dialog', { name: '文档设置' });
  await settings.getByLabel('组织名称').fill('华东精密制造有限公司');
  await settings.getByLabel('文件编号').fill('HR-JD-{year}');
  await expect(settings).toContainText('未知的占位符 {year}');
  await expect(settings.getByRole('button', { name: /保\s*存/ })).toBeDisabled();
  await settings.getByLabel('文件编号').fill('HR-JD-{code}');
  await settings.getByLabel('保密声明').fill('内部资料 注意保密');
  await app.screenshot({ path: path.join(SCREENSHOTS, 'document-settings-zh-CN.png') });
  await settings.getByRole('button', { name: /保\s*存/ }).click();
  await expect(app.getByText('文档设置已保存')).toBeVisible();

  // saved in the library: opening the dialog again shows them
  await app.getByRole('button', { name: '文件' }).hover();
  await app.getByText('文档设置…').click();
  await expect(settings.getByLabel('组织名称')).toHaveValue('华东精密制造有限公司');
  await expect(settings.getByLabel('文件编号')).toHaveValue('HR-JD-{code}');
  await app.keyboard.press('Escape');
  await expect(settings).toBeHidden();

  // approve one role
  await app.getByRole('searchbox').fill('人力资源经理');
  await app.getByRole('option', { name: '人力资源经理' }).click();
  await expect(app.getByLabel('岗位名称', { exact: true })).toHaveValue('人力资源经理');
  await expect(app.getByTestId('checks-summary')).toBeVisible();
  await app.getByRole('button', { name: '批准' }).click();
  await app.getByLabel('修订说明：改了什么，为什么改').fill('首次发布');
  await app.getByLabel('批准人').fill('王芳');
  await app
    .getByRole('dialog')
    .getByRole('button', { name: /批\s*准/ })
    .click();
  await expect(app.getByText('已批准', { exact: true }).first()).toBeVisible();

  // the whole library's handbook of approved versions
  await app.getByRole('tree').getByText('全部岗位').click();
  const download = app.waitForEvent('download');
  await app.getByRole('button', { name: '导出部门手册（Word）' }).click();
  const dialog = app.getByRole('dialog');
  await expect(dialog.getByLabel('仅已批准版本')).toBeChecked();
  await dialog.getByRole('button', { name: /导\s*出/ }).click();
  await expect(dialog).toContainText('已保存');
  expect((await download).suggestedFilename()).toContain('华东精密制造有限公司');
  const leftOut = dialog.getByTestId('handbook-left-out');
  await expect(leftOut).toContainText('行政专员');
  await expect(leftOut).not.toContainText('人力资源经理');
  await app.screenshot({ path: path.join(SCREENSHOTS, 'handbook-left-out-zh-CN.png') });

  // the same dialog in English
  await dialog.getByRole('button', { name: '关 闭' }).click();
  await app.getByText('English', { exact: true }).click();
  await app.getByRole('button', { name: 'Export handbook (Word)' }).click();
  await expect(app.getByRole('dialog')).toContainText('Approved versions only');
  await app.screenshot({ path: path.join(SCREENSHOTS, 'handbook-options-en.png') });
});

test('an approved version says who approved it, and that version exports from the history', async ({
  app,
}) => {
  test.setTimeout(120_000);
  await app.getByRole('searchbox').fill('人力资源经理');
  await app.getByRole('option', { name: '人力资源经理' }).click();
  await expect(app.getByTestId('checks-summary')).toBeVisible();
  await app.getByRole('button', { name: '批准' }).click();
  await app.getByLabel('修订说明：改了什么，为什么改').fill('首次发布');
  const approve = app.getByRole('dialog').getByRole('button', { name: /批\s*准/ });
  // 批准人 is required: the documents print it.
  await expect(approve).toBeDisabled();
  await app.getByLabel('批准人').fill('王芳');
  await approve.click();
  await expect(app.getByText('已批准', { exact: true }).first()).toBeVisible();

  await app.getByRole('button', { name: '历史版本' }).click();
  const drawer = app.getByRole('dialog', { name: '版本历史' });
  await expect(drawer).toContainText('批准人：王芳');
  await app.screenshot({ path: path.join(SCREENSHOTS, 'history-approver-zh-CN.png') });
  const download = app.waitForEvent('download');
  await drawer.getByRole('button', { name: '导出此版本（Word）' }).click();
  const file = await (await download).path();
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const headers = await Promise.all(
    Object.keys(zip.files)
      .filter((name) => /^word\/header\d*\.xml$|^word\/roleHeader\d*\.xml$/.test(name))
      .map((name) => zip.file(name)?.async('string') ?? ''),
  );
  expect(headers.join('').replace(/<[^>]+>/g, '')).toContain('王芳批准');
});
