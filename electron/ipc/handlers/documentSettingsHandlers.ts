import type { documentSettingsChannels } from '../../../shared/contract/documentSettingsChannels';
import type { Handler, Services } from '../handlers';

/** The handlers of the channels in shared/contract/documentSettingsChannels.ts. */
export function documentSettingsHandlers({ documentSettings }: Services): {
  [C in keyof typeof documentSettingsChannels]: Handler<C>;
} {
  return {
    'documentSettings:get': () => documentSettings.get(),
    'documentSettings:set': (settings) => documentSettings.set(settings),
  };
}
