import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers, createServices } from '../../../electron/ipc/handlers';
import { seedSampleLibrary } from '../../../electron/library/seed/sampleLibrary';
import { NO_DIALOGS } from '../../../electron/services/libraryService';
import type { ResponseOf } from '../../../shared/contract';
import { openTempSession } from '../helpers/tempFiles';

/*
 * The sample library's insurer in the staffing table, as an HR specialist opens it: the as-is
 * policy issuing is 1.86 FTE of real work (17 minutes a case at 10,000 cases, plus the
 * rework its loops repeat) against the 19 posts of the roles that work in it; its to-be variant
 * is a proposal, so the case manager has no hours in today's table.
 */

describe('the sample insurer in the staffing table', () => {
  it('is 1.86 FTE of work against 19 people, the to-be left out', async () => {
    const { session } = openTempSession();
    seedSampleLibrary(session.repositories());
    const handlers = createHandlers(
      createServices({ session, dialogs: NO_DIALOGS, settings: null }),
    );
    const result = await dispatch(
      handlers,
      'organisation:staffing',
      { departmentId: null },
      {
        validateResponses: true,
      },
    );
    if (!result.ok) throw new Error(result.error.message);
    const table = result.data as ResponseOf<'organisation:staffing'>;
    const asIs = table.processes.find((process) => process.name.startsWith('保单签发（现状）'));
    if (!asIs) throw new Error('the sample has no as-is insurer map');
    const rows = table.departments.flatMap((department) => department.rows);
    const inAsIs = rows.filter((row) =>
      row.processHours.some((cell) => cell.processId === asIs.id && cell.hours > 0),
    );
    const hours = inAsIs.reduce(
      (sum, row) => sum + (row.processHours.find((c) => c.processId === asIs.id)?.hours ?? 0),
      0,
    );
    const posts = inAsIs.reduce((sum, row) => sum + (row.headcount ?? 0), 0);
    // 3,091.6 h over 1,662.5 h a person; the 8 roles doing the work hold 18 posts, and the
    // 新契约部经理 (A on every step, no work of its own) makes the 19 people of the case.
    expect(hours).toBeCloseTo(3091.6, 1);
    expect(hours / table.basis.effectiveHours).toBeCloseTo(1.86, 2);
    expect(inAsIs).toHaveLength(8);
    expect(posts).toBe(18);
    const manager = rows.find((row) => row.title === '专案经理');
    expect(manager?.total).toBe(0);
  });
});
