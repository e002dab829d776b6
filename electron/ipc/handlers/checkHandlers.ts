import type { libraryCheckChannels } from '../../../shared/contract/checkChannels';
import type { Handler, Services } from '../handlers';

/** The handlers of the channels in shared/contract/checkChannels.ts. */
export function checkHandlers(services: Services): {
  [C in keyof typeof libraryCheckChannels]: Handler<C>;
} {
  return {
    'alignment:checkLibrary': () => services.libraryChecks.checkLibrary(),
    'alignment:checkRole': ({ draft }) => services.libraryChecks.checkRole(draft),
    'alignment:checkProcess': ({ processId }) => services.libraryChecks.checkProcess(processId),
  };
}
