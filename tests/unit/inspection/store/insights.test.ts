import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../electron/ipc/dispatch';
import { InspectionInsights } from '../../../../electron/services/inspection/inspectionInsights';
import { newAction, newInspection, newPlan, storeLibrary } from './storeFixtures';

const Q3 = { start: '2024-07-01', end: '2024-10-01' };
const Q4 = { start: '2024-10-01', end: '2025-01-01' };

describe('inspection dashboard and KPI series over the library', () => {
  it('judges "today" in the library’s time zone, not the computer’s', () => {
    const library = storeLibrary();
    const { services, session, asIs, department } = library;
    const plan = services.inspections.savePlan(
      newPlan(asIs.key, { startDate: '2024-07-01', graceDays: 15 }),
    );
    services.inspections.saveInspection(newInspection(plan, Q3, [16.8, 68]));
    const late = newAction(asIs.key, { kind: 'none' });
    services.inspections.saveAction({ ...late, dueDate: '2025-01-15' }, 'zh-CN');
    session.repositories().inspection.setTimeZone('Asia/Shanghai');
    // 2025-01-15 16:30 UTC is already the 16th in Shanghai: Q4 (due until the 15th) is overdue,
    // and the action due on the 15th is past its date.
    const instant = new Date('2025-01-15T16:30:00Z');
    const shanghai = new InspectionInsights(session, () => instant).dashboard();
    expect(shanghai.today).toBe('2025-01-16');
    expect(shanghai.departments).toEqual([
      {
        departmentId: department.id,
        missedTargets: [
          {
            processKey: asIs.key,
            planKey: plan.key,
            period: Q3,
            kpiKeys: plan.kpis.map((k) => k.key),
          },
        ],
        due: [],
        overdue: [{ processKey: asIs.key, planKey: plan.key, period: Q4 }],
        overdueActions: [{ processKey: asIs.key, actionKey: late.key, dueDate: '2025-01-15' }],
      },
    ]);
    session.repositories().inspection.setTimeZone('America/Los_Angeles');
    const pacific = new InspectionInsights(session, () => instant).dashboard();
    expect(pacific.today).toBe('2025-01-15');
    expect(pacific.departments[0]).toMatchObject({
      due: [{ period: Q4 }],
      overdue: [],
      overdueActions: [],
    });
  });

  it('draws a plan’s KPIs with status against target and the approvals of the process and its variant', async () => {
    const { services, handlers, asIs, variant, session } = storeLibrary();
    session.repositories().inspection.setTimeZone('Asia/Shanghai');
    const plan = services.inspections.savePlan(newPlan(asIs.key));
    services.inspections.saveInspection(newInspection(plan, Q4, [17.3, 70]));
    services.inspections.saveInspection(newInspection(plan, Q3, [14.1, 96]));
    const toBe = services.processes.get(variant.id);
    services.processes.approve(variant.id, '专案经理方案', toBe.editVersion);

    const answer = await dispatch(
      handlers,
      'inspection:kpiSeries',
      { planKey: plan.key },
      { validateResponses: true },
    );
    if (!answer.ok) throw new Error(answer.error.message);
    const series = new InspectionInsights(session).kpiSeries(plan.key);
    expect(answer.data).toEqual(series);
    const [leadTime, satisfaction] = series.kpis;
    expect(leadTime?.target).toEqual({
      direction: 'lowerIsBetter',
      strict: false,
      value: 5,
      unit: '天',
    });
    expect(leadTime?.points.map((p) => [p.period.start, p.value, p.status?.met])).toEqual([
      ['2024-07-01', 14.1, false],
      ['2024-10-01', 17.3, false],
    ]);
    expect(leadTime?.points[1]?.status?.margin).toBe(-12.3);
    expect(satisfaction?.points.map((p) => p.status?.met)).toEqual([true, false]);
    // Approved today: both recorded quarters lie before it.
    expect(series.revisions).toEqual([
      expect.objectContaining({ processKey: variant.key, version: 1, pointsBefore: 2 }),
    ]);
    expect(series.revisions[0]?.label).toBe('保单签发（专案经理） v1');
  });
});
