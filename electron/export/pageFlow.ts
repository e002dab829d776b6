import type { Paragraph, Table } from 'docx';
import { breakParagraph, BREAK_PARAGRAPH_HEIGHT } from './blocks';
import { PAGE_TEXT_HEIGHT } from './tableFit';

/*
 * Page plans. A document is a flow of pieces — paragraphs and tables — whose heights are
 * measured (tableFit.ts) before anything is written. The planner fills pages from the top
 * with those heights against a capacity held well below the real page, and writes a page
 * break wherever it starts a page. Word and LibreOffice then never break a page on their
 * own: what the plan puts on a page fits there with room to spare, and every new page
 * begins where the plan says. So the number of pages is known before the document is
 * opened (pagination.ts), and the keep rules are the planner's, the same in every program:
 *  - pieces marked keepWithNext (headings, lead-ins, a signature block with the section
 *    before it) stay on the page of what follows;
 *  - a table marked keepTogether stays on one page when it fits on one; a longer one breaks
 *    between rows, its column titles repeated, never leaving its last row alone.
 */

/** What the planner fills a page with, twips: the text area less a safety margin. */
export const PLAN_CAPACITY = PAGE_TEXT_HEIGHT - 560;

export type Block = Paragraph | Table;

export type FlowParagraph = {
  kind: 'paragraph';
  height: number;
  keepWithNext: boolean;
  build: (pageBreakBefore: boolean) => Paragraph;
};

export type FlowTable = {
  kind: 'table';
  /** Rows printed once above the column titles (a form's section band). */
  leadHeight: number;
  /** The column-title row, repeated on every page the table continues on; 0 without one. */
  headerHeight: number;
  rowHeights: number[];
  keepTogether: boolean;
  keepWithNext: boolean;
  /** The table as parts, a new part at each body row index in `splits` (ascending). */
  build: (splits: number[]) => Table[];
};

export type FlowPiece = FlowParagraph | FlowTable;

/** The piece, kept on the page of what follows it. */
export function keptWithNext<T extends FlowPiece>(piece: T): T {
  return { ...piece, keepWithNext: true };
}

/**
 * A document's sections, each a heading and its pieces, and its closing block (signatures
 * and the export date), which stays on the page of the section before it: a signature
 * block or an export date is never alone on a page.
 */
export function sectionsFlow(
  opening: FlowPiece[],
  sections: [FlowPiece, FlowPiece[]][],
  closing: FlowPiece[],
): FlowPiece[] {
  const body = sections.flatMap(([heading, pieces]) => [heading, ...pieces]);
  const last = body.pop();
  const glued = last === undefined ? [] : [keptWithNext(last)];
  const end = closing.map((piece, i) => (i < closing.length - 1 ? keptWithNext(piece) : piece));
  return [...opening, ...body, ...glued, ...end];
}

/** Where pages begin: before a piece (by index), or inside a table before a body row. */
export type PagePlan = {
  pages: number;
  breakBefore: Set<number>;
  tableSplits: Map<number, number[]>;
};

type Atom = { piece: number; row: number | null; height: number; glue: boolean; onNewPage: number };

/** Pieces as unbreakable atoms, each glued or not to the next one. */
function atoms(pieces: readonly FlowPiece[]): Atom[] {
  const list: Atom[] = [];
  pieces.forEach((piece, index) => {
    if (piece.kind === 'paragraph') {
      list.push({
        piece: index,
        row: null,
        height: piece.height,
        glue: piece.keepWithNext,
        onNewPage: 0,
      });
      return;
    }
    const body = piece.rowHeights.reduce((a, b) => a + b, 0);
    const whole = piece.leadHeight + piece.headerHeight + body;
    const together = piece.keepTogether && whole + BREAK_PARAGRAPH_HEIGHT <= PLAN_CAPACITY;
    const last = piece.rowHeights.length - 1;
    piece.rowHeights.forEach((height, row) => {
      const first = row === 0;
      list.push({
        piece: index,
        row: first ? null : row,
        height: first ? piece.leadHeight + piece.headerHeight + height : height,
        // The last row is glued to the one before it (a total is never alone).
        glue: row === last ? piece.keepWithNext : together || row === last - 1,
        onNewPage: BREAK_PARAGRAPH_HEIGHT + (first ? 0 : piece.headerHeight),
      });
    });
    if (piece.rowHeights.length === 0) {
      const height = piece.leadHeight + piece.headerHeight;
      list.push({
        piece: index,
        row: null,
        height,
        glue: piece.keepWithNext,
        onNewPage: BREAK_PARAGRAPH_HEIGHT,
      });
    }
  });
  return list;
}

/** Fills pages greedily, chain by chain (atoms glued together), and records the breaks. */
export function planPages(pieces: readonly FlowPiece[]): PagePlan {
  const plan: PagePlan = { pages: 1, breakBefore: new Set(), tableSplits: new Map() };
  const list = atoms(pieces);
  let used = 0;
  const newPageAt = (atom: Atom) => {
    plan.pages += 1;
    used = atom.onNewPage;
    if (atom.row === null) plan.breakBefore.add(atom.piece);
    else plan.tableSplits.set(atom.piece, [...(plan.tableSplits.get(atom.piece) ?? []), atom.row]);
  };
  let start = 0;
  while (start < list.length) {
    let end = start;
    while (list[end]?.glue === true && end + 1 < list.length) end += 1;
    const chain = list.slice(start, end + 1);
    const first = chain[0];
    const height = chain.reduce((sum, atom) => sum + atom.height, 0);
    if (first !== undefined && used > 0 && used + height > PLAN_CAPACITY) {
      if (first.onNewPage + height <= PLAN_CAPACITY) {
        newPageAt(first);
        used += height;
      } else {
        // Longer than a page: it breaks where it must, atom by atom.
        for (const atom of chain) {
          if (used > 0 && used + atom.height > PLAN_CAPACITY) newPageAt(atom);
          used += atom.height;
        }
      }
    } else {
      used += height;
    }
    start = end + 1;
  }
  return plan;
}

/** The pieces as docx blocks, with the plan's page breaks. */
export function renderFlow(pieces: readonly FlowPiece[], plan: PagePlan): Block[] {
  return pieces.flatMap((piece, index): Block[] => {
    const breakHere = plan.breakBefore.has(index);
    if (piece.kind === 'paragraph') return [piece.build(breakHere)];
    const parts = piece.build(plan.tableSplits.get(index) ?? []);
    // A table cannot carry a page break itself: a one-line paragraph before it does.
    return parts.flatMap((part, i) => (i > 0 || breakHere ? [breakParagraph(), part] : [part]));
  });
}
