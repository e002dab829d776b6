import type { processDocChannels } from '../../../shared/contract/processDocChannels';
import type { Handler, Services } from '../handlers';

/** The handlers of the channels in shared/contract/processDocChannels.ts. */
export function processDocHandlers(services: Services): {
  [C in keyof typeof processDocChannels]: Handler<C>;
} {
  const { processDocs } = services;
  return {
    'export:processDoc': ({ id, locale }) => processDocs.processDoc(id, locale),
    'export:startProcessHandbook': ({ departmentId, locale }) =>
      processDocs.startHandbook(departmentId, locale),
    'export:processHandbookJob': ({ jobId }) => processDocs.job(jobId),
    'export:cancelProcessHandbook': ({ jobId }) => processDocs.cancel(jobId),
  };
}
