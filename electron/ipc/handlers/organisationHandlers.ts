import type { organisationChannels } from '../../../shared/contract/organisationChannels';
import type { Handler, Services } from '../handlers';

/** The handlers of the channels in shared/contract/organisationChannels.ts. */
export function organisationHandlers({ organisation }: Services): {
  [C in keyof typeof organisationChannels]: Handler<C>;
} {
  return {
    'organisation:raci': ({ scope }) => organisation.raci(scope),
    'organisation:setRaci': (request) => organisation.setRaci(request),
    'organisation:staffing': ({ departmentId }) => organisation.staffing(departmentId),
    'organisation:redesignPairs': () => organisation.redesignPairs(),
    'organisation:redesign': ({ asIsId, toBeId }) => organisation.redesign(asIsId, toBeId),
    'organisation:applyRedesign': (request) => organisation.applyRedesign(request),
  };
}
