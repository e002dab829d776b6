import type { linkChannels } from '../../../shared/contract/linkChannels';
import type { Handler, Services } from '../handlers';

/** The handlers of the channels in shared/contract/linkChannels.ts. */
export function linkHandlers(services: Services): { [C in keyof typeof linkChannels]: Handler<C> } {
  return {
    'links:candidates': ({ roleId }) => services.links.candidates(roleId),
    'links:ofProcess': ({ processId }) => services.links.ofProcess(processId),
    'links:draftDuties': ({ roleId }) => services.links.draftDuties(roleId),
  };
}
