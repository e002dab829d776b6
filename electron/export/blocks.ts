import { Bookmark, HeadingLevel, Paragraph, TextRun, type ParagraphChild } from 'docx';
import { runFont, STYLE } from './docxStyles';
import { EMPTY, type ExportLanguage } from './labels';

/*
 * Paragraph building blocks shared by both templates. Formatting lives in the styles
 * (docxStyles.ts); runs carry only their text, the font (see runFont) and emphasis.
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

/** The discreet dash an empty section prints, so the heading and the fixed format stay. */
export function emptyParagraph(lang: ExportLanguage, style: string = STYLE.empty): Paragraph {
  return new Paragraph({ style, children: [run(EMPTY, lang)] });
}

/** User text as paragraphs (one per line), or the dash when there is none. */
export function textParagraphs(
  text: string,
  lang: ExportLanguage,
  style?: string,
  emptyStyle: string = STYLE.empty,
): Paragraph[] {
  const list = lines(text);
  if (list.length === 0) return [emptyParagraph(lang, emptyStyle)];
  return list.map((line) => new Paragraph({ style, children: [run(line, lang)] }));
}

/** A section heading ("一、基本信息" / "Summary"): Heading 2, kept with what follows. */
export function sectionHeading(text: string, lang: ExportLanguage): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_2, children: [run(text, lang)] });
}

export function subHeading(text: string, lang: ExportLanguage): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_3, children: [run(text, lang)] });
}

/**
 * The role's title as Heading 1: the entry a handbook's table of contents lists. A handbook
 * assembled from separately built roles passes `bookmark`, the anchor its contents link to.
 */
export function titleHeading(text: string, lang: ExportLanguage, bookmark?: string): Paragraph {
  const children: ParagraphChild[] = [run(text, lang)];
  return new Paragraph({
    heading: HeadingLevel.HEADING_1,
    children: bookmark === undefined ? children : [new Bookmark({ id: bookmark, children })],
  });
}

export function subtitle(parts: string[], lang: ExportLanguage): Paragraph {
  const text = parts.filter((part) => !isBlank(part)).join('  ·  ');
  return new Paragraph({ style: STYLE.subtitle, children: [run(text, lang)] });
}

/** Small grey text; `keepNext` holds it on the page of what follows (a lead-in to a table). */
export function note(text: string, lang: ExportLanguage, keepNext = false): Paragraph {
  return new Paragraph({ style: STYLE.note, keepNext, children: [run(text, lang)] });
}
