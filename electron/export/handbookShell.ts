import { AlignmentType, BorderStyle, Document, Paragraph, TextRun } from 'docx';
import { run } from './blocks';
import { COLORS, FONTS, pageProperties, runFont, SIZES, spacing } from './docxStyles';
import type { DocumentSettings } from '../../shared/documentSettings';
import { CONTENTS_PLACEHOLDER } from './handbookPages';
import { logoParagraphs } from './logo';
import { pageFooter } from './headerFooter';
import { isoDate, type ExportLanguage } from './labels';
import { documentOptions } from './roleDocument';

/*
 * The handbook's own pages: a cover and a table of contents. They are packed by docx as a
 * small document (the "shell"); the roles' pages are added to it afterwards (handbook.ts).
 */

export type ShellInput = {
  title: string;
  departmentName: string | null;
  template: ExportLanguage;
  date: Date;
  roleCount: number;
  /** The organisation on the cover (its logo and name) and the footer's confidentiality line. */
  organisation?: {
    name: string;
    logo: DocumentSettings['logo'];
    confidentiality: string;
  };
};

const WORDS = {
  zh: {
    allDepartments: '全部部门',
    count: (n: number) => `共 ${n} 个岗位`,
    date: (d: string) => `编制日期：${d}`,
    kind: '职位说明书汇编',
  },
  en: {
    allDepartments: 'All departments',
    count: (n: number) => `${n} ${n === 1 ? 'role' : 'roles'}`,
    date: (d: string) => `Date: ${d}`,
    kind: 'Job Description Handbook',
  },
} as const;

function cover(input: ShellInput): Paragraph[] {
  const lang = input.template;
  const words = WORDS[lang];
  const centered = (text: string, size: number, color: string, before = 0) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: spacing(before, 160),
      children: [new TextRun({ text, font: runFont(lang), size, color })],
    });
  const organisation = input.organisation;
  const name = organisation?.name.trim() ?? '';
  const logo = logoParagraphs(organisation?.logo ?? null, 1200);
  // The organisation's logo and name above the title; the title moves up to make room.
  const head = [
    ...logo,
    ...(name === ''
      ? []
      : [centered(name, SIZES.heading2, COLORS.heading, logo.length ? 0 : 1800)]),
  ];
  return [
    ...head,
    centered(words.kind, SIZES.heading2, COLORS.muted, head.length > 0 ? 1200 : 3600),
    new Paragraph({
      style: 'Title',
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: COLORS.rule, space: 12 } },
      children: [run(input.title, lang)],
    }),
    centered(input.departmentName ?? words.allDepartments, SIZES.heading2, COLORS.heading, 480),
    centered(words.count(input.roleCount), SIZES.heading3, COLORS.text, 1200),
    centered(words.date(isoDate(input.date)), SIZES.heading3, COLORS.text),
  ];
}

/**
 * Handbook styles: departments are Heading 1, so a role's title is Heading 2 and its sections
 * Heading 3 and 4 (roleChunks.ts shifts them), each with the look it has in a single
 * document. The contents' second level (TOC2) lists the roles.
 */
function handbookStyles(lang: ExportLanguage) {
  const styles = documentOptions('', lang).styles;
  const base = styles.default ?? {};
  const level = <T extends { paragraph?: object }>(style: T | undefined, outlineLevel: number) => ({
    ...style,
    paragraph: { ...style?.paragraph, outlineLevel },
  });
  return {
    ...styles,
    default: {
      ...base,
      heading1: {
        run: { font: FONTS, size: SIZES.cover, bold: true, color: COLORS.heading },
        paragraph: { alignment: AlignmentType.CENTER, spacing: spacing(0, 360), outlineLevel: 0 },
      },
      heading2: level(base.heading1, 1),
      heading3: level(base.heading2, 2),
      heading4: level(base.heading3, 3),
    },
    paragraphStyles: [
      ...(styles.paragraphStyles ?? []),
      {
        id: 'TOC2',
        name: 'toc 2',
        basedOn: 'Normal',
        next: 'Normal',
        paragraph: { spacing: spacing(0, 0) },
      },
    ],
  };
}

/** The cover and contents as a document of two sections; the cover has no header or footer. */
export function buildShell(input: ShellInput): Document {
  return new Document({
    ...documentOptions(input.title, input.template),
    // The contents carry their page numbers (handbookContents.ts), so Word need not ask to
    // update fields on opening; page numbers in footers are laid out as always.
    styles: handbookStyles(input.template),
    sections: [
      { properties: pageProperties(), children: cover(input) },
      {
        properties: pageProperties(),
        footers: { default: pageFooter(input.template, input.organisation?.confidentiality) },
        children: [new Paragraph({ children: [new TextRun(CONTENTS_PLACEHOLDER)] })],
      },
    ],
  });
}
