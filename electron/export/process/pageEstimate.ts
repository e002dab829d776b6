import type { ProcessDocContext } from './context';
import { documentSteps } from './processSteps';

/*
 * How many pages a 流程说明书 takes, for the cached page numbers of a process handbook's
 * contents. The map's pages are exact (one picture a page); the text pages are estimated from
 * the amount of text per section at the house style's sizes — LibreOffice (and so every PDF
 * made with it) works the real numbers out from the PAGEREF fields as it lays the pages out,
 * Word shows these until its fields are updated (F9, or on printing).
 */

/** Lines of body text on a portrait page at 10.5 pt (with headings and table padding). */
const LINES_PER_PAGE = 44;
/** Characters of Chinese text a line of a table cell holds, by column share of the width. */
const CHARS_PER_LINE = 46;

function linesFor(text: string, share: number): number {
  const perLine = Math.max(4, Math.floor(CHARS_PER_LINE * share));
  const paragraphs = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  return Math.max(
    1,
    paragraphs.reduce((sum, line) => sum + Math.ceil(line.length / perLine), 0),
  );
}

export function estimatePages(ctx: ProcessDocContext): {
  first: number;
  map: number;
  rest: number;
} {
  const steps = documentSteps(ctx);
  const { process } = ctx;
  // Header table, sign-off, purpose, scope, boundaries: about 34 lines; a role row ~2.5 lines.
  const roles = new Set(steps.flatMap((s) => s.letters.map((l) => l.roleId))).size;
  const firstLines = 34 + linesFor(process.purpose, 1) + roles * 2.5 + ctx.revisions.length * 1.5;
  let restLines = 0;
  for (const step of steps) {
    const activity = step.node.activity;
    // The step table's tallest cell: the key points column holds 18 % of the width.
    const row = Math.max(
      linesFor(step.node.label, 0.12),
      linesFor(activity?.instruction.split(/\r?\n/)[0] ?? '', 0.18),
      linesFor(activity?.inputs ?? '', 0.1),
      2,
    );
    restLines += row * 0.9 + 0.6; // the step table
    restLines += 1.3; // the RACI matrix
    if (activity?.instruction.trim()) {
      // A work instruction: cover table (3 rows), six labels, its texts.
      restLines += 14 + linesFor(activity.instruction, 1);
    }
  }
  restLines += 12 + ctx.analysis.findings.length * 3 + (ctx.comparison ? 20 : 0) + 30;
  return {
    first: Math.max(1, Math.ceil(firstLines / LINES_PER_PAGE)),
    map: ctx.mapPages.length,
    rest: Math.max(1, Math.ceil(restLines / LINES_PER_PAGE)),
  };
}

export function totalPages(ctx: ProcessDocContext): number {
  const { first, map, rest } = estimatePages(ctx);
  return first + map + rest;
}
