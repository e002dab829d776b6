import { Packer } from 'docx';
import JSZip from 'jszip';
import type { RoleExportContext } from './context';
import {
  addOverrides,
  addRelationships,
  HEADER_CONTENT_TYPE,
  referenceId,
  splitBody,
} from './docxPackage';
import { fontTableOverride } from './fontTable';
import { buildShell, type ShellInput } from './handbookShell';
import { contentsXml } from './handbookContents';
import { departmentPageXml, insertContents, LEFT_OUT_TITLE, leftOutPageXml } from './handbookPages';
import { planHandbook, type HandbookGroup } from './handbookPlan';
import type { ExportLanguage } from './labels';
import { rolePageCount } from './pagination';
import { RoleChunkWriter } from './roleChunks';
import { WATERMARK_TEXT } from './watermark';
import { DeflatedText, deflateEntry, ZipBuilder } from './zipWriter';

/*
 * A department handbook: cover, table of contents, then one role per section (each on a new
 * page, its own running header), pages numbered throughout.
 *
 * Memory: a handbook is not one docx Document (that peaks near 1.4 GB for 500 roles). The
 * cover and contents are packed by docx as a small "shell" document; the roles are packed a
 * few at a time (roleChunks.ts) and their body XML is deflated straight into the shell's
 * document.xml (zipWriter.ts), with one header part per role. Peak memory follows the size
 * of a chunk, not of the handbook; tests/bench/exportBench.ts measures it.
 */

export type HandbookInput = {
  title: string;
  /** null: the whole library. */
  departmentName: string | null;
  /** Departments in the organisation's order, each with its roles in order (handbookOrder.ts). */
  groups: HandbookGroup[];
  /** Titles of the roles in scope that are not printed (no approved version). */
  leftOut?: string[];
  /** The language of the handbook's own pages; each role prints in its context's template. */
  lang: ExportLanguage;
  /** The organisation on the cover and in the footer (library settings); none when absent. */
  organisation?: ShellInput['organisation'];
  /** Prints a DRAFT / 草稿 watermark on the roles' pages (a handbook of latest drafts). */
  watermark?: boolean;
  /** Pages a role takes as the templates lay it out: the page plan behind the contents. */
  pagesOf?: (ctx: RoleExportContext) => number;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
};

/**
 * Roles packed per docx Document. Packing has a fixed cost per document (styles, theme,
 * zip) of about a third of a role; a few roles amortise it while keeping the live object
 * tree small and cancelling prompt (a chunk takes well under 100 ms).
 */
export const ROLES_PER_CHUNK = 8;

const DOCUMENT = 'word/document.xml';
const RELS = 'word/_rels/document.xml.rels';
const TYPES = '[Content_Types].xml';

function checkAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new DOMException('The handbook export was cancelled.', 'AbortError');
}

/** Lets an abort (or any other event) in between chunks: packing is mostly synchronous work. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The shell's parts by name, in the order docx zipped them. */
async function unpack(buffer: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(buffer);
  const parts = new Map<string, Buffer>();
  for (const file of Object.values(zip.files)) {
    if (!file.dir) parts.set(file.name, await file.async('nodebuffer'));
  }
  return parts;
}

function text(parts: Map<string, Buffer>, name: string): string {
  const part = parts.get(name);
  if (part === undefined) throw new Error(`Unexpected docx package: ${name} is missing`);
  return part.toString('utf8');
}

export async function buildHandbook(input: HandbookInput): Promise<Buffer> {
  const { signal, lang } = input;
  checkAborted(signal);
  const plan = planHandbook(
    input.groups,
    { title: LEFT_OUT_TITLE[lang], roles: input.leftOut ?? [] },
    input.pagesOf ?? rolePageCount,
  );
  const roles = plan.groups.flatMap((group) => group.roles);

  const shell = buildShell({
    title: input.title,
    departmentName: input.departmentName,
    template: lang,
    date: roles[0]?.ctx.exportedAt ?? new Date(),
    roleCount: roles.length,
    organisation: input.organisation,
  });
  const parts = await unpack(await Packer.toBuffer(shell, false, [fontTableOverride()]));
  const shellBody = splitBody(text(parts, DOCUMENT));
  checkAborted(signal);

  const body = new DeflatedText();
  body.append(shellBody.open + insertContents(shellBody.inner, contentsXml(plan.contents, lang)));
  const writer = new RoleChunkWriter(
    body,
    shellBody.sectPr,
    referenceId(shellBody.sectPr, 'footer'),
    input.title,
    input.watermark === true ? WATERMARK_TEXT[lang] : null,
  );
  let done = 0;
  for (const group of plan.groups) {
    writer.addSection(departmentPageXml(group, lang), shellBody.sectPr);
    for (let first = 0; first < group.roles.length; first += ROLES_PER_CHUNK) {
      await nextTurn();
      checkAborted(signal);
      const chunk = group.roles.slice(first, first + ROLES_PER_CHUNK);
      await writer.add(
        chunk.map((r) => r.ctx),
        chunk.map((r) => r.bookmark),
      );
      checkAborted(signal);
      for (const _ of chunk) input.onProgress?.(++done, roles.length);
    }
  }
  if (plan.leftOut !== null)
    writer.addSection(leftOutPageXml(plan.leftOut, lang), shellBody.sectPr);
  body.append(writer.lastSectPr + shellBody.close);

  const headers = writer.headers;
  const zip = new ZipBuilder();
  const types = addOverrides(
    text(parts, TYPES),
    headers.map((h) => ({ name: h.name, type: HEADER_CONTENT_TYPE })),
  );
  // [Content_Types].xml first, as Word writes it; some readers look for it there.
  zip.add(TYPES, deflateEntry(types));
  for (const [name, data] of parts) {
    if (name === TYPES || name === DOCUMENT) continue;
    const content =
      name === RELS
        ? addRelationships(
            text(parts, RELS),
            headers.map((h) => h.relationship),
          )
        : data;
    zip.add(name, deflateEntry(content));
  }
  for (const header of headers) zip.add(header.name, deflateEntry(header.xml));
  zip.add(DOCUMENT, body.finish());
  checkAborted(signal);
  return zip.toBuffer();
}
