import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../electron/ipc/dispatch';
import { AppError } from '../../../../shared/errors';
import { MESSAGES } from '../../../../shared/i18n';
import {
  newAction,
  newComplaint,
  newInspection,
  newPlan,
  newSurvey,
  storeLibrary,
} from './storeFixtures';

const Q1 = { start: '2024-01-01', end: '2024-04-01' };
const Q2 = { start: '2024-04-01', end: '2024-07-01' };

function codeOf(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('inspection store (real SQLite file)', () => {
  it('saves, lists, gets and deletes each aggregate, versioned', () => {
    const { services, asIs, other } = storeLibrary();
    const store = services.inspections;
    const plan = store.savePlan(newPlan(asIs.key));
    expect(plan.editVersion).toBe(0);
    const edited = store.savePlan({ ...plan, graceDays: 30 });
    expect(edited).toMatchObject({ graceDays: 30, editVersion: 1, createdAt: plan.createdAt });
    expect(store.plans(asIs.key)).toEqual([edited]);
    expect(store.plans(other.key)).toEqual([]);
    expect(store.plans(null)).toEqual([edited]);

    const q1 = store.saveInspection(newInspection(plan, Q1, [15.2, 71]));
    expect(store.inspection(q1.key).measurements.map((m) => m.value)).toEqual([15.2, 71]);
    const survey = store.saveSurvey(newSurvey(asIs.key));
    expect(store.survey(survey.key).dimensions.responsiveness).toEqual({
      expectation: 6.3,
      perception: 3.1,
      weight: 20,
    });
    const complaint = store.saveComplaint(newComplaint(asIs.key));
    expect(store.complaints(asIs.key).map((c) => c.stepId)).toEqual(['uw-wait']);
    const action = store.saveAction(newAction(asIs.key, { kind: 'none' }), 'zh-CN');
    expect(store.action(action.key)).toEqual(action);

    expect(store.deleteSurvey(survey.key, 0)).toEqual({ key: survey.key });
    expect(store.surveys(null)).toEqual([]);
    store.deleteComplaint(complaint.key, 0);
    store.deleteAction(action.key, 0);
    // A plan's inspections go with it.
    store.deletePlan(plan.key, 1);
    expect(store.inspections(asIs.key)).toEqual([]);
    expect(codeOf(() => store.inspection(q1.key))).toBe('NOT_FOUND');
  });

  it('refuses a stale edit version (EDIT_CONFLICT) and writes nothing', () => {
    const { services, asIs } = storeLibrary();
    const store = services.inspections;
    const plan = store.savePlan(newPlan(asIs.key));
    store.savePlan({ ...plan, graceDays: 20 });
    expect(codeOf(() => store.savePlan({ ...plan, graceDays: 40 }))).toBe('EDIT_CONFLICT');
    expect(codeOf(() => store.deletePlan(plan.key, 0))).toBe('EDIT_CONFLICT');
    expect(store.plan(plan.key).graceDays).toBe(20);
    // A copy based on a version whose row was deleted elsewhere is gone, not recreated.
    store.deletePlan(plan.key, 1);
    expect(codeOf(() => store.savePlan({ ...plan, editVersion: 1 }))).toBe('NOT_FOUND');
  });

  it('refuses records of an unknown process, plan or KPI, and a second inspection of a period', () => {
    const { services, asIs, other } = storeLibrary();
    const store = services.inspections;
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(codeOf(() => store.savePlan(newPlan(unknown)))).toBe('INSPECTION_PROCESS_UNKNOWN');
    expect(codeOf(() => store.saveComplaint(newComplaint(unknown)))).toBe(
      'INSPECTION_PROCESS_UNKNOWN',
    );
    const plan = store.savePlan(newPlan(asIs.key));
    const elsewhere = { ...newInspection(plan, Q1, [3]), processKey: other.key };
    expect(codeOf(() => store.saveInspection(elsewhere))).toBe('INSPECTION_PLAN_UNKNOWN');
    const strayKpi = newInspection(plan, Q1, [3]);
    const stray = { ...strayKpi, measurements: [{ kpiKey: unknown, value: 1, sampleSize: null }] };
    expect(codeOf(() => store.saveInspection(stray))).toBe('INSPECTION_KPI_UNKNOWN');
    store.saveInspection(newInspection(plan, Q1, [3]));
    let error: unknown = null;
    try {
      store.saveInspection(newInspection(plan, Q1, [4]));
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({
      code: 'INSPECTION_PERIOD_TAKEN',
      params: { start: '2024-01-01', end: '2024-03-31' },
    });
    expect(store.saveInspection(newInspection(plan, Q2, [4])).period).toEqual(Q2);
    expect(store.inspections(asIs.key)).toHaveLength(2);
  });

  it('forgets what was recorded about a process when the process is deleted', () => {
    const { services, asIs } = storeLibrary();
    const store = services.inspections;
    const plan = store.savePlan(newPlan(asIs.key));
    store.saveInspection(newInspection(plan, Q1, [3]));
    store.saveComplaint(newComplaint(asIs.key));
    services.processes.delete(asIs.id, asIs.editVersion);
    expect(store.plans(null)).toEqual([]);
    expect(store.inspections(null)).toEqual([]);
    expect(store.complaints(null)).toEqual([]);
  });

  it('through dispatch: a value out of range is refused at its field, coded, nothing stored', async () => {
    const { handlers, services, asIs } = storeLibrary();
    const plan = services.inspections.savePlan(newPlan(asIs.key));
    const survey = newSurvey(asIs.key);
    const outOfScale = {
      ...survey,
      dimensions: {
        ...survey.dimensions,
        empathy: { expectation: 8, perception: 4, weight: null },
      },
    };
    const refused = await dispatch(handlers, 'inspection:saveSurvey', outOfScale);
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(JSON.stringify(refused)).toContain('dimensions.empathy.expectation');
    expect(services.inspections.surveys(null)).toEqual([]);

    const unknownProcess = await dispatch(handlers, 'inspection:saveComplaint', {
      ...newComplaint('00000000-0000-4000-8000-000000000000'),
    });
    expect(unknownProcess).toMatchObject({
      ok: false,
      error: { code: 'INSPECTION_PROCESS_UNKNOWN' },
    });
    const listed = await dispatch(
      handlers,
      'inspection:inspections',
      { processKey: asIs.key },
      { validateResponses: true },
    );
    expect(listed).toEqual({ ok: true, data: [] });
    const saved = await dispatch(
      handlers,
      'inspection:saveInspection',
      newInspection(plan, Q1, [3.5, 96]),
      { validateResponses: true },
    );
    expect(saved.ok).toBe(true);
  });

  it('has a message for every inspection error code in both languages', () => {
    for (const code of [
      'INSPECTION_PROCESS_UNKNOWN',
      'INSPECTION_PLAN_UNKNOWN',
      'INSPECTION_KPI_UNKNOWN',
      'INSPECTION_PERIOD_TAKEN',
      'INSPECTION_FILE_UNREADABLE',
    ] as const) {
      expect(MESSAGES.en.errors[code]).toMatch(/\S/);
      expect(MESSAGES['zh-CN'].errors[code]).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
