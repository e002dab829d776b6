import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../electron/ipc/dispatch';
import { newComplaint, newInspection, newPlan, storeLibrary } from './storeFixtures';

/*
 * A record changed outside RoleFlow (a spreadsheet tool, a sync gone wrong) is refused with a
 * message that names it, through the channels the screens call: not read half-way, not
 * dropped from a list, and not written over. Its bytes stay as they were.
 */

describe('a damaged inspection record', () => {
  it('is named, not half-read, dropped or written over', async () => {
    const { handlers, services, asIs, session, file } = storeLibrary();
    const plan = services.inspections.savePlan(newPlan(asIs.key));
    const inspection = services.inspections.saveInspection(
      newInspection(plan, { start: '2024-01-01', end: '2024-04-01' }, [4, 96]),
    );
    const complaint = services.inspections.saveComplaint(newComplaint(asIs.key));
    session.close();

    // Another program writes broken JSON into one inspection and an unknown category into a complaint.
    const raw = new Database(file);
    raw
      .prepare('UPDATE inspections SET measurements = ? WHERE key = ?')
      .run('[{"kpiKey": 1', inspection.key);
    raw.prepare('UPDATE complaints SET category = ? WHERE key = ?').run('gossip', complaint.key);
    raw.close();
    session.open(file, { create: false });

    const call = (channel: string, payload: unknown) => dispatch(handlers, channel, payload);
    expect(await call('inspection:inspections', { processKey: asIs.key })).toMatchObject({
      ok: false,
      error: {
        code: 'INSPECTION_RECORD_DAMAGED',
        params: { what: 'inspection', key: inspection.key },
      },
    });
    expect(await call('inspection:complaint', { key: complaint.key })).toMatchObject({
      ok: false,
      error: { code: 'INSPECTION_RECORD_DAMAGED', params: { what: 'complaint' } },
    });
    // The plan is intact and still reads.
    expect(await call('inspection:plans', { processKey: asIs.key })).toMatchObject({ ok: true });
    // A save over the damaged inspection is refused too: it reads the stored row first.
    expect(await call('inspection:saveInspection', { ...inspection, notes: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'INSPECTION_RECORD_DAMAGED' },
    });
    session.close();
    const after = new Database(file, { readonly: true });
    const row = after
      .prepare('SELECT measurements FROM inspections WHERE key = ?')
      .get(inspection.key);
    after.close();
    expect(row).toEqual({ measurements: '[{"kpiKey": 1' });
  });
});
