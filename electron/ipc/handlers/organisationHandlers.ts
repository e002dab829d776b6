import type { organisationChannels } from '../../../shared/contract/organisationChannels';
import type { Handler, Services } from '../handlers';

/** The handlers of the channels in shared/contract/organisationChannels.ts. */
export function organisationHandlers(services: Services): {
  [C in keyof typeof organisationChannels]: Handler<C>;
} {
  void services;
  return {};
}
