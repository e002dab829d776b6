import type { importChannels } from '../../../shared/contract/importChannels';
import type { Handler, Services } from '../handlers';

/** The handlers of the channels in shared/contract/importChannels.ts. */
export function importHandlers({ imports }: Services): {
  [C in keyof typeof importChannels]: Handler<C>;
} {
  return {
    'import:pickWord': ({ mode }) => imports.pickWord(mode),
    'import:startWord': ({ source }) => imports.startWord(source),
    'import:job': ({ jobId }) => imports.job(jobId),
    'import:cancel': ({ jobId }) => imports.cancel(jobId),
    'import:commitWord': ({ roles }) => imports.commitWord(roles),
  };
}
