import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../../../shared/i18n';
import { translator } from '../../../../shared/i18n/translate';
import { inspectionDashboard } from '../../../../shared/inspection/dashboard';
import { dashboardGroups } from '../../../../renderer/features/inspection/dashboardRows';
import { insurerSample } from '../sampleData';

/* The dashboard as lines: KPI names, period names, processes by code and name, tree order. */

const zh = translator(MESSAGES['zh-CN']);
const sample = insurerSample();
const processKey = sample.plan.processKey;

function groups(today: string) {
  const processes = [{ key: processKey, departmentId: 7 }];
  const dashboard = {
    today,
    timeZone: 'Asia/Shanghai',
    departments: inspectionDashboard({
      processes,
      plans: [sample.plan],
      inspections: sample.inspections,
      actions: sample.actions,
      today,
    }),
  };
  return dashboardGroups(
    {
      dashboard,
      processes: [
        {
          id: 3,
          key: processKey,
          code: 'INS-P01',
          name: '保单签发（现状）',
          processClass: null,
          ownerRoleId: null,
          departmentId: 7,
          status: 'approved',
          version: 1,
          editVersion: 1,
          stepCount: 10,
          variantOfId: null,
        },
      ],
      plans: [sample.plan],
      actions: sample.actions,
      departments: [{ id: 7, label: '保险业务示例' }],
    },
    zh,
  );
}

describe('the dashboard lines', () => {
  it('names the missed KPIs, the overdue quarters and the late actions of the process', () => {
    const [group, ...rest] = groups('2025-11-20');
    expect(rest).toEqual([]);
    expect(group?.title).toBe('保险业务示例');
    expect(group?.missed).toEqual([
      {
        processId: 3,
        text: 'INS-P01 保单签发（现状） — 2025年第2季度：客户满意度 / Customer satisfaction',
      },
    ]);
    expect(group?.overdue.map((line) => line.text)).toEqual([
      'INS-P01 保单签发（现状） — 2025年第3季度',
    ]);
    expect(group?.overdueActions[0]?.text).toMatch(
      /^INS-P01 保单签发（现状） — .+（应于 \d{4}-\d{2}-\d{2} 完成）$/,
    );
    expect(group?.overdueActions[0]?.text).not.toMatch(/。（/);
  });
});
