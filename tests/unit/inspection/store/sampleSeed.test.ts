import { describe, expect, it } from 'vitest';
import { createServices } from '../../../../electron/ipc/handlers';
import { seedSampleLibrary } from '../../../../electron/library/seed/sampleLibrary';
import { NO_DIALOGS } from '../../../../electron/services/libraryService';
import { InspectionInsights } from '../../../../electron/services/inspection/inspectionInsights';
import { openTempSession } from '../../helpers/tempFiles';

function sampleLibrary() {
  const { session } = openTempSession();
  const seeded = seedSampleLibrary(session.repositories());
  const services = createServices({ session, dialogs: NO_DIALOGS, settings: null });
  const id = (code: string) => seeded.processIds.get(code) ?? 0;
  const asIs = services.processes.get(id('INS-P01'));
  const variant = services.processes.get(id('INS-P02'));
  return { session, services, asIs, variant };
}

describe('the sample library’s 工作检查 and 持续改进', () => {
  it('holds the insurer plan, six quarters, the survey, complaints and actions', () => {
    const { services, asIs } = sampleLibrary();
    const store = services.inspections;
    const [plan, ...otherPlans] = store.plans(null);
    expect(otherPlans).toEqual([]);
    expect(plan).toMatchObject({ processKey: asIs.key, frequency: 'quarterly' });
    expect(store.inspections(asIs.key).map((i) => i.period.start)).toEqual([
      '2024-01-01',
      '2024-04-01',
      '2024-07-01',
      '2024-10-01',
      '2025-01-01',
      '2025-04-01',
    ]);
    expect(store.surveys(asIs.key)).toHaveLength(1);
    expect(store.complaints(asIs.key)).toHaveLength(6);
    expect(store.actions(asIs.key).map((a) => a.status)).toEqual(['done', 'done', 'inProgress']);
  });

  it('approves the case-manager variant on 2024-12-31, naming the actions it answered', () => {
    const { services, session, asIs, variant } = sampleLibrary();
    expect(variant).toMatchObject({ status: 'approved', version: 1 });
    const [revision] = services.processes.history(variant.id);
    expect(revision?.createdAt).toBe('2024-12-31T01:30:00.000Z');
    const answered = services.inspections
      .actions(asIs.key)
      .filter((a) => a.answeredBy?.subject === variant.key);
    expect(answered).toHaveLength(2);
    for (const action of answered) expect(revision?.note).toContain(`整改措施：${action.what}`);

    const [plan] = services.inspections.plans(asIs.key);
    const series = new InspectionInsights(session).kpiSeries(plan?.key ?? '');
    // Drawn between the four quarters before the redesign and the two after it.
    expect(series.revisions).toEqual([
      expect.objectContaining({ date: '2024-12-31', processKey: variant.key, pointsBefore: 4 }),
    ]);
    const leadTime = series.kpis[0];
    expect(leadTime?.points.map((p) => p.status?.met)).toEqual([
      false,
      false,
      false,
      false,
      true,
      true,
    ]);
  });
});
