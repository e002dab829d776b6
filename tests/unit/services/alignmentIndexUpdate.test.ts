import { describe, expect, it } from 'vitest';
import { createServices } from '../../../electron/ipc/handlers';
import {
  INSURER_AS_IS_CODE,
  INSURER_ROLE_CODES,
} from '../../../electron/library/seed/insurerCommon';
import { seedSampleLibrary } from '../../../electron/library/seed/sampleLibrary';
import { AlignmentLibraryStore } from '../../../electron/services/alignmentLibrary';
import { AnalysisService } from '../../../electron/services/analysisService';
import { NO_DIALOGS } from '../../../electron/services/libraryService';
import { openTempSession } from '../helpers/tempFiles';

/*
 * The store's index on the sample library, updated after real saves (issue 10: "built once and
 * updated on change"): the library is read again from the database after each save, so the
 * maps are recognised by their editVersion, not by the objects.
 */

function setup() {
  const { session } = openTempSession();
  const seeded = seedSampleLibrary(session.repositories());
  const services = createServices({ session, dialogs: NO_DIALOGS, settings: null });
  const store = new AlignmentLibraryStore(session, new AnalysisService(session));
  return { services, seeded, store };
}

describe('the alignment library store’s index', () => {
  it('analyses no map after a role save and only the saved map after a map save', () => {
    const { services, seeded, store } = setup();
    const first = store.index();
    expect(first.analysedProcessIds).toHaveLength(first.library.processes.length);
    const rater = services.roles.get(seeded.roleIds.get(INSURER_ROLE_CODES.rater) ?? 0);
    services.roles.save({ ...rater, headcount: (rater.headcount ?? 0) + 1 }, rater.editVersion);
    const afterRole = store.index();
    expect(afterRole).not.toBe(first);
    expect(afterRole.analysedProcessIds).toEqual([]);
    const processId = seeded.processIds.get(INSURER_AS_IS_CODE) ?? 0;
    const { id: _id, graph, ...rest } = services.processes.get(processId);
    void _id;
    const nodes = graph.nodes.map((node) =>
      node.kind === 'activity' ? { ...node, label: `${node.label}（改）` } : node,
    );
    services.processes.save(processId, rest, { ...graph, nodes }, rest.editVersion);
    expect(store.index().analysedProcessIds).toEqual([processId]);
  });
});
