import type { libraryCheckChannels } from '../../../shared/contract/checkChannels';
import type { Handler, Services } from '../handlers';

/** The handlers of the channels in shared/contract/checkChannels.ts. */
export function checkHandlers(services: Services): {
  [C in keyof typeof libraryCheckChannels]: Handler<C>;
} {
  void services;
  return {};
}
