import { escapeXml } from './handbookContents';
import type { PlannedGroup, HandbookPlan } from './handbookPlan';
import type { ExportLanguage } from './labels';

/*
 * The handbook's own pages between the roles, written as body XML: a title page per
 * department (its Heading 1 is the contents' first level and Word's navigation pane) and the
 * closing list of roles left out. Each is one page by construction: a heading and a few
 * short lines (the left-out list is the last page, so its length moves no page number).
 */

/** Where handbookShell.ts leaves room for the contents, replaced by handbookContents.ts's XML. */
export const CONTENTS_PLACEHOLDER = '__RoleFlow_contents__';

export const LEFT_OUT_TITLE: Record<ExportLanguage, string> = {
  zh: '未收录（无批准版本）',
  en: 'Not included (no approved version)',
};

const LEFT_OUT_NOTE: Record<ExportLanguage, string> = {
  zh: '以下岗位尚无批准版本，未收入本手册：',
  en: 'These roles have no approved version and are not in this handbook:',
};

const ROLE_COUNT: Record<ExportLanguage, (n: number) => string> = {
  zh: (n) => `本部门共 ${n} 个岗位`,
  en: (n) => `${n} ${n === 1 ? 'role' : 'roles'} in this department`,
};

/** Bookmark ids of these pages, far above the ones RoleChunkWriter numbers from 1. */
let bookmarkId = 900_000;

function heading(text: string, bookmark: string, spaceBefore: number): string {
  const id = ++bookmarkId;
  return (
    `<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:spacing w:before="${spaceBefore}"/></w:pPr>` +
    `<w:bookmarkStart w:id="${id}" w:name="${bookmark}"/>` +
    `<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>` +
    `<w:bookmarkEnd w:id="${id}"/></w:p>`
  );
}

const line = (text: string, centred: boolean) =>
  `<w:p>${centred ? '<w:pPr><w:jc w:val="center"/></w:pPr>' : ''}` +
  `<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;

export function departmentPageXml(group: PlannedGroup, lang: ExportLanguage): string {
  return (
    heading(group.name, group.bookmark, 4800) + line(ROLE_COUNT[lang](group.roles.length), true)
  );
}

export function leftOutPageXml(
  leftOut: NonNullable<HandbookPlan['leftOut']>,
  lang: ExportLanguage,
): string {
  return (
    heading(leftOut.title, leftOut.bookmark, 0) +
    line(LEFT_OUT_NOTE[lang], false) +
    leftOut.roles.map((title) => line(`· ${title}`, false)).join('')
  );
}

/** The shell's body with its contents placeholder paragraph replaced by `contents`. */
export function insertContents(shellInner: string, contents: string): string {
  const at = shellInner.indexOf(CONTENTS_PLACEHOLDER);
  const start = shellInner.lastIndexOf('<w:p>', at);
  const end = shellInner.indexOf('</w:p>', at);
  if (at < 0 || start < 0 || end < 0)
    throw new Error('The handbook shell has no contents placeholder');
  return shellInner.slice(0, start) + contents + shellInner.slice(end + '</w:p>'.length);
}
