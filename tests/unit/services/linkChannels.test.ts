import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers, createServices } from '../../../electron/ipc/handlers';
import { INSURER_ROLE_CODES } from '../../../electron/library/seed/insurerCommon';
import { seedSampleLibrary } from '../../../electron/library/seed/sampleLibrary';
import { NO_DIALOGS } from '../../../electron/services/libraryService';
import { openTempSession } from '../helpers/tempFiles';

function setup() {
  const { session } = openTempSession();
  const seeded = seedSampleLibrary(session.repositories());
  const services = createServices({ session, dialogs: NO_DIALOGS, settings: null });
  const handlers = createHandlers(services);
  const call = async <T>(channel: string, payload: unknown): Promise<T> => {
    const result = await dispatch(handlers, channel, payload, { validateResponses: true });
    if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
    return result.data as T;
  };
  return { call, seeded, services };
}

describe('scratch', () => {
  it('prints', async () => {
    const { call, seeded } = setup();
    for (const code of Object.values(INSURER_ROLE_CODES)) {
      const roleId = seeded.roleIds.get(code);
      console.log(code, JSON.stringify(await call('links:draftDuties', { roleId }), null, 1));
    }
  });
});
