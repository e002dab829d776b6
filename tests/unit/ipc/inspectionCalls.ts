import {
  newAction,
  newComplaint,
  newInspection,
  newPlan,
  newSurvey,
} from '../inspection/store/storeFixtures';
import type { InspectionPlan } from '../../../shared/inspection/types';

type Call = (channel: string, payload: unknown) => Promise<Record<string, unknown>>;

/** Calls each inspection channel once, through dispatch with the answers checked (dispatch.test). */
export async function inspectionCalls(call: Call, processKey: string): Promise<void> {
  const plan = (await call('inspection:savePlan', newPlan(processKey))) as InspectionPlan;
  await call('inspection:plans', { processKey });
  await call('inspection:plan', { key: plan.key });
  const inspection = await call(
    'inspection:saveInspection',
    newInspection(plan, { start: '2024-01-01', end: '2024-04-01' }, [4, 96]),
  );
  await call('inspection:inspections', { processKey: null });
  await call('inspection:inspection', { key: inspection.key });
  await call('inspection:kpiSeries', { planKey: plan.key });
  await call('inspection:dashboard', {});
  await call('inspection:setTimeZone', { timeZone: 'Asia/Shanghai' });
  await call('inspection:timeZone', {});
  await call('inspection:importTemplate', { planKey: plan.key, locale: 'zh-CN' });
  await call('export:inspectionReport', {
    planKey: plan.key,
    range: null,
    locale: 'en',
    format: 'xlsx',
  });
  await call('export:libraryInspectionReport', {
    range: { start: '2024-01-01', end: '2025-01-01' },
    departmentId: null,
    locale: 'zh-CN',
    format: 'xlsx',
  });
  const csv = '期间开始,期间结束,指标,测量值\n2024-04-01,2024-06-30,平均办理周期,3.5\n';
  await call('inspection:importMeasurements', {
    planKey: plan.key,
    fileName: 'q2.csv',
    data: Buffer.from(csv).toString('base64'),
    locale: 'zh-CN',
  });
  await call('inspection:deleteInspection', { key: inspection.key, expectedVersion: 0 });
  await call('inspection:deletePlan', { key: plan.key, expectedVersion: 0 });

  const survey = await call('inspection:saveSurvey', newSurvey(processKey));
  await call('inspection:surveys', { processKey });
  await call('inspection:survey', { key: survey.key });
  await call('inspection:deleteSurvey', { key: survey.key, expectedVersion: 0 });
  const complaint = await call('inspection:saveComplaint', newComplaint(processKey));
  await call('inspection:complaints', { processKey });
  await call('inspection:complaint', { key: complaint.key });
  await call('inspection:deleteComplaint', { key: complaint.key, expectedVersion: 0 });
  const action = await call('inspection:saveAction', {
    action: newAction(processKey, { kind: 'none' }),
    locale: 'en',
  });
  await call('inspection:actions', { processKey: null });
  await call('inspection:action', { key: action.key });
  await call('inspection:deleteAction', { key: action.key, expectedVersion: 0 });
  const redesign = await call('inspection:saveAction', {
    action: newAction(processKey, { kind: 'none' }),
    locale: 'zh-CN',
  });
  await call('inspection:openVariant', { key: redesign.key, expectedVersion: 0, locale: 'zh-CN' });
}
