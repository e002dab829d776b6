import { Document, Packer, type ISectionOptions } from 'docx';
import type { RoleExportContext } from './context';
import { documentStyles, pageProperties } from './docxStyles';
import { fontTableOverride } from './fontTable';
import { pageFooter, roleHeader } from './headerFooter';
import { headerLine, isoDate, type ExportLanguage } from './labels';
import { roleBody, type RoleOpening } from './pagination';

export type { RoleExportContext } from './context';

/*
 * One position description (一岗一书) as a .docx: the Chinese 职位说明书 or the English job
 * description, by `ctx.template`. Runs in plain Node (main process, tests, browser host).
 */

export type RoleSectionOptions = {
  /** Bookmark on the role's title, the anchor a handbook's table of contents links to. */
  bookmark?: string;
  /**
   * The right side of the running header when the library names no organisation (a
   * handbook's title); the document kind when neither is there.
   */
  headerRight?: string;
  /** Printed above the role's title on its first page, and counted by rolePageCount. */
  opening?: RoleOpening;
};

/** The role as one docx section: A4 page, running header with title and version, page footer. */
export function buildRoleSections(
  ctx: RoleExportContext,
  options: RoleSectionOptions = {},
): ISectionOptions {
  const lang = ctx.template;
  const identity = ctx.identity;
  // The organisation (or, without one, the handbook's title) and the document number.
  const right = [identity?.organisationName.trim() || options.headerRight, identity?.documentNumber]
    .filter((part) => part !== undefined && part !== '')
    .join('  ');
  return {
    properties: pageProperties(),
    headers: {
      default: roleHeader(approvedHeaderLine(ctx, lang), lang, right || undefined),
    },
    footers: { default: pageFooter(lang, identity?.confidentiality) },
    children: roleBody(ctx, options.bookmark, options.opening),
  };
}

/**
 * "人力资源经理 · 版本 3 · 2024-06-18 张三批准": the version printed, when and by whom it was
 * approved, so a printed page says which text it is.
 */
export function approvedHeaderLine(ctx: RoleExportContext, lang: ExportLanguage): string {
  const line = headerLine(ctx.role, lang);
  const approval = ctx.approval;
  if (approval === undefined || approval === null || ctx.role.status !== 'approved') return line;
  const date = isoDate(approval.date);
  const by = approval.approver?.trim() ?? '';
  const approved =
    lang === 'zh' ? `${date} ${by}批准` : `approved ${date}${by === '' ? '' : ` by ${by}`}`;
  return `${line} · ${approved}`;
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
