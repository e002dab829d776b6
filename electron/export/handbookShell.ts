import {
  AlignmentType,
  BorderStyle,
  Document,
  InternalHyperlink,
  LeaderType,
  PageReference,
  Paragraph,
  TableOfContents,
  TabStopType,
  TextRun,
  Tab,
} from 'docx';
import { run } from './blocks';
import { COLORS, pageProperties, runFont, SIZES, spacing, STYLE, TEXT_WIDTH } from './docxStyles';
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
  /** One contents entry per role: its title and the bookmark on its heading. */
  entries: { title: string; bookmark: string }[];
};

const WORDS = {
  zh: {
    allDepartments: '全部部门',
    count: (n: number) => `共 ${n} 个岗位`,
    date: (d: string) => `编制日期：${d}`,
    contents: '目 录',
    kind: '职位说明书汇编',
  },
  en: {
    allDepartments: 'All departments',
    count: (n: number) => `${n} ${n === 1 ? 'role' : 'roles'}`,
    date: (d: string) => `Date: ${d}`,
    contents: 'Contents',
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
  return [
    centered(words.kind, SIZES.heading2, COLORS.muted, 3600),
    new Paragraph({
      style: 'Title',
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: COLORS.rule, space: 12 } },
      children: [run(input.title, lang)],
    }),
    centered(input.departmentName ?? words.allDepartments, SIZES.heading2, COLORS.heading, 480),
    centered(words.count(input.entries.length), SIZES.heading3, COLORS.text, 1200),
    centered(words.date(isoDate(input.date)), SIZES.heading3, COLORS.text),
  ];
}

/**
 * The contents, written out entry by entry so they show before any update: each entry links
 * to its role's heading and carries a PAGEREF field to it. LibreOffice works page
 * references out as it lays the pages out, so its pages (and PDFs) show numbers at once;
 * Word fills them in when it updates fields on opening (settings' updateFields, and the TOC
 * field is written dirty), and then rebuilds the whole table from the Heading 1 paragraphs.
 * LibreOffice does not rebuild the TOC field itself on opening: after editing there, use
 * Tools ▸ Update ▸ Update All.
 */
function contents(input: ShellInput): (Paragraph | TableOfContents)[] {
  const lang = input.template;
  const entries = input.entries.map(
    (entry) =>
      new Paragraph({
        style: STYLE.contents1,
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH, leader: LeaderType.DOT }],
        children: [
          new InternalHyperlink({ anchor: entry.bookmark, children: [run(entry.title, lang)] }),
          new TextRun({ children: [new Tab()], font: runFont(lang) }),
          new PageReference(entry.bookmark),
        ],
      }),
  );
  return [
    new Paragraph({ style: STYLE.contentsHeading, children: [run(WORDS[lang].contents, lang)] }),
    new TableOfContents(WORDS[lang].contents, {
      hyperlink: true,
      headingStyleRange: '1-1',
      contentChildren: entries,
    }),
  ];
}

/** The cover and contents as a document of two sections; the cover has no header or footer. */
export function buildShell(input: ShellInput): Document {
  return new Document({
    ...documentOptions(input.title, input.template),
    // Word updates the fields (contents, page references, NUMPAGES) when it opens the file.
    features: { updateFields: true },
    sections: [
      { properties: pageProperties(), children: cover(input) },
      {
        properties: pageProperties(),
        footers: { default: pageFooter(input.template) },
        children: contents(input),
      },
    ],
  });
}
