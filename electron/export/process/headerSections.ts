import type { FlowParagraph, FlowPiece } from '../pageFlow';
import { emptyParagraph, sectionHeading, subtitle, titleHeading } from '../blocks';
import { fieldTable, gridTable, signatureTable } from '../gridTables';
import { EMPTY, isoDate, zhNumeral, type ExportLanguage } from '../labels';
import type { ProcessDocContext } from './context';
import { PROCESS_LABELS } from './processLabels';

/*
 * The head of a 流程说明书 (§e 页眉表): title, the header table with the process's identity,
 * the sign-off cells 编制 / 审核 / 批准 left for hand signatures, and the revision record.
 */

/** "一、流程目的" / "1. Purpose": the body's sections are numbered in both languages. */
export function numberedHeading(index: number, text: string, lang: ExportLanguage): FlowParagraph {
  return sectionHeading(
    lang === 'zh' ? `${zhNumeral(index)}、${text}` : `${index + 1}. ${text}`,
    lang,
  );
}

export function versionText(ctx: ProcessDocContext): string {
  const { process, lang } = ctx;
  const labels = PROCESS_LABELS[lang];
  if (process.status === 'draft') {
    return process.version > 0 ? `V${process.version}.0 ${labels.draft}` : labels.draft;
  }
  return `V${process.version}.0`;
}

export function headerBlock(ctx: ProcessDocContext, bookmark?: string): FlowPiece[] {
  const { process, lang } = ctx;
  const labels = PROCESS_LABELS[lang];
  const name = process.name.trim() || EMPTY;
  // "…（现状）流程说明书", but "… (as-is) 流程说明书" after Latin text.
  const gap = /[A-Za-z0-9)]$/.test(name) ? ' ' : '';
  const title = lang === 'zh' ? `${name}${gap}${labels.docKind}` : `${name} — ${labels.docKind}`;
  const owner = process.ownerRoleId === null ? null : ctx.roles.get(process.ownerRoleId);
  const approvals = ctx.revisions;
  const first = approvals[0];
  const last = approvals[approvals.length - 1];
  const fields = [
    { label: labels.code, value: process.code },
    {
      label: labels.processClass,
      value: process.processClass ? labels.classes[process.processClass] : '',
    },
    { label: labels.owner, value: owner?.title ?? '' },
    {
      label: labels.department,
      value: process.departmentId === null ? '' : (ctx.departments.get(process.departmentId) ?? ''),
    },
    { label: labels.version, value: versionText(ctx) },
    { label: labels.created, value: first ? isoDate(first.createdAt) : isoDate(process.createdAt) },
    {
      label: labels.effective,
      value: process.status === 'approved' && last ? isoDate(last.createdAt) : '',
    },
    { label: labels.exported, value: isoDate(ctx.exportedAt) },
  ];
  return [
    titleHeading(title, lang, bookmark),
    subtitle([process.code, versionText(ctx)], lang),
    fieldTable(fields, lang, 2),
    signatureTable(
      {
        columns: ['', lang === 'zh' ? '签字' : 'Signature', labels.signDate],
        signers: [...labels.signOff],
      },
      lang,
    ),
  ];
}

/** 修订记录: one row per approval, its note as the change; the first approval is "新增". */
export function revisionRecord(ctx: ProcessDocContext): FlowPiece[] {
  const { lang } = ctx;
  const labels = PROCESS_LABELS[lang];
  const [no, version, date, changes] = labels.revisionColumns;
  const rows = ctx.revisions.map((revision, i) => [
    String(i + 1),
    `V${revision.version}.0`,
    isoDate(revision.createdAt),
    revision.note.trim() || (i === 0 ? labels.newDocument : ''),
  ]);
  const heading = numberedHeading(0, labels.sections.revisions, lang);
  if (rows.length === 0) return [heading, emptyParagraph(lang)];
  return [
    heading,
    gridTable(
      {
        columns: [
          { title: no ?? '', width: 0.7, align: 'center' },
          { title: version ?? '', width: 1, align: 'center' },
          { title: date ?? '', width: 1.5, align: 'center' },
          { title: changes ?? '', width: 6 },
        ],
        rows,
      },
      lang,
    ),
  ];
}
