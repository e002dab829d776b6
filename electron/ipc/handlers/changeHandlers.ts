import type { changeChannels } from '../../../shared/contract/changeChannels';
import type { Handler, Services } from '../handlers';

/** The handlers of the channels in shared/contract/changeChannels.ts. */
export function changeHandlers(services: Services): {
  [C in keyof typeof changeChannels]: Handler<C>;
} {
  const { responsibility } = services;
  return {
    'changes:preview': ({ change }) => responsibility.preview(change),
    'changes:apply': ({ change, basis, locale }) => responsibility.apply(change, basis, locale),
  };
}
