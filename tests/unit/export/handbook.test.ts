import { describe, expect, it } from 'vitest';
import { buildHandbook, ROLES_PER_CHUNK } from '../../../electron/export/handbook';
import {
  fieldInstructions,
  paragraphs,
  readDocx,
  relationshipTargets,
  texts,
  type DocxParts,
} from './docxXml';
import { manyContexts } from './sampleRoles';

const TITLE = '人力资源部职位说明书汇编';

async function threeRoles(onProgress?: (done: number, total: number) => void) {
  const buffer = await buildHandbook({
    title: TITLE,
    departmentName: '人力资源部',
    groups: [{ name: '人力资源部', roles: manyContexts(3) }],
    lang: 'zh',
    onProgress,
  });
  return readDocx(buffer);
}

/** Each section's properties, in order. */
const sections = (document: string) => document.match(/<w:sectPr>[^]*?<\/w:sectPr>/g) ?? [];

const referenceIn = (sectPr: string, kind: 'header' | 'footer') =>
  new RegExp(`<w:${kind}Reference w:type="default" r:id="([^"]+)"`).exec(sectPr)?.[1];

async function headerTextOf(parts: DocxParts, sectPr: string): Promise<string> {
  const id = referenceIn(sectPr, 'header');
  const target = id === undefined ? undefined : relationshipTargets(parts.rels).get(id);
  if (target === undefined) return '';
  return texts(await parts.read(`word/${target}`)).join('');
}

