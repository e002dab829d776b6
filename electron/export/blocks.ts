import {
  Bookmark,
  HeadingLevel,
  LineRuleType,
  Paragraph,
  TextRun,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import { runFont, SIZES, STYLE, TEXT_WIDTH } from './docxStyles';
import { EMPTY, type ExportLanguage } from './labels';
import type { FlowParagraph } from './pageFlow';
import { paragraphHeight, type ParagraphMetrics } from './tableFit';

/*
 * Paragraph building blocks shared by the templates, as pieces of a page plan (pageFlow.ts):
 * each knows its height, measured with the metrics of its style — the figures below mirror
 * docxStyles.ts — and whether it stays with what follows. Formatting lives in the styles;
 * runs carry only their text, the font (see runFont) and emphasis.
 */

export type RunOptions = { bold?: boolean; color?: string };

export function run(text: string, lang: ExportLanguage, options: RunOptions = {}): TextRun {
  // Only what is set: docx writes `bold: false` out as <w:b w:val="false"/><w:bCs …/>, two
  // elements per run that change nothing and cost time in a 500-role handbook.
  return new TextRun({
    text,
    font: runFont(lang),
    ...(options.bold === true ? { bold: true } : {}),
    ...(options.color === undefined ? {} : { color: options.color }),
  });
}

/** Lines of user text, without the blank ones; a typed list keeps one item per paragraph. */
export function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export function isBlank(text: string | null | undefined): boolean {
  return text === null || text === undefined || text.trim() === '';
}

/** Styles' geometry (docxStyles.ts), for measuring. */
const METRICS = {
  body: { size: SIZES.body, before: 0, after: 80, lineSpacing: 1.1 },
  title: { size: SIZES.heading1, bold: true, before: 0, after: 60, lineSpacing: 1 },
  // Heading 2 is ruled underneath: 2 pt of space and a ¾ pt line.
  section: { size: SIZES.heading2, bold: true, before: 280, after: 120, lineSpacing: 1, extra: 60 },
  sub: { size: SIZES.heading3, bold: true, before: 160, after: 60, lineSpacing: 1 },
  subtitle: { size: SIZES.table, before: 0, after: 240, lineSpacing: 1.1 },
  note: { size: SIZES.small, before: 0, after: 80, lineSpacing: 1.1 },
} satisfies Record<string, Omit<ParagraphMetrics, 'eastAsian'>>;

type Kind = keyof typeof METRICS;

/** A paragraph of `text` in one of the styles above, as a piece of the flow. */
function piece(
  kind: Kind,
  text: string,
  lang: ExportLanguage,
  keepWithNext: boolean,
  make: (options: IParagraphOptions) => Paragraph,
): FlowParagraph {
  const metrics = { ...METRICS[kind], eastAsian: lang === 'zh' };
  return {
    kind: 'paragraph',
    height: paragraphHeight(text, TEXT_WIDTH, metrics),
    keepWithNext,
    build: (pageBreakBefore) => make(pageBreakBefore ? { pageBreakBefore: true } : {}),
  };
}

function styled(kind: Kind, style: string | undefined, text: string, lang: ExportLanguage) {
  return piece(
    kind,
    text,
    lang,
    false,
    (o) => new Paragraph({ ...o, style, children: [run(text, lang)] }),
  );
}

/** The discreet dash an empty section prints, so the heading and the fixed format stay. */
export function emptyParagraph(lang: ExportLanguage): FlowParagraph {
  return styled('body', STYLE.empty, EMPTY, lang);
}

/** User text as paragraphs (one per line), or the dash when there is none. */
export function textParagraphs(text: string, lang: ExportLanguage): FlowParagraph[] {
  const list = lines(text);
  if (list.length === 0) return [emptyParagraph(lang)];
  return list.map((line) => styled('body', undefined, line, lang));
}

/** A section heading ("一、基本信息" / "Summary"): Heading 2, kept with what follows. */
export function sectionHeading(text: string, lang: ExportLanguage): FlowParagraph {
  return piece(
    'section',
    text,
    lang,
    true,
    (o) => new Paragraph({ ...o, heading: HeadingLevel.HEADING_2, children: [run(text, lang)] }),
  );
}

export function subHeading(text: string, lang: ExportLanguage): FlowParagraph {
  return piece(
    'sub',
    text,
    lang,
    true,
    (o) => new Paragraph({ ...o, heading: HeadingLevel.HEADING_3, children: [run(text, lang)] }),
  );
}

/**
 * The role's title as Heading 1: the entry a handbook's table of contents lists. A handbook
 * assembled from separately built roles passes `bookmark`, the anchor its contents link to.
 */
export function titleHeading(text: string, lang: ExportLanguage, bookmark?: string): FlowParagraph {
  return piece('title', text, lang, true, (o) => {
    const children: ParagraphChild[] = [run(text, lang)];
    return new Paragraph({
      ...o,
      heading: HeadingLevel.HEADING_1,
      children: bookmark === undefined ? children : [new Bookmark({ id: bookmark, children })],
    });
  });
}

export function subtitle(parts: string[], lang: ExportLanguage): FlowParagraph {
  const text = parts.filter((part) => !isBlank(part)).join('  ·  ');
  return { ...styled('subtitle', STYLE.subtitle, text, lang), keepWithNext: true };
}

/** Small grey text; `keepWithNext` holds it on the page of what follows (a lead-in to a table). */
export function note(text: string, lang: ExportLanguage, keepWithNext = false): FlowParagraph {
  return piece(
    'note',
    text,
    lang,
    keepWithNext,
    (o) =>
      new Paragraph({
        ...o,
        style: STYLE.note,
        keepNext: keepWithNext,
        children: [run(text, lang)],
      }),
  );
}

/** Height of the paragraph that carries a page break before a table (tables cannot). */
export const BREAK_PARAGRAPH_HEIGHT = 40;

/** A paragraph one point high that starts a new page; the table after it follows at the top. */
export function breakParagraph(): Paragraph {
  return new Paragraph({
    pageBreakBefore: true,
    spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT },
    children: [new TextRun({ text: '', size: 2 })],
  });
}

/** Space between the tables of a form, 4 pt; kept with the table it opens. */
const SPACER = 80;

export function spacer(): FlowParagraph {
  return {
    kind: 'paragraph',
    height: SPACER,
    keepWithNext: true,
    build: (pageBreakBefore) =>
      new Paragraph({
        pageBreakBefore,
        spacing: { before: 0, after: 0, line: SPACER, lineRule: LineRuleType.EXACT },
        children: [new TextRun({ text: '', size: 2 })],
      }),
  };
}
