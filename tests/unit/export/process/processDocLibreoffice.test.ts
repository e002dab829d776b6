import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProcessDocContext } from '../../../../electron/export/process/context';
import { MAP_DPI, mapTextPt } from '../../../../electron/export/process/mapImages';
import { buildProcessHandbook } from '../../../../electron/export/process/processHandbook';
import { buildProcessDocx, MAP_AREA } from '../../../../electron/export/process/processDocument';
import { MIN_TEXT_PT } from '../../../../shared/picture';
import {
  AS_IS,
  contextOf,
  EXPENSES,
  EXPORTED_AT,
  sampleServices,
  ZH_HEADINGS,
} from './insurerFixture';

/*
 * The 流程说明书 and the process handbook opened in LibreOffice: converted to PDF, read back
 * with poppler (pdftotext for the text, pdfimages for the map pictures' size on the page), the
 * pages rendered to test-results/process-doc/ for a human look. Fails (never skips) without
 * the tools; CI installs them.
 */

const run = promisify(execFile);
const PREVIEWS = path.resolve('test-results/process-doc');
const CONVERT_TIMEOUT = 300_000;
const squeeze = (text: string) => text.replace(/\s+/g, '');

let folder = '';
let zh: ProcessDocContext;
let expenses: ProcessDocContext;
const pdfs = new Map<string, string>();

async function pageTexts(pdf: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-layout', pdf, '-'], { maxBuffer: 1 << 26 });
  return stdout.split('\f');
}

beforeAll(async () => {
  const services = sampleServices();
  zh = contextOf(services, AS_IS, 'zh');
  expenses = contextOf(services, EXPENSES, 'zh');
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'roleflow-process-doc-'));
  const documents = {
    process: await buildProcessDocx(zh),
    handbook: await buildProcessHandbook({
      title: '流程说明书汇编',
      scopeName: null,
      lang: 'zh',
      date: EXPORTED_AT,
      entries: [
        { departmentName: '保险业务示例 / Insurance case', ctx: zh },
        { departmentName: '财务部', ctx: expenses },
      ],
    }),
  };
  for (const [name, bytes] of Object.entries(documents)) {
    fs.writeFileSync(path.join(folder, `${name}.docx`), bytes);
  }
  const profile = pathToFileURL(path.join(folder, 'profile')).href;
  // One conversion at a time (the machine is shared): both files in one soffice run.
  await run(
    'soffice',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      folder,
      ...Object.keys(documents).map((name) => path.join(folder, `${name}.docx`)),
    ],
    { timeout: CONVERT_TIMEOUT },
  );
  fs.mkdirSync(PREVIEWS, { recursive: true });
  for (const name of Object.keys(documents)) {
    const pdf = path.join(folder, `${name}.pdf`);
    if (!fs.existsSync(pdf)) throw new Error(`LibreOffice did not convert ${name}.docx`);
    pdfs.set(name, pdf);
  }
  await run('pdftoppm', [
    '-png',
    '-r',
    '50',
    '-l',
    '12',
    pdfs.get('process') ?? '',
    path.join(PREVIEWS, 'process'),
  ]);
}, CONVERT_TIMEOUT + 240_000);

afterAll(() => {
  if (folder !== '') fs.rmSync(folder, { recursive: true, force: true });
});

describe('流程说明书 in LibreOffice', () => {
  it('prints every section heading and the steps', async () => {
    const text = squeeze((await pageTexts(pdfs.get('process') ?? '')).join('\n'));
    for (const heading of ZH_HEADINGS) expect(text, heading).toContain(squeeze(heading));
    expect(text).toContain('流程说明表');
    expect(text).toContain(squeeze('接收投保申请书并加盖收件章'));
  });

  it('shows the map pictures across the page, printed at 100 % so labels stay ≥ 7 pt', async () => {
    const { stdout } = await run('pdfimages', ['-list', pdfs.get('process') ?? '']);
    // page num type width height color comp bpc enc interp object ID x-ppi y-ppi …
    const images = stdout
      .split('\n')
      .slice(2)
      .map((line) => line.trim().split(/\s+/))
      .filter((cols) => cols.length > 13 && cols[2] === 'image')
      .map((cols) => ({ page: Number(cols[0]), width: Number(cols[3]), ppi: Number(cols[12]) }));
    expect(images).toHaveLength(zh.mapPages.length);
    for (const image of images) {
      const widthPt = (image.width / image.ppi) * 72;
      // The map section's text width is MAP_AREA.width: the picture fills it.
      expect(widthPt / MAP_AREA.width).toBeGreaterThanOrEqual(0.8);
      const printedScale = MAP_DPI / image.ppi;
      expect(mapTextPt(zh.process.graph, MAP_AREA) * printedScale).toBeGreaterThanOrEqual(
        MIN_TEXT_PT - 0.05,
      );
    }
    // One picture a page, on consecutive pages.
    const pages = images.map((image) => image.page);
    expect(new Set(pages).size).toBe(pages.length);
  });
});

describe('process handbook in LibreOffice', () => {
  it('has contents whose page numbers are the pages the processes start on', async () => {
    const pages = await pageTexts(pdfs.get('handbook') ?? '');
    const contents = pages[1] ?? '';
    for (const ctx of [zh, expenses]) {
      // The running header names the process on each of its pages: the first one after the
      // contents is where it starts.
      const key = ctx.process.name.slice(0, 6);
      const line = contents.split('\n').find((l) => l.includes(key));
      const listed = Number(/(\d+)\s*$/.exec(line ?? '')?.[1]);
      const starts = pages.findIndex((page, at) => at > 1 && page.includes(key));
      expect(starts, key).toBeGreaterThan(1);
      expect(listed, key).toBe(starts + 1);
    }
  });
});
