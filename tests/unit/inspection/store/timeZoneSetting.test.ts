import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../electron/ipc/dispatch';
import { storeLibrary } from './storeFixtures';

/*
 * The library's time zone through the channels the dashboard's setting calls: set, read back
 * from the library file, refused when it is not a zone, and cleared back to the computer's.
 */

describe('the library’s time zone setting', () => {
  it('is set, kept in the library, refused when unknown, and cleared', async () => {
    const { handlers, session } = storeLibrary();
    const call = (channel: string, payload: unknown) => dispatch(handlers, channel, payload);
    const system = Intl.DateTimeFormat().resolvedOptions().timeZone;

    expect(await call('inspection:timeZone', {})).toEqual({
      ok: true,
      data: { timeZone: system, stored: null, system },
    });
    const set = await call('inspection:setTimeZone', { timeZone: 'Asia/Shanghai' });
    expect(set).toMatchObject({
      ok: true,
      data: { timeZone: 'Asia/Shanghai', stored: 'Asia/Shanghai' },
    });
    expect(session.repositories().inspection.timeZone()).toBe('Asia/Shanghai');

    const refused = await call('inspection:setTimeZone', { timeZone: 'Mars/Olympus_Mons' });
    expect(refused.ok).toBe(false);
    expect(session.repositories().inspection.timeZone()).toBe('Asia/Shanghai');

    const cleared = await call('inspection:setTimeZone', { timeZone: null });
    expect(cleared).toMatchObject({ ok: true, data: { timeZone: system, stored: null } });
    const dashboard = await call('inspection:dashboard', {});
    expect(dashboard).toMatchObject({ ok: true, data: { timeZone: system } });
  });
});
