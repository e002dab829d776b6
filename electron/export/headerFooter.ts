import {
  BorderStyle,
  Footer,
  Header,
  PageNumber,
  Paragraph,
  TabStopType,
  TextRun,
  AlignmentType,
} from 'docx';
import { COLORS, runFont, SIZES, TEXT_WIDTH } from './docxStyles';
import type { ExportLanguage } from './labels';

/*
 * Running header and footer. The header names the role and its version on every page, so a
 * loose page of a printed handbook can be put back; the footer numbers the pages with
 * fields (PAGE, NUMPAGES) that Word and LibreOffice fill in when they lay the pages out.
 */

const DOCUMENT_KIND: Record<ExportLanguage, string> = { zh: '职位说明书', en: 'Job Description' };

function small(text: string, lang: ExportLanguage): TextRun {
  return new TextRun({ text, font: runFont(lang), size: SIZES.small, color: COLORS.muted });
}

/** "人力资源经理 · 版本 3" on the left, the kind of document (or the handbook's title) on the right. */
export function roleHeader(
  line: string,
  lang: ExportLanguage,
  right = DOCUMENT_KIND[lang],
): Header {
  return new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: COLORS.border, space: 4 } },
        children: [small(line, lang), small(`\t${right}`, lang)],
      }),
    ],
  });
}

/**
 * "第 X 页 共 Y 页" / "Page X of Y", centred; with a confidentiality line, that line on the
 * left and the page number on the right, on one line so the footer keeps its height.
 */
export function pageFooter(lang: ExportLanguage, confidentiality = ''): Footer {
  const [before, middle, after] = lang === 'zh' ? ['第 ', ' 页 共 ', ' 页'] : ['Page ', ' of ', ''];
  const line = confidentiality.trim();
  return new Footer({
    children: [
      new Paragraph({
        ...(line === ''
          ? { alignment: AlignmentType.CENTER }
          : { tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }] }),
        children: [
          ...(line === '' ? [] : [small(line, lang), small('\t', lang)]),
          new TextRun({
            font: runFont(lang),
            size: SIZES.small,
            color: COLORS.muted,
            children: [before, PageNumber.CURRENT, middle, PageNumber.TOTAL_PAGES, after].filter(
              (part) => part !== '',
            ),
          }),
        ],
      }),
    ],
  });
}
