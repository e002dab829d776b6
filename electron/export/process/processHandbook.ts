import {
  AlignmentType,
  BorderStyle,
  Document,
  InternalHyperlink,
  LeaderType,
  Packer,
  Paragraph,
  SimpleField,
  Tab,
  TabStopType,
  TextRun,
  type ISectionOptions,
} from 'docx';
import { run } from '../blocks';
import { COLORS, pageProperties, runFont, SIZES, spacing, STYLE, TEXT_WIDTH } from '../docxStyles';
import { fontTableOverride } from '../fontTable';
import { pageFooter } from '../headerFooter';
import { EMPTY, isoDate, type ExportLanguage } from '../labels';
import { documentOptions } from '../roleDocument';
import type { ProcessDocContext } from './context';
import { totalPages } from './pageEstimate';
import { buildProcessSections } from './processDocument';

/*
 * A process handbook (流程说明书汇编): a cover, contents grouped by department with page
 * numbers, then every process's 流程说明书 in turn. The page numbers are PAGEREF fields to
 * each process's title with a cached result (pageEstimate.ts), not nested in a TOC field:
 * LibreOffice computes them as it lays the pages out, Word shows the cached numbers.
 */

export type HandbookEntry = { departmentName: string | null; ctx: ProcessDocContext };

export type ProcessHandbookInput = {
  title: string;
  /** null: the whole library. */
  scopeName: string | null;
  lang: ExportLanguage;
  date: Date;
  entries: HandbookEntry[];
};

const WORDS = {
  zh: {
    kind: '流程说明书汇编',
    all: '全部部门',
    count: (n: number) => `共 ${n} 个流程`,
    date: (d: string) => `编制日期：${d}`,
    contents: '目 录',
    noDepartment: '未归属部门',
  },
  en: {
    kind: 'Process Handbook',
    all: 'All departments',
    count: (n: number) => `${n} ${n === 1 ? 'process' : 'processes'}`,
    date: (d: string) => `Date: ${d}`,
    contents: 'Contents',
    noDepartment: 'No department',
  },
} as const;

export function processBookmark(index: number): string {
  return `_RoleFlow_process_${index + 1}`;
}

function centered(text: string, lang: ExportLanguage, size: number, color: string, before = 0) {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: spacing(before, 160),
    children: [new TextRun({ text, font: runFont(lang), size, color })],
  });
}

function cover(input: ProcessHandbookInput): ISectionOptions {
  const { lang } = input;
  const words = WORDS[lang];
  return {
    properties: pageProperties(),
    children: [
      centered(words.kind, lang, SIZES.heading2, COLORS.muted, 3600),
      new Paragraph({
        style: 'Title',
        border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: COLORS.rule, space: 12 } },
        children: [run(input.title, lang)],
      }),
      centered(input.scopeName ?? words.all, lang, SIZES.heading2, COLORS.heading, 480),
      centered(words.count(input.entries.length), lang, SIZES.heading3, COLORS.text, 1200),
      centered(words.date(isoDate(input.date)), lang, SIZES.heading3, COLORS.text),
    ],
  };
}

/** Contents lines per page at the toc 1 style (for the cached numbers). */
const CONTENTS_LINES_PER_PAGE = 34;

function contents(input: ProcessHandbookInput): ISectionOptions {
  const { lang, entries } = input;
  const words = WORDS[lang];
  const groups = new Set(entries.map((e) => e.departmentName)).size;
  const contentsPages = Math.max(1, Math.ceil((entries.length + groups) / CONTENTS_LINES_PER_PAGE));
  let page = 2 + contentsPages; // cover, contents, then the first process
  let department: string | null | undefined;
  const lines: Paragraph[] = [];
  entries.forEach((entry, i) => {
    if (entry.departmentName !== department) {
      department = entry.departmentName;
      lines.push(
        new Paragraph({
          style: STYLE.label,
          children: [run(department ?? words.noDepartment, lang, { color: COLORS.heading })],
        }),
      );
    }
    const { process } = entry.ctx;
    const name = `${process.code.trim()} ${process.name.trim() || EMPTY}`.trim();
    lines.push(
      new Paragraph({
        style: STYLE.contents1,
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH, leader: LeaderType.DOT }],
        children: [
          new InternalHyperlink({ anchor: processBookmark(i), children: [run(name, lang)] }),
          new TextRun({ children: [new Tab()], font: runFont(lang) }),
          new SimpleField(`PAGEREF ${processBookmark(i)} \\h`, String(page)),
        ],
      }),
    );
    page += totalPages(entry.ctx);
  });
  return {
    properties: pageProperties(),
    footers: { default: pageFooter(lang) },
    children: [
      new Paragraph({ style: STYLE.contentsHeading, children: [run(words.contents, lang)] }),
      ...lines,
    ],
  };
}

/**
 * The handbook's sections; `onProcess` runs after each process (progress), and may throw to
 * stop (cancel).
 */
export function processHandbookSections(
  input: ProcessHandbookInput,
  onProcess: (done: number) => void = () => undefined,
): ISectionOptions[] {
  const sections = [cover(input), contents(input)];
  input.entries.forEach((entry, i) => {
    sections.push(
      ...buildProcessSections(entry.ctx, {
        bookmark: processBookmark(i),
        headerRight: input.title,
      }),
    );
    onProcess(i + 1);
  });
  return sections;
}

export async function buildProcessHandbook(input: ProcessHandbookInput): Promise<Buffer> {
  const doc = new Document({
    ...documentOptions(input.title, input.lang),
    description: WORDS[input.lang].kind,
    sections: processHandbookSections(input),
  });
  return Packer.toBuffer(doc, false, [fontTableOverride()]);
}
