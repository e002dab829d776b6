import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Document, Packer } from 'docx';
import { sectionHeading, textParagraphs } from '../../../electron/export/blocks';
import { fontTableOverride } from '../../../electron/export/fontTable';
import { rolePageCount } from '../../../electron/export/pagination';
import {
  buildRoleDocx,
  buildRoleSections,
  documentOptions,
} from '../../../electron/export/roleDocument';
import { variedContexts, zhEightDuties } from './variedRoles';

/*
 * The page plan against LibreOffice (Carlito for Calibri, Noto Sans CJK for Chinese, as CI
 * installs them): each role's PDF has exactly rolePageCount pages, a Chinese role of eight
 * duties takes two, a duty table that fits is on one page with its total, and the signature
 * block is never alone. Pages are rendered to test-results/pages/ for a human look. Fails
 * (never skips) when the tools are missing.
 */

const run = promisify(execFile);
const CONVERT_TIMEOUT = 240_000;
const PREVIEWS = path.resolve('test-results/pages');

const cases = variedContexts();
/** A role under an opening (a handbook's department heading and a note), planned with it. */
const opened = zhEightDuties('sectioned');
const opening = [
  sectionHeading('人力资源部', 'zh'),
  ...textParagraphs('负责公司人力资源规划、招聘、薪酬与绩效管理。\n下设招聘组、薪酬组。', 'zh'),
];
let folder = '';
/** Per case: the text of each page (pdftotext -raw, split at form feeds). */
const pages = new Map<string, string[]>();

const squeeze = (text: string) => text.replace(/\s+/g, '');

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'roleflow-pages-'));
  const files = await Promise.all(
    cases.map(async ([, ctx], i) => {
      const file = path.join(folder, `role${i}.docx`);
      fs.writeFileSync(file, await buildRoleDocx(ctx));
      return file;
    }),
  );
  const openedFile = path.join(folder, 'opened.docx');
  const document = new Document({
    ...documentOptions('opened', 'zh'),
    sections: [buildRoleSections(opened, { opening })],
  });
  fs.writeFileSync(openedFile, await Packer.toBuffer(document, false, [fontTableOverride()]));
  files.push(openedFile);
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
      ...files,
    ],
    { timeout: CONVERT_TIMEOUT },
  );
  fs.mkdirSync(PREVIEWS, { recursive: true });
  for (const [i, [name]] of cases.entries()) {
    const pdf = path.join(folder, `role${i}.pdf`);
    if (!fs.existsSync(pdf)) throw new Error(`LibreOffice did not convert ${name}`);
    const text = (await run('pdftotext', ['-raw', pdf, '-'])).stdout;
    pages.set(name, text.split('\f').slice(0, -1));
    await run('pdftoppm', ['-png', '-r', '60', pdf, path.join(PREVIEWS, `role${i}`)]);
  }
  const openedText = (await run('pdftotext', ['-raw', path.join(folder, 'opened.pdf'), '-']))
    .stdout;
  pages.set('opened', openedText.split('\f').slice(0, -1));
}, CONVERT_TIMEOUT + 60_000);

afterAll(() => {
  if (folder !== '') fs.rmSync(folder, { recursive: true, force: true });
});

describe('page plans in LibreOffice', () => {
  it('has exactly the planned number of pages, for every kind of role', () => {
    const counted = cases.map(([name, ctx]) => [name, pages.get(name)?.length, rolePageCount(ctx)]);
    for (const [name, pdf, planned] of counted) expect(pdf, String(name)).toBe(planned);
    expect(cases.length).toBeGreaterThanOrEqual(10);
    // With an opening above the title, counted by the plan too.
    expect(pages.get('opened')?.length).toBe(rolePageCount(opened, opening));
    expect(rolePageCount(opened, opening)).toBeGreaterThan(1);
  });

  it('prints a Chinese role of eight duties on two pages, the duty table whole on page 1', () => {
    const [first, ...rest] = pages.get('zh 8 duties, form') ?? [];
    expect(rest).toHaveLength(1);
    const page1 = squeeze(first ?? '');
    for (const expected of ['一、基本信息', '三、工作职责', '维护人力资源信息系统', '合计100%']) {
      expect(page1).toContain(expected);
    }
  });

  it('keeps an English duty table of about 71 % of a page on one page, with its total', () => {
    const list = pages.get('en table at ~71 % of a page') ?? [];
    const holding = list.filter((page) => page.includes('Essential function'));
    expect(holding).toHaveLength(1);
    const page = holding[0] ?? '';
    expect(page).toMatch(/Total\s+100%/);
    expect(page).toContain('Review job descriptions with line managers');
  });

  it('never leaves the signature block or the export date alone on a page', () => {
    for (const [name, ctx] of cases) {
      const last = squeeze(pages.get(name)?.at(-1) ?? '');
      const [closing, before] =
        ctx.template === 'en'
          ? ['Acknowledgement', 'Disclaimer']
          : ['十、签字确认', '九、职业发展'];
      // The section before the signatures (its heading with it) ends on their page.
      expect(last, name).toContain(closing);
      expect(last, name).toContain(before);
      expect(last).toMatch(/导出日期|Exported/);
    }
  });
});
