import path from 'node:path';
import type { Page } from '@playwright/test';
import JSZip from 'jszip';
import fs from 'node:fs';
import { expect, SCREENSHOTS, test } from './fixtures';

/*
 * A consultant hands over a 流程说明书: from the insurer's as-is map, Export ▸ 流程说明书（Word）
 * writes the document of the saved map; from the process list, 流程说明书汇编 builds the
 * handbook of every process with a progress dialog. The files are opened as zips and read.
 */
test.use({ seed: 'sample' });
test.setTimeout(600_000);

async function documentXml(file: string): Promise<{ xml: string; media: string[] }> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return { xml, media: Object.keys(zip.files).filter((name) => name.startsWith('word/media/')) };
}

async function openExportItem(app: Page, item: string): Promise<void> {
  const entry = app.getByText(item, { exact: true });
  // The menu opens on hover; hovered again until the item shows (a closing drawer may cover it).
  await expect(async () => {
    await app.mouse.move(0, 0);
    await app.getByRole('button', { name: '导出' }).hover();
    await expect(entry).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 20_000 });
  await app.screenshot({ path: path.join(SCREENSHOTS, 'process-doc-menu-zh-CN.png') });
  await entry.click();
}

test('export the insurer map as a 流程说明书 from the editor', async ({ app }, testInfo) => {
  await app.getByText('工作流程', { exact: true }).click();
  await app.getByRole('option', { name: /保单签发（现状）/ }).click();
  await expect(app.getByTestId('process-canvas')).toBeVisible();

  // Rasterising the map's pages takes seconds alone and minutes on a shared, busy machine.
  const download = app.waitForEvent('download', { timeout: 420_000 });
  await openExportItem(app, '流程说明书（Word）');
  await expect(app.getByText('正在生成流程说明书…')).toBeVisible();
  const file = testInfo.outputPath('insurer.docx');
  const arrived = await download;
  expect(arrived.suggestedFilename()).toMatch(/流程说明书\.docx$/);
  await arrived.saveAs(file);
  await expect(app.getByText(/已保存 .*流程说明书\.docx/)).toBeVisible();

  const { xml, media } = await documentXml(file);
  for (const heading of ['一、修订记录', '六、流程图', '七、流程说明表', '附录 B：作业指导书']) {
    expect(xml).toContain(heading);
  }
  expect(media.length).toBeGreaterThan(0);
});

test('build the process handbook of the library from the process list', async ({
  app,
}, testInfo) => {
  await app.getByText('工作流程', { exact: true }).click();
  const download = app.waitForEvent('download', { timeout: 420_000 });
  await app.getByRole('button', { name: '流程说明书汇编' }).click();
  const dialog = app.getByRole('dialog', { name: '流程说明书汇编（Word）' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('status')).toContainText(/已完成 \d+ \/ 3 个流程|正在开始/);
  await app.screenshot({ path: path.join(SCREENSHOTS, 'process-handbook-zh-CN.png') });
  const file = testInfo.outputPath('handbook.docx');
  await (await download).saveAs(file);
  await expect(dialog.getByRole('status')).toContainText('已保存');
  await dialog.getByRole('button', { name: '关 闭', exact: true }).click();
  await expect(dialog).toBeHidden();

  const { xml } = await documentXml(file);
  expect(xml).toContain('目 录');
  expect(xml.match(/PAGEREF _RoleFlow_process_\d+/g)).toHaveLength(3);
});
