import type { Block } from './blocks';
import {
  dutyFromRow,
  dutyHeader,
  type DutyColumns,
  isCompetencyOrSignatureHeader,
  kpiFromRow,
  kpiHeader,
} from './duties';
import { emptyTexts, type ImportedRole } from './importedRole';
import { appendText, placeLabelled, placeLine, unplace } from './placement';
import { languageOf } from './values';
import { labelOf, sectionOf, type SectionKey } from './vocabulary';

/*
 * Recognises a Word description (as blocks) in either template: the Chinese form-style
 * 职位说明书 (a grid of label and value cells, sections as headings or as full-width rows of
 * one big table) and the English job description (headings, prose and bullets). A pure
 * function: the same blocks give the same role.
 */

const TITLE_SUFFIX =
  /\s*[-—–·:：]?\s*(职位说明书|岗位说明书|岗位职责说明书|job description|role profile)\s*$/i;

type State = {
  role: ImportedRole;
  zh: boolean;
  section: SectionKey | null;
  heading: string;
  /** The heading shown for unplaced text before the first section. */
  lead: string;
  firstHeading: string | null;
};

function enter(state: State, section: SectionKey | null, heading: string): void {
  state.section = section;
  state.heading = heading;
}

/** A paragraph that names a section (bold or numbered "三、工作职责") acts as its heading. */
function sectionHeading(text: string): SectionKey | null {
  return text.includes('\n') ? null : sectionOf(text);
}

function readTable(state: State, rows: readonly string[][]): void {
  let duties: DutyColumns | null = null;
  let kpis: ReturnType<typeof kpiHeader> = null;
  let keepRows = false;
  for (const row of rows) {
    const filled = [...new Set(row.filter((cell) => cell !== ''))];
    const only = filled.length === 1 ? (filled[0] ?? '') : null;
    const section = only !== null ? sectionHeading(only) : null;
    if (section) {
      enter(state, section, only ?? '');
      duties = kpis = null;
      keepRows = false;
      continue;
    }
    const dutyColumns = dutyHeader(row);
    const kpiColumns = dutyColumns ? null : kpiHeader(row);
    if (dutyColumns || kpiColumns) {
      duties = dutyColumns;
      kpis = kpiColumns;
      keepRows = false;
      if (dutyColumns && state.section !== 'duties') enter(state, 'duties', state.heading);
      continue;
    }
    if (isCompetencyOrSignatureHeader(row)) {
      keepRows = true;
      duties = kpis = null;
      unplace(state.role, state.heading, row.join(' | '));
      continue;
    }
    if (duties) {
      const duty = dutyFromRow(row, duties);
      if (duty) state.role.duties.push(duty);
      continue;
    }
    if (kpis) {
      const kpi = kpiFromRow(row, kpis);
      if (kpi) state.role.kpis.push(kpi);
      continue;
    }
    if (keepRows) {
      unplace(state.role, state.heading, row.filter((c) => c !== '').join(' | '));
      continue;
    }
    readRow(state, row);
  }
}

/** A row of label and value cells, or a label cell naming a section with its text beside it. */
function readRow(state: State, row: readonly string[]): void {
  let index = 0;
  while (index < row.length) {
    const cell = row[index] ?? '';
    const value = row[index + 1] ?? '';
    const label = labelOf(cell);
    const section = label ? null : sectionHeading(cell);
    if (label && index + 1 < row.length) {
      placeLabelled(state.role, label, value, cell);
      index += 2;
    } else if (section && index + 1 < row.length) {
      const before = { section: state.section, heading: state.heading };
      for (const line of value.split('\n')) placeLine(state.role, section, cell, line, state.zh);
      enter(state, before.section, before.heading);
      index += 2;
    } else if (isUnknownLabel(cell) && row.length === 2 && index === 0 && value !== '') {
      // A form's field RoleFlow has no place for ("备案日期 | 2023 年 3 月"): kept under its label.
      unplace(state.role, cell, value);
      return;
    } else {
      // Not a label: the rest of the row is text of the current section.
      const rest = row.slice(index).filter((c) => c !== '');
      const lines = rest.length > 1 && row.length === 2 && cell !== '' ? [rest.join('：')] : rest;
      for (const text of lines) {
        for (const line of text.split('\n'))
          placeLine(state.role, state.section, state.heading || state.lead, line, state.zh);
      }
      return;
    }
  }
}

/** A short cell that reads like a label (not a number, not a sentence) but is none we know. */
function isUnknownLabel(cell: string): boolean {
  const length = /[\u4e00-\u9fff]/.test(cell) ? 8 : 24;
  return (
    cell.length > 0 && cell.length <= length && !/^\d/.test(cell) && !/[。；;.,，]$/.test(cell)
  );
}

function readText(state: State, text: string): void {
  for (const line of text.split('\n')) {
    placeLine(state.role, state.section, state.heading || state.lead, line, state.zh);
  }
}

/** The role a document describes, and what of it could not be placed. */
export function recogniseRole(blocks: readonly Block[], fileName: string): ImportedRole {
  const sample = blocks
    .map((b) =>
      b.kind === 'table' ? b.rows.flat().join(' ') : b.kind === 'list' ? b.items.join(' ') : b.text,
    )
    .join(' ');
  const template = languageOf(sample);
  const role: ImportedRole = {
    template,
    texts: emptyTexts(),
    headcount: null,
    duties: [],
    kpis: [],
    unplaced: [],
  };
  const lead = template === 'zh' ? '（文档开头）' : '(start of the document)';
  const state: State = {
    role,
    zh: template === 'zh',
    section: null,
    heading: '',
    lead,
    firstHeading: null,
  };
  for (const block of blocks) {
    if (block.kind === 'heading' || (block.kind === 'paragraph' && sectionHeading(block.text))) {
      const section = sectionHeading(block.text);
      if (section) {
        enter(state, section, block.text);
      } else if (
        block.kind === 'heading' &&
        state.firstHeading === null &&
        state.section === null
      ) {
        state.firstHeading = block.text;
      } else {
        // An unknown heading starts a part the import cannot place: its text is kept under it.
        enter(state, null, block.text);
      }
    } else if (block.kind === 'table') {
      readTable(state, block.rows);
    } else if (block.kind === 'list') {
      for (const item of block.items) readText(state, item);
    } else {
      readText(state, block.text);
    }
  }
  settleTitle(state, fileName);
  return role;
}

/** The title: the 岗位名称 cell, else the document's first heading, else the file's name. */
function settleTitle(state: State, fileName: string): void {
  const { role, firstHeading } = state;
  const heading = firstHeading?.replace(TITLE_SUFFIX, '').trim() ?? '';
  if (role.texts.title === '') {
    const fromName = fileName
      .replace(/\.docx$/i, '')
      .replace(TITLE_SUFFIX, '')
      .trim();
    appendText(role, 'title', heading || fromName);
  } else if (firstHeading !== null && heading !== role.texts.title) {
    unplace(role, state.lead, firstHeading ?? '');
  }
  // A title is one line; extra lines of a merged cell are kept, not lost.
  const [first, ...more] = role.texts.title.split('\n');
  role.texts.title = (first ?? '').slice(0, 200);
  if (more.length > 0) unplace(role, state.lead, more.join('\n'));
}