describe('buildHandbook', () => {
  it('starts with a cover: title, department, role count and date', async () => {
    const { document } = await threeRoles();
    const coverEnd = document.indexOf('</w:p>', document.indexOf('</w:sectPr>'));
    const cover = paragraphs(document.slice(0, coverEnd + '</w:p>'.length));
    expect(cover).toEqual(
      expect.arrayContaining([TITLE, '人力资源部', '共 3 个岗位', '编制日期：2024-06-18']),
    );
    // The cover section has no header and no page number.
    const [coverSection] = sections(document);
    expect(referenceIn(coverSection ?? '', 'header')).toBeUndefined();
    expect(referenceIn(coverSection ?? '', 'footer')).toBeUndefined();
  });

  it('has a table of contents with page numbers, an entry per department and per role', async () => {
    const { document, settings } = await threeRoles();
    expect(fieldInstructions(document)).toContain('TOC \\o "1-2" \\h \\z \\u');
    expect(document).toContain('<w:docPartGallery w:val="Table of Contents"/>');
    // The numbers are there already: Word has no reason to ask to update fields.
    expect(settings).not.toMatch(/<w:updateFields/);
    const numbers = [...document.matchAll(/PAGEREF [^<]*<\/w:instrText>[^]*?<w:t[^>]*>(\d+)</g)];
    // Cover 1, contents 2, the department's page 3, then two pages per role (form layout).
    expect(numbers.map((m) => Number(m[1]))).toEqual([3, 4, 6, 8]);
    const anchors = [...document.matchAll(/<w:hyperlink [^>]*w:anchor="([^"]+)"/g)].map(
      (m) => m[1],
    );
    expect(anchors).toEqual([
      '_RoleFlow_department_1',
      '_RoleFlow_role_1',
      '_RoleFlow_role_2',
      '_RoleFlow_role_3',
    ]);
    // Each entry links to a bookmark on its role's title.
    for (const [i, anchor] of anchors.slice(1).entries()) {
      const start = new RegExp(`<w:bookmarkStart w:name="${anchor}" w:id="(\\d+)"/>`).exec(
        document,
      );
      expect(start).not.toBeNull();
      const after = document.slice(start?.index ?? 0, (start?.index ?? 0) + 2000);
      expect(texts(after)[0]).toBe(`人力资源经理 ${i + 1}`);
    }
    const ids = [...document.matchAll(/<w:bookmarkStart [^>]*w:id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(fieldInstructions(document).filter((f) => f.startsWith('PAGEREF'))).toHaveLength(4);
  });

  it('gives each role its own section, on a new page, headed with its title', async () => {
    const parts = await threeRoles();
    const { document } = parts;
    const all = sections(document);
    expect(all).toHaveLength(2 + 1 + 3); // cover, contents, the department, three roles
    // The department is Heading 1, the roles' titles Heading 2.
    expect(document.match(/<w:pStyle w:val="Heading1"\/>/g)).toHaveLength(1);
    expect(document.match(/<w:pStyle w:val="Heading2"\/>/g)).toHaveLength(3);
    expect(document).not.toMatch(/<w:type w:val="continuous"\/>/);
    const roleSections = all.slice(3);
    const headers = await Promise.all(roleSections.map((s) => headerTextOf(parts, s)));
    expect(headers).toEqual([
      `人力资源经理 1 · 版本 3\t${TITLE}`,
      `人力资源经理 2 · 版本 3\t${TITLE}`,
      `人力资源经理 3 · 版本 3\t${TITLE}`,
    ]);
    // Headings come in the roles' order, each followed by its own duties.
    const headings = (
      document.match(/<w:p><w:pPr><w:pStyle w:val="Heading2"\/>[^]*?<\/w:p>/g) ?? []
    ).map((p) => texts(p).join(''));
    expect(headings.filter((h) => h.startsWith('人力资源经理'))).toEqual([
      '人力资源经理 1',
      '人力资源经理 2',
      '人力资源经理 3',
    ]);
    expect(texts(document)).toContain(
      '组织招聘与配置，审核各部门用人需求，确保关键岗位及时到岗（3）',
    );
  });

  it('numbers pages through the contents and every role with one footer', async () => {
    const parts = await threeRoles();
    const footerIds = sections(parts.document)
      .slice(1)
      .map((s) => referenceIn(s, 'footer'));
    expect(new Set(footerIds).size).toBe(1);
    expect(parts.footers).toHaveLength(1);
    expect(fieldInstructions(parts.footers[0] ?? '')).toEqual(['PAGE', 'NUMPAGES']);
  });

  it('declares every added header part', async () => {
    const parts = await threeRoles();
    const buffer = await buildHandbook({
      title: 'x',
      departmentName: null,
      groups: [{ name: '人力资源部', roles: manyContexts(2) }],
      lang: 'zh',
    });
    const types = await (await readDocx(buffer)).read('[Content_Types].xml');
    expect(types.match(/header\+xml/g)).toHaveLength(2);
    expect(parts.names.filter((n) => /^word\/roleHeader\d+\.xml$/.test(n))).toHaveLength(3);
  });

  it('lists the roles left out on a closing page, in the contents too', async () => {
    const buffer = await buildHandbook({
      title: TITLE,
      departmentName: null,
      groups: [{ name: '人力资源部', roles: manyContexts(1) }],
      leftOut: ['出纳', '会计'],
      lang: 'zh',
    });
    const { document } = await readDocx(buffer);
    const lines = paragraphs(document);
    expect(lines).toEqual(expect.arrayContaining(['· 出纳', '· 会计']));
    expect(lines.filter((l) => l.startsWith('未收录（无批准版本）'))).toHaveLength(2);
  });

  it('marks every role page of a handbook of drafts with a DRAFT watermark in its header', async () => {
    const buffer = await buildHandbook({
      title: TITLE,
      departmentName: null,
      groups: [{ name: '人力资源部', roles: manyContexts(2) }],
      lang: 'zh',
      watermark: true,
    });
    const parts = await readDocx(buffer);
    const headers = parts.names.filter((n) => /^word\/roleHeader\d+\.xml$/.test(n));
    expect(headers).toHaveLength(2);
    for (const name of headers) {
      expect(await parts.read(name)).toMatch(/<v:textpath [^>]*string="草稿"\/>/);
    }
  });

  it('still makes a document of an empty department: cover and contents', async () => {
    const progress: number[] = [];
    const buffer = await buildHandbook({
      title: TITLE,
      departmentName: '法务部',
      groups: [],
      lang: 'zh',
      onProgress: (done) => progress.push(done),
    });
    const { document } = await readDocx(buffer);
    expect(paragraphs(document)).toEqual(expect.arrayContaining(['法务部', '共 0 个岗位']));
    expect(sections(document)).toHaveLength(2);
    expect(progress).toEqual([]);
  });

  it('reports progress once per role', async () => {
    const calls: [number, number][] = [];
    await threeRoles((done, total) => calls.push([done, total]));
    expect(calls).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('prints the whole library in English when asked', async () => {
    const buffer = await buildHandbook({
      title: 'Job Description Handbook',
      departmentName: null,
      groups: [{ name: '人力资源部', roles: manyContexts(2, 'en') }],
      lang: 'en',
    });
    const { document, footers } = await readDocx(buffer);
    const lines = paragraphs(document);
    expect(lines).toEqual(expect.arrayContaining(['All departments', '2 roles', 'Contents']));
    expect(lines).toContain('Essential Functions');
    expect(texts(footers[0] ?? '')).toEqual(['Page ', ' of ']);
  });

  it('stops at once when the signal is already aborted', async () => {
    const progress: number[] = [];
    const promise = buildHandbook({
      title: TITLE,
      departmentName: null,
      groups: [{ name: '人力资源部', roles: manyContexts(3) }],
      lang: 'zh',
      onProgress: (done) => progress.push(done),
      signal: AbortSignal.abort(),
    });
    await expect(promise).rejects.toMatchObject({ name: 'AbortError' });
    expect(progress).toEqual([]);
  });

  it('stops between roles when aborted while running', async () => {
    const controller = new AbortController();
    const total = ROLES_PER_CHUNK * 3;
    const progress: number[] = [];
    const promise = buildHandbook({
      title: TITLE,
      departmentName: null,
      groups: [{ name: '人力资源部', roles: manyContexts(total) }],
      lang: 'zh',
      onProgress: (done) => {
        progress.push(done);
        if (done === 1) controller.abort();
      },
      signal: controller.signal,
    });
    await expect(promise).rejects.toMatchObject({ name: 'AbortError' });
    expect(Math.max(...progress)).toBeLessThanOrEqual(ROLES_PER_CHUNK);
  });
});
