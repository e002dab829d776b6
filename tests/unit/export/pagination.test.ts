import { describe, expect, it } from 'vitest';
import { planPages, PLAN_CAPACITY, type FlowPiece } from '../../../electron/export/pageFlow';
import { sectionHeading } from '../../../electron/export/blocks';
import {
  roleBody,
  roleFlow,
  rolePageCount,
  rolePagePlan,
} from '../../../electron/export/pagination';
import { enContext, zhContext } from './sampleRoles';
import { enEightDuties, enLargeTable, variedContexts, zhEightDuties } from './variedRoles';

/*
 * The page plan without a word processor: where it breaks and what it keeps together.
 * pageCount.test.ts checks the same plans against LibreOffice's PDF.
 */

const paragraph = (height: number, keepWithNext = false): FlowPiece => ({
  kind: 'paragraph',
  height,
  keepWithNext,
  build: () => {
    throw new Error('not built in these tests');
  },
});

const table = (rowHeights: number[], keepTogether: boolean): FlowPiece => ({
  kind: 'table',
  leadHeight: 0,
  headerHeight: 400,
  rowHeights,
  keepTogether,
  keepWithNext: false,
  build: () => [],
});

describe('page plan', () => {
  it('moves a table that fits on a page to the next page whole, its heading with it', () => {
    const plan = planPages([
      paragraph(PLAN_CAPACITY / 2),
      paragraph(300, true),
      table(
        Array.from({ length: 10 }, () => 800),
        true,
      ),
    ]);
    expect(plan.pages).toBe(2);
    expect([...plan.breakBefore]).toEqual([1]);
    expect(plan.tableSplits.size).toBe(0);
  });

  it('breaks a table longer than a page between rows, never before its last row', () => {
    const rows = Array.from({ length: 40 }, () => 800);
    const plan = planPages([paragraph(300, true), table(rows, true)]);
    const splits = plan.tableSplits.get(1) ?? [];
    expect(splits.length).toBeGreaterThan(0);
    expect(plan.pages).toBe(splits.length + 1);
    expect(splits).not.toContain(rows.length - 1);
  });

  it('keeps the closing block with the piece before it', () => {
    const plan = planPages([paragraph(PLAN_CAPACITY - 500), paragraph(400, true), paragraph(400)]);
    expect(plan.pages).toBe(2);
    expect([...plan.breakBefore]).toEqual([1]);
  });
});

describe('role page plans', () => {
  it('puts a Chinese role of eight duties on two pages in the form layout', () => {
    expect(rolePageCount(zhEightDuties('form'))).toBe(2);
    expect(rolePageCount(zhContext())).toBe(2);
  });

  it('keeps the duty table of an English role whole when it fits on a page', () => {
    for (const ctx of [enContext(), enEightDuties(), enLargeTable()]) {
      const flow = roleFlow(ctx);
      const plan = rolePagePlan(ctx);
      const duties = flow.findIndex(
        (p) => p.kind === 'table' && p.rowHeights.length === ctx.role.duties.length + 1,
      );
      expect(duties).toBeGreaterThan(0);
      expect(plan.tableSplits.has(duties)).toBe(false);
    }
  });

  it('never starts a page with the signature block or the export date', () => {
    for (const [name, ctx] of variedContexts()) {
      const flow = roleFlow(ctx);
      const plan = rolePagePlan(ctx);
      // The closing block: the last three pieces (heading or band, signatures, date) and the
      // piece before them are glued, so no break falls inside or just before them.
      const closingStart =
        flow.length - (ctx.template === 'zh' && (ctx.layout ?? 'form') === 'form' ? 3 : 4);
      for (let i = closingStart; i < flow.length; i++) {
        expect(plan.breakBefore.has(i), `${name}: page break before piece ${i}`).toBe(false);
      }
    }
  });

  it('plans an opening printed above the title (a handbook’s department heading) with the role', () => {
    const ctx = zhEightDuties('form');
    const heading = sectionHeading('人力资源部', 'zh');
    const flow = roleFlow(ctx, undefined, [heading]);
    expect(flow[0]?.keepWithNext).toBe(true);
    expect(flow).toHaveLength(roleFlow(ctx).length + 1);
    const tall = { ...heading, height: PLAN_CAPACITY / 2 };
    expect(rolePageCount(ctx, [tall])).toBeGreaterThan(rolePageCount(ctx));
    expect(roleBody(ctx, undefined, [heading])).toHaveLength(roleBody(ctx).length + 1);
  });
});
