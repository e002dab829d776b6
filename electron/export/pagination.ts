import type { RoleExportContext } from './context';
import { enFlow } from './enTemplate';
import { planPages, renderFlow, type Block, type FlowPiece, type PagePlan } from './pageFlow';
import { zhFormFlow } from './zhFormTemplate';
import { zhSectionedFlow } from './zhTemplate';

/*
 * A role's pages, known before the document is written. The templates describe a role as
 * measured pieces (pageFlow.ts); the plan places every page break itself, conservatively, so
 * the page count below is what Word and LibreOffice show (checked against LibreOffice with
 * Carlito and Noto Sans CJK). A handbook uses it to print its contents' page numbers.
 */

/**
 * Pieces printed at the top of the role's first page, before its title (a handbook's
 * department heading, say): built with blocks.ts so the plan measures them too. Anything
 * added to a role's pages outside the plan would make its page count wrong.
 */
export type RoleOpening = readonly FlowPiece[];

/** The role as pieces of the page plan, by template and (Chinese) layout. */
export function roleFlow(
  ctx: RoleExportContext,
  bookmark?: string,
  opening: RoleOpening = [],
): FlowPiece[] {
  const glued = opening.map((piece) => ({ ...piece, keepWithNext: true }));
  if (ctx.template === 'en') return [...glued, ...enFlow(ctx, bookmark)];
  const layout = ctx.layout ?? 'form';
  return [
    ...glued,
    ...(layout === 'form' ? zhFormFlow(ctx, bookmark) : zhSectionedFlow(ctx, bookmark)),
  ];
}

/**
 * Plans of roles without an opening, by context: a handbook asks for a role's page count
 * (its contents) and then builds the role from the same context, so the plan is made once.
 * Weak, so a plan goes with its context.
 */
const plans = new WeakMap<RoleExportContext, PagePlan>();

export function rolePagePlan(ctx: RoleExportContext, opening: RoleOpening = []): PagePlan {
  if (opening.length > 0) return planPages(roleFlow(ctx, undefined, opening));
  let plan = plans.get(ctx);
  if (plan === undefined) {
    plan = planPages(roleFlow(ctx));
    plans.set(ctx, plan);
  }
  return plan;
}

/**
 * How many pages the role takes as exported: a single export, or its section of a handbook
 * (which starts on a new page), with the same `opening` if the handbook passes one.
 */
export function rolePageCount(ctx: RoleExportContext, opening: RoleOpening = []): number {
  return rolePagePlan(ctx, opening).pages;
}

/** The role's body as docx blocks, page breaks placed. `bookmark` anchors a contents entry. */
export function roleBody(
  ctx: RoleExportContext,
  bookmark?: string,
  opening: RoleOpening = [],
): Block[] {
  const flow = roleFlow(ctx, bookmark, opening);
  // The bookmark changes no measurement, so the plan made without it holds.
  return renderFlow(flow, rolePagePlan(ctx, opening));
}
