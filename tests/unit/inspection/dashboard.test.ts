import { describe, expect, it } from 'vitest';
import { inspectionDashboard } from '../../../shared/inspection/dashboard';
import { insurerSample } from './sampleData';

describe('the inspection dashboard', () => {
  const sample = insurerSample();
  const processKey = sample.plan.processKey;
  const otherPlan = {
    ...sample.plan,
    key: 'plan-2',
    processKey: 'process-2',
    startDate: '2025-01-01',
    frequency: 'monthly' as const,
  };

  const dashboard = (today: string) =>
    inspectionDashboard({
      processes: [
        { key: processKey, departmentId: 1 },
        { key: 'process-2', departmentId: 2 },
      ],
      plans: [sample.plan, otherPlan],
      inspections: sample.inspections,
      actions: sample.actions,
      today,
    });

  it('lists by department the targets missed in the latest period, what is due and overdue', () => {
    const [insurer, other] = dashboard('2025-07-10');
    const satisfaction = sample.plan.kpis[2]?.key;
    expect(insurer?.departmentId).toBe(1);
    expect(insurer?.missedTargets).toEqual([
      {
        processKey,
        planKey: sample.plan.key,
        period: { start: '2025-04-01', end: '2025-07-01' },
        kpiKeys: [satisfaction],
      },
    ]);
    expect(insurer?.due).toEqual([]);
    expect(insurer?.overdue).toEqual([]);
    // The monthly plan of the other process has never been inspected.
    expect(other?.departmentId).toBe(2);
    expect(other?.due.map((d) => d.period.start)).toEqual(['2025-06-01']);
    expect(other?.overdue).toHaveLength(5);
  });

  it('reports actions past their due date until they are done', () => {
    expect(dashboard('2025-09-30')[0]?.overdueActions).toEqual([]);
    const [insurer] = dashboard('2025-10-01');
    expect(insurer?.overdueActions.map((a) => a.dueDate)).toEqual(['2025-09-30']);
    // Q3 2025 ended the day before: its inspection is due, not yet overdue.
    expect(insurer?.due.map((d) => d.period.start)).toEqual(['2025-07-01']);
    expect(dashboard('2025-10-16')[0]?.overdue.map((d) => d.period.start)).toEqual(['2025-07-01']);
  });
});
