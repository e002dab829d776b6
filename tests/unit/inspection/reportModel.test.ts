import { describe, expect, it } from 'vitest';
import { inspectionReportModel } from '../../../shared/inspection/reportModel';
import { insurerReportInput } from '../export/inspection/reportFixture';

/*
 * The inspection report's model from the sample insurer: what is in the range, the findings
 * (every missed KPI and period), complaints by category, actions with owner titles, and the
 * KPI before and after the case-manager redesign.
 */

describe('the inspection report model', () => {
  const model = inspectionReportModel(insurerReportInput());

  it('judges each KPI and period against its target', () => {
    const lead = model.kpis.find((k) => k.kind === 'timeLimit');
    expect(lead?.points.map((p) => p.status?.met)).toEqual([
      false,
      false,
      false,
      false,
      true,
      true,
    ]);
    expect(lead?.modelled).toBe(15);
    expect(lead?.target?.unit).toBe('天');
    // 4 lead time + 5 errors (only 0.4 % meets ≤ 0.5 %) + 6 satisfaction (all under 95 %).
    expect(model.findings).toHaveLength(4 + 5 + 6);
  });

  it('compares the KPI before and after the redesign', () => {
    const lead = model.kpis.find((k) => k.kind === 'timeLimit');
    const result = lead?.beforeAfter[0]?.result;
    expect(result?.before).toEqual({ count: 4, mean: 15.85 });
    expect(result?.after).toEqual({ count: 2, mean: 1.15 });
    expect(result?.judgement).toBe('better');
  });

  it('counts complaints by category and names the actions’ owners', () => {
    expect(model.complaints.find((c) => c.category === 'management')).toEqual({
      category: 'management',
      count: 2,
      open: 1,
    });
    expect(model.actions.map((a) => a.ownerTitle)).toEqual([
      '新契约部经理',
      '专案经理',
      '专案经理',
    ]);
    expect(model.inspectors).toEqual(['新契约部经理']);
    expect(model.survey?.result.worst).toBe('responsiveness');
  });

  it('keeps to the chosen range', () => {
    const input = insurerReportInput();
    const only2024 = inspectionReportModel({
      ...input,
      range: { start: '2024-01-01', end: '2025-01-01' },
    });
    expect(only2024.kpis[0]?.points).toHaveLength(4);
    expect(only2024.revisions.map((r) => r.date)).toEqual(['2024-12-31']);
    // The action raised in 2025 is not yet alive in 2024.
    expect(only2024.actions).toHaveLength(2);
    expect(only2024.complaints.reduce((s, c) => s + c.count, 0)).toBe(5);
  });
});
