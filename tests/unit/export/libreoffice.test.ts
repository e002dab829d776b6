import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHandbook } from '../../../electron/export/handbook';
import { buildRoleDocx } from '../../../electron/export/roleDocument';
import { enContext, manyContexts, zhContext } from './sampleRoles';

/*
 * Opens the exports in a real word processor: LibreOffice converts them to PDF, poppler
 * reads the text back and renders the first pages to test-results/docx/ for a human look.
 * This catches what XML assertions cannot: a package LibreOffice refuses, Chinese drawn as
 * boxes, a layout that falls apart. It fails (never skips) when the tools are missing.
 */

const run = promisify(execFile);
const INSTALL = 'apt-get install libreoffice-writer-nogui poppler-utils';
const PREVIEWS = path.resolve('test-results/docx');
const CONVERT_TIMEOUT = 120_000;

async function which(command: string): Promise<string | null> {
  try {
    const { stdout } = await run('which', [command]);
    return stdout.trim() || null;
  } catch {
    return null;
  }
}

/** Whitespace removed: table cells wrap lines wherever the column ends. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

let folder = '';
const pdfText = new Map<string, string>();
const pdfFonts = new Map<string, string>();

beforeAll(async () => {
  const missing = [];
  for (const tool of ['soffice', 'pdftotext', 'pdftoppm', 'pdffonts']) {
    if ((await which(tool)) === null) missing.push(tool);
  }
  if (missing.length > 0) {
    throw new Error(
      `${missing.join(', ')} not found: the LibreOffice export check needs them. ` +
        `Install with: ${INSTALL} (CI installs them).`,
    );
  }

  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'roleflow-lo-'));
  const documents = {
    zh: await buildRoleDocx(zhContext({ layout: 'sectioned' })),
    en: await buildRoleDocx(enContext()),
    handbook: await buildHandbook({
      title: '人力资源部职位说明书汇编',
      departmentName: '人力资源部',
      groups: [{ name: '人力资源部', roles: manyContexts(3) }],
      lang: 'zh',
    }),
  };
  for (const [name, buffer] of Object.entries(documents)) {
    fs.writeFileSync(path.join(folder, `${name}.docx`), buffer);
  }
  // A private profile, so parallel runs (and a user's open LibreOffice) don't clash.
  const profile = pathToFileURL(path.join(folder, 'profile')).href;
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
    // -raw keeps each table cell's text together.
    pdfText.set(name, (await run('pdftotext', ['-raw', pdf, '-'])).stdout);
    pdfFonts.set(name, (await run('pdffonts', [pdf])).stdout);
    await run('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-f',
      '1',
      '-l',
      '2',
      pdf,
      path.join(PREVIEWS, name),
    ]);
  }
}, CONVERT_TIMEOUT + 30_000);

afterAll(() => {
  if (folder !== '') fs.rmSync(folder, { recursive: true, force: true });
});

describe('exports opened in LibreOffice', () => {
  it('renders the Chinese position description with its Chinese text', () => {
    const text = squeeze(pdfText.get('zh') ?? '');
    for (const expected of [
      '一、基本信息',
      '三、工作职责',
      '职责描述',
      '制定公司年度人力资源规划，报总经理审批后组织实施',
      '管理与执行',
      '合计100%',
      '十、签字确认',
      '第1页共',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('draws Chinese with a CJK font, not boxes', () => {
    const fonts = pdfFonts.get('zh') ?? '';
    expect(fonts, 'no CJK font embedded: install fonts-noto-cjk (or another Chinese font)').toMatch(
      /CJK|WenQuanYi|SourceHan|Droid|YaHei|SimSun|Hei|Song/i,
    );
  });

  it('renders the English job description headings', () => {
    const text = pdfText.get('en') ?? '';
    for (const heading of [
      'Job Information',
      'Summary',
      'Essential Functions',
      'Supervisory Responsibilities',
      'Physical Demands and Work Environment',
      'Acknowledgement',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toMatch(/Page 1 of \d/);
    expect(text).toContain('HR Manager · Version 3');
  });

  it('opens the assembled handbook: cover, contents, each role on its own pages', () => {
    const text = pdfText.get('handbook') ?? '';
    const pages = text.split('\f');
    expect(pages[0]).toContain('共 3 个岗位');
    expect(squeeze(pages[1] ?? '')).toContain('目录');
    const starts = pages.map((page) => /人力资源经理 (\d) · 版本 3/.exec(page)?.[1]);
    expect(starts.filter((n) => n !== undefined)).toContain('3');
    expect(new Set(starts.filter((n) => n !== undefined))).toEqual(new Set(['1', '2', '3']));
  });

  it('leaves previews of the first pages for a human look', () => {
    for (const name of ['zh', 'en', 'handbook']) {
      const previews = fs.readdirSync(PREVIEWS).filter((f) => f.startsWith(`${name}-`));
      expect(previews.length).toBeGreaterThanOrEqual(1);
    }
  });
});
