import { A4, MARGINS, STYLE, TEXT_WIDTH } from './docxStyles';
import type { ExportLanguage } from './labels';

/*
 * The handbook's table of contents, written as Word writes an updated one: a TOC field whose
 * result is already there, each entry a hyperlink to its heading's bookmark with a PAGEREF
 * field whose result is the page number from the page plan (handbookPlan.ts). LibreOffice,
 * PDF converters and Word without a field update all show those numbers; Word can still
 * update the field (F9), which rebuilds it from the Heading 1–2 paragraphs.
 *
 * The contents are paginated here, not by the word processor, so the number of contents
 * pages is known before any role is laid out: entries are packed against a budget of lines
 * well under what a page holds, with a page break before the first entry of each page.
 */

export type ContentsEntry = {
  /** 1: a department (or a closing list such as the roles left out); 2: a role. */
  level: 1 | 2;
  title: string;
  bookmark: string;
  page: number;
};

/** Each entry line is exactly this high (twips), so the budget below is a count of lines. */
const LINE = 340;
/** The contents heading and its spacing take this many lines of the first page. */
const HEADING_LINES = 3;
/** Lines a page holds with a margin: the text height divided by the line, less two spare. */
const LINES_PER_PAGE = Math.floor((A4.height - MARGINS.top - MARGINS.bottom) / LINE) - 2;
/** Room for the dot leader and a page number of up to four digits, in twips. */
const NUMBER_ROOM = 900;
const INDENT = { 1: 0, 2: 420 } as const;

/** Width of a title in twips at 10.5 pt: ideographs (and full-width forms) take 1 em. */
function titleWidth(title: string): number {
  let ems = 0;
  for (const char of title) {
    const code = char.codePointAt(0) ?? 0;
    // Wide: CJK, Hangul, full-width forms. Latin at ~0.6 em is an over-estimate, on purpose.
    ems += code >= 0x1100 ? 1 : 0.6;
  }
  return ems * 210;
}

/** Lines an entry takes: a long title wraps before the page number. */
export function entryLines(entry: Pick<ContentsEntry, 'level' | 'title'>): number {
  const room = TEXT_WIDTH - INDENT[entry.level] - NUMBER_ROOM;
  return Math.max(1, Math.ceil(titleWidth(entry.title) / room));
}

/** The entries, split into pages of the contents. */
export function contentsPages<T extends Pick<ContentsEntry, 'level' | 'title'>>(
  entries: readonly T[],
): T[][] {
  const pages: T[][] = [[]];
  let budget = LINES_PER_PAGE - HEADING_LINES;
  for (const entry of entries) {
    const lines = entryLines(entry);
    const page = pages[pages.length - 1];
    if (page !== undefined && (page.length === 0 || lines <= budget)) {
      page.push(entry);
      budget -= lines;
    } else {
      pages.push([entry]);
      budget = LINES_PER_PAGE - lines;
    }
  }
  return pages;
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const field = (instruction: string, result: string) =>
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r>` +
  `<w:r><w:instrText xml:space="preserve"> ${instruction} </w:instrText></w:r>` +
  `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${result}` +
  `<w:r><w:fldChar w:fldCharType="end"/></w:r>`;

const textRun = (text: string) => `<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;

function entryParagraph(entry: ContentsEntry, first: { toc: boolean; page: boolean }): string {
  const style = entry.level === 1 ? STYLE.contents1 : 'TOC2';
  const properties =
    `<w:pPr><w:pStyle w:val="${style}"/>` +
    `<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="${TEXT_WIDTH}"/></w:tabs>` +
    (first.page ? '<w:pageBreakBefore/>' : '') +
    `<w:spacing w:before="0" w:after="0" w:line="${LINE}" w:lineRule="exact"/>` +
    (entry.level === 2 ? `<w:ind w:left="${INDENT[2]}"/>` : '') +
    '</w:pPr>';
  // The TOC field opens in the first entry, as Word writes it, so no empty line precedes it.
  const open = first.toc
    ? `<w:r><w:fldChar w:fldCharType="begin"/></w:r>` +
      `<w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r>` +
      `<w:r><w:fldChar w:fldCharType="separate"/></w:r>`
    : '';
  const link =
    `<w:hyperlink w:anchor="${entry.bookmark}" w:history="1">` +
    textRun(entry.title) +
    '<w:r><w:tab/></w:r>' +
    field(`PAGEREF ${entry.bookmark} \\h`, textRun(String(entry.page))) +
    '</w:hyperlink>';
  return `<w:p>${properties}${open}${link}</w:p>`;
}

/** The contents as body XML: heading, entries with cached page numbers, in a TOC field. */
export function contentsXml(entries: readonly ContentsEntry[], lang: ExportLanguage): string {
  const heading = lang === 'zh' ? '目 录' : 'Contents';
  const paragraphs = contentsPages(entries).flatMap((page, pageIndex) =>
    page.map((entry, i) =>
      entryParagraph(entry, { toc: pageIndex === 0 && i === 0, page: pageIndex > 0 && i === 0 }),
    ),
  );
  const end = '<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>';
  return (
    '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>' +
    '<w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>' +
    `<w:p><w:pPr><w:pStyle w:val="${STYLE.contentsHeading}"/></w:pPr>${textRun(heading)}</w:p>` +
    paragraphs.join('') +
    end +
    '</w:sdtContent></w:sdt>'
  );
}

/** Pages the contents take (at least one, even when empty). */
export function contentsPageCount(entries: readonly Pick<ContentsEntry, 'level' | 'title'>[]) {
  return contentsPages(entries).length;
}
