import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import JSZip from 'jszip';
import { insurerProcesses } from '../../electron/library/seed/insurerProcess';
import { expect, SCREENSHOTS, settled, test } from './fixtures';

/*
 * A consultant exports the insurer's as-is map for a client report: a tiled A4 landscape PDF
 * through the export dialog, which says how many pages it will be before anything is made.
 * The PDF is read back with poppler (pages, text) and its first page rendered for a look;
 * a fitted A3 PNG and an SVG are exported too, in both languages.
 */
// With motion on (the default of most systems): the dialog is waited for as it zooms in.
test.use({ seed: 'sample', reducedMotion: 'no-preference' });
test.setTimeout(300_000);

const [asIs] = insurerProcesses({ department: () => 1, role: () => 1 });
const graph = asIs?.graph ?? { lanes: [], nodes: [], edges: [] };
const squeeze = (text: string) => text.replace(/\s+/g, '');

async function openInsurerMap(app: Page, processes: string, map: RegExp): Promise<void> {
  await app.getByText(processes, { exact: true }).click();
  await app.getByRole('option', { name: map }).click();
  await expect(app.getByTestId('process-canvas')).toBeVisible();
}

async function openDialog(app: Page, exportLabel: string, item: string, title: string) {
  await app.getByRole('button', { name: exportLabel }).hover();
  await app.getByText(item, { exact: true }).click();
  const dialog = app.getByRole('dialog', { name: title });
  await expect(dialog).toBeVisible();
  await settled(dialog);
  return dialog;
}

test('export the insurer map as a tiled A4 landscape PDF', async ({ app }, testInfo) => {
  await openInsurerMap(app, '工作流程', /保单签发（现状）/);
  const dialog = await openDialog(app, '导出', '导出图片（PDF、PNG、SVG）…', '导出流程图');
  // PDF, tiled, A4 landscape are what a horizontal map starts with; chosen explicitly anyway.
  await dialog.getByRole('radio', { name: 'PDF' }).check();
  await dialog.getByRole('radio', { name: '分页平铺' }).check();
  // Paper and orientation are button-style radios: the user clicks their labels.
  await dialog.getByText('A4', { exact: true }).click();
  await dialog.getByText('横向', { exact: true }).click();
  await expect(dialog.getByRole('radio', { name: '横向' })).toBeChecked();
  const summary = dialog.getByTestId('picture-summary');
  await expect(summary).toContainText(/共 \d+ 页/);
  const pages = Number(/共 (\d+) 页/.exec((await summary.textContent()) ?? '')?.[1]);
  expect(pages).toBeGreaterThan(1);
  await app.screenshot({ path: path.join(SCREENSHOTS, 'picture-export-dialog-zh-CN.png') });

  const download = app.waitForEvent('download', { timeout: 90_000 });
  await dialog.getByRole('button', { name: /导\s*出/ }).click();
  const file = testInfo.outputPath('insurer.pdf');
  await (await download).saveAs(file);
  await expect(dialog).toBeHidden();

  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  expect(info).toMatch(new RegExp(`Pages:\\s+${pages}\\n`));
  expect(info).toMatch(/Page size:\s+841\.89 x 595\.28 pts \(A4\)/);
  const text = squeeze(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
  for (const lane of graph.lanes) expect(text, lane.name).toContain(squeeze(lane.name));
  for (const node of graph.nodes) expect(text, node.label).toContain(squeeze(node.label));
  expect(text).toContain(squeeze(`第 ${pages} 页 / 共 ${pages} 页`));

  // The first page, as a consultant would see it in a report.
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '80',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    file,
    path.join(SCREENSHOTS, 'picture-pdf-a4-landscape-zh-CN'),
  ]);
});

test('export a fitted A3 PNG, tiled PNG pages and an SVG, in English', async ({
  app,
}, testInfo) => {
  await app.getByText('English', { exact: true }).click();
  await openInsurerMap(app, 'Processes', /Policy issuing \(as-is\)/);

  let dialog = await openDialog(app, 'Export', 'Picture (PDF, PNG, SVG)…', 'Export picture');
  await dialog.getByRole('radio', { name: 'PNG (300 dpi)' }).check();
  await dialog.getByRole('radio', { name: 'One page, fitted' }).check();
  await dialog.getByText('A3', { exact: true }).click();
  await expect(dialog.getByRole('radio', { name: 'A3' })).toBeChecked();
  await expect(dialog.getByTestId('picture-summary')).toContainText('1 page');
  await app.screenshot({ path: path.join(SCREENSHOTS, 'picture-export-dialog-en.png') });
  let download = app.waitForEvent('download', { timeout: 90_000 });
  await dialog.getByRole('button', { name: 'Export' }).click();
  const png = testInfo.outputPath('insurer.png');
  await (await download).saveAs(png);
  const bytes = fs.readFileSync(png);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  // 420 × 297 mm at 300 dpi.
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([4961, 3508]);
  fs.copyFileSync(png, path.join(SCREENSHOTS, 'picture-png-a3-fitted-en.png'));

  // Tiled PNG: one .zip holding a 300 dpi PNG per page, in page order.
  dialog = await openDialog(app, 'Export', 'Picture (PDF, PNG, SVG)…', 'Export picture');
  await dialog.getByRole('radio', { name: 'PNG (300 dpi)' }).check();
  await dialog.getByRole('radio', { name: 'Tiled across pages' }).check();
  const summary = dialog.getByTestId('picture-summary');
  await expect(summary).toContainText('the files come in one .zip');
  const pages = Number(/(\d+) pages/.exec((await summary.textContent()) ?? '')?.[1]);
  download = app.waitForEvent('download', { timeout: 120_000 });
  await dialog.getByRole('button', { name: 'Export' }).click();
  const zipFile = testInfo.outputPath('insurer-png.zip');
  await (await download).saveAs(zipFile);
  const zip = await JSZip.loadAsync(fs.readFileSync(zipFile));
  const names = Object.keys(zip.files);
  expect(names).toHaveLength(pages);
  expect(names[0]).toMatch(/ - 01\.png$/);

  dialog = await openDialog(app, 'Export', 'Picture (PDF, PNG, SVG)…', 'Export picture');
  await dialog.getByRole('radio', { name: 'SVG' }).check();
  await dialog.getByRole('radio', { name: 'One page, fitted' }).check();
  download = app.waitForEvent('download', { timeout: 90_000 });
  await dialog.getByRole('button', { name: 'Export' }).click();
  const svgFile = testInfo.outputPath('insurer.svg');
  await (await download).saveAs(svgFile);
  const svg = fs.readFileSync(svgFile, 'utf8');
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svg).toContain('Page 1 of 1');
  // The SVG as a browser shows it.
  await app.setContent(`<body style="margin:0">${svg}</body>`);
  await app.screenshot({ path: path.join(SCREENSHOTS, 'picture-svg-fitted-en.png') });
});
