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

/** The role as pieces of the page plan, by template and (Chinese) layout. */
export function roleFlow(ctx: RoleExportContext, bookmark?: string): FlowPiece[] {
  if (ctx.template === 'en') return enFlow(ctx, bookmark);
  return (ctx.layout ?? 'form') === 'form'
    ? zhFormFlow(ctx, bookmark)
    : zhSectionedFlow(ctx, bookmark);
}

/**
 * Plans by context: a handbook asks for a role's page count (its contents) and then builds
 * the role from the same context; the plan is made once. Weak, so it goes with the context.
 */
const plans = new WeakMap<RoleExportContext, PagePlan>();

export function rolePagePlan(ctx: RoleExportContext): PagePlan {
  let plan = plans.get(ctx);
  if (plan === undefined) {
    plan = planPages(roleFlow(ctx));
    plans.set(ctx, plan);
  }
  return plan;
}

/** How many pages the role takes as exported (a single export, or one section of a handbook). */
export function rolePageCount(ctx: RoleExportContext): number {
  return rolePagePlan(ctx).pages;
}

/** The role's body as docx blocks, page breaks placed. `bookmark` anchors a contents entry. */
export function roleBody(ctx: RoleExportContext, bookmark?: string): Block[] {
  // The bookmark changes no measurement, so the plan made without it holds.
  return renderFlow(roleFlow(ctx, bookmark), rolePagePlan(ctx));
}
