import type { sheetChannels } from '../../../shared/contract/sheetChannels';
import type { Handler, Services } from '../handlers';

/** The handlers of the channels in shared/contract/sheetChannels.ts. */
export function sheetHandlers({ spreadsheets }: Services): {
  [C in keyof typeof sheetChannels]: Handler<C>;
} {
  return {
    'export:sheet': (request) => spreadsheets.exportSheet(request),
  };
}
