import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../../../shared/i18n';
import { translator } from '../../../../shared/i18n/translate';
import { inspectionPlanSchema } from '../../../../shared/inspection/schemas';
import {
  kpisFromProcess,
  newPlan,
  quarterStart,
  targetsOf,
} from '../../../../renderer/features/inspection/planDraft';

/* A new plan prefilled from the process's KPI targets: one plan KPI per written target. */

const zh = translator(MESSAGES['zh-CN']);
let n = 0;
const key = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

describe('a new inspection plan', () => {
  it('splits a KPI text holding several targets', () => {
    expect(targetsOf('常规件 ≤ 4 小时；疑难件 ≤ 1 个工作日')).toEqual([
      '常规件 ≤ 4 小时',
      '疑难件 ≤ 1 个工作日',
    ]);
    expect(targetsOf('  ')).toEqual([]);
  });

  it('takes one KPI per target written on the process, named by its kind', () => {
    const kpis = kpisFromProcess(
      { cost: '', timeLimit: '≤ 5 天', accuracy: '差错率 ≤ 0.5%', satisfaction: 'a; b' },
      zh,
      key,
    );
    expect(kpis.map((k) => [k.kind, k.name, k.target])).toEqual([
      ['timeLimit', '时限', '≤ 5 天'],
      ['accuracy', '准确性', '差错率 ≤ 0.5%'],
      ['satisfaction', '满意度 1', 'a'],
      ['satisfaction', '满意度 2', 'b'],
    ]);
  });

  it('starts on the quarter of today, quarterly with 15 days of grace, and passes the schema', () => {
    expect(quarterStart('2026-12-02')).toBe('2026-10-01');
    expect(quarterStart('2026-01-31')).toBe('2026-01-01');
    const plan = newPlan(
      key(),
      { cost: '', timeLimit: '≤ 5 天', accuracy: '', satisfaction: '' },
      '2026-05-20',
      zh,
      key,
    );
    expect(plan).toMatchObject({ frequency: 'quarterly', startDate: '2026-04-01', graceDays: 15 });
    expect(inspectionPlanSchema.safeParse(plan).success).toBe(true);
  });

  it('opens with one unnamed KPI when the process has no target, which the schema refuses', () => {
    const plan = newPlan(
      key(),
      { cost: '', timeLimit: '', accuracy: '', satisfaction: '' },
      '2026-05-20',
      zh,
      key,
    );
    expect(plan.kpis).toHaveLength(1);
    expect(inspectionPlanSchema.safeParse(plan).success).toBe(false);
  });
});
