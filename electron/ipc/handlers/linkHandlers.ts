import type { linkChannels } from '../../../shared/contract/linkChannels';
import type { Handler, Services } from '../handlers';

/** The handlers of the channels in shared/contract/linkChannels.ts. */
export function linkHandlers(services: Services): { [C in keyof typeof linkChannels]: Handler<C> } {
  void services;
  return {};
}
