import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { buildHandbook } from '../../../electron/export/handbook';
import { createServices } from '../../../electron/ipc/handlers';
import { createLibraryFile } from '../../../electron/library/createLibrary';
import { LibrarySession } from '../../../electron/library/librarySession';
import { NO_DIALOGS } from '../../../electron/services/libraryService';
import { enContext, zhContext } from './sampleRoles';
import type { RoleExportContext } from '../../../electron/export/context';

/*
 * The contents' page numbers, read back from the PDF LibreOffice makes of the handbook: the
 * number printed beside each role is the page its title is on. LibreOffice prints the cached
 * field results as they are, so this checks the page plan the contents were written from.
 */

const run = promisify(execFile);
const CONVERT_TIMEOUT = 180_000;
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'roleflow-contents-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

/** The PDF's text, one string per page. */
async function pdfPages(name: string, docx: Buffer): Promise<string[]> {
  const file = path.join(folder, `${name}.docx`);
  fs.writeFileSync(file, docx);
  const profile = pathToFileURL(path.join(folder, `profile-${name}`)).href;
  await run(
    'soffice',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      folder,
      file,
    ],
    { timeout: CONVERT_TIMEOUT },
  );
  const { stdout } = await run('pdftotext', ['-layout', path.join(folder, `${name}.pdf`), '-']);
  return stdout.split('\f');
}

/** Contents lines "title ....... 12" from the contents pages (after the cover). */
function contentsNumbers(pages: string[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const page of pages.slice(1)) {
    const lines = [...page.matchAll(/^\s*(\S.*?)\s*\.{3,}\s*(\d+)\s*$/gm)];
    if (lines.length === 0) break;
    for (const [, title, n] of lines) numbers.set(title ?? '', Number(n));
  }
  return numbers;
}

/** The first page (1-based) on which `title` stands alone on a line: its heading. */
function pageOfHeading(pages: string[], title: string, after: number): number | null {
  for (let i = after; i < pages.length; i++) {
    if ((pages[i] ?? '').split('\n').some((line) => line.trim() === title)) return i + 1;
  }
  return null;
}

function expectNumbersMatchPages(pages: string[], titles: string[]) {
  const numbers = contentsNumbers(pages);
  const contentsEnd = Math.min(...numbers.values()) - 1;
  const found = titles.map((title) => [title, pageOfHeading(pages, title, contentsEnd)]);
  expect(found).toEqual(titles.map((title) => [title, numbers.get(title) ?? null]));
}

/** Thirty roles of varied length, both templates: 1 to 9 duties, longer and shorter texts. */
function variedRoles(): RoleExportContext[] {
  return Array.from({ length: 30 }, (_, i) => {
    const base = i % 3 === 2 ? enContext() : zhContext();
    const duties = base.role.duties.slice(0, 1 + (i % 9));
    const title = base.template === 'zh' ? `岗位 ${i + 1}` : `Role ${i + 1}`;
    return { ...base, role: { ...base.role, id: i + 1, title, duties } };
  });
}

describe('handbook contents page numbers in LibreOffice', () => {
  it(
    'are the pages the roles start on, for thirty generated roles',
    async () => {
      const roles = variedRoles();
      const docx = await buildHandbook({
        title: '职位说明书汇编',
        departmentName: null,
        groups: [
          { name: '综合管理部', roles: roles.slice(0, 12) },
          { name: '业务部', roles: roles.slice(12) },
        ],
        lang: 'zh',
      });
      const pages = await pdfPages('generated', docx);
      expectNumbersMatchPages(pages, ['综合管理部', '业务部', ...roles.map((r) => r.role.title)]);
    },
    CONVERT_TIMEOUT,
  );

  it(
    'are the pages the roles start on, for the sample library',
    async () => {
      const file = path.join(folder, 'sample.roleflow');
      createLibraryFile(file, { seed: 'sample' });
      const session = new LibrarySession();
      session.open(file, { create: false });
      const services = createServices({ session, dialogs: NO_DIALOGS, settings: null });
      const { jobId } = await services.exports.startHandbook({
        departmentId: null,
        versions: 'latest',
        template: 'own',
      });
      let job = services.exports.job(jobId);
      while (job.state === 'running') {
        await new Promise((resolve) => setTimeout(resolve, 50));
        job = services.exports.job(jobId);
      }
      session.close();
      expect(job.state).toBe('done');
      const pages = await pdfPages('sample', Buffer.from(job.data ?? '', 'base64'));
      const titles = [...contentsNumbers(pages).keys()];
      expect(titles.length).toBeGreaterThan(5);
      expectNumbersMatchPages(pages, titles);
    },
    CONVERT_TIMEOUT,
  );
});
