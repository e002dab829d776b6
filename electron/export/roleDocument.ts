import { Document, Packer, type ISectionOptions } from 'docx';
import type { RoleExportContext } from './context';
import { documentStyles, pageProperties } from './docxStyles';
import { fontTableOverride } from './fontTable';
import { pageFooter, roleHeader } from './headerFooter';
import { headerLine } from './labels';
import { roleBody } from './pagination';

export type { RoleExportContext } from './context';

/*
 * One position description (一岗一书) as a .docx: the Chinese 职位说明书 or the English job
 * description, by `ctx.template`. Runs in plain Node (main process, tests, browser host).
 */

export type RoleSectionOptions = {
  /** Bookmark on the role's title, the anchor a handbook's table of contents links to. */
  bookmark?: string;
  /** The right side of the running header; the document kind when not given. */
  headerRight?: string;
};

/** The role as one docx section: A4 page, running header with title and version, page footer. */
export function buildRoleSections(
  ctx: RoleExportContext,
  options: RoleSectionOptions = {},
): ISectionOptions {
  const lang = ctx.template;
  return {
    properties: pageProperties(),
    headers: { default: roleHeader(headerLine(ctx.role, lang), lang, options.headerRight) },
    footers: { default: pageFooter(lang) },
    children: roleBody(ctx, options.bookmark),
  };
}

/** Document-wide metadata and styles, shared by single exports and handbooks. */
export function documentOptions(title: string, lang: 'zh' | 'en') {
  return {
    title,
    creator: 'RoleFlow',
    lastModifiedBy: 'RoleFlow',
    description: lang === 'zh' ? '职位说明书' : 'Job description',
    styles: documentStyles(),
  };
}

export async function buildRoleDocx(ctx: RoleExportContext): Promise<Buffer> {
  const doc = new Document({
    ...documentOptions(ctx.role.title, ctx.template),
    sections: [buildRoleSections(ctx)],
  });
  return Packer.toBuffer(doc, false, [fontTableOverride()]);
}
