import { describe, expect, it } from 'vitest';
import { REDESIGN_APPROVED_ON } from '../../../shared/inspection/sampleInsurerInspections';
import {
  complaintSchema,
  improvementActionSchema,
  inspectionPlanSchema,
  inspectionSchema,
  surveySchema,
} from '../../../shared/inspection/schemas';
import { servqualGaps } from '../../../shared/inspection/servqual';
import { parseTarget, statusAgainstTarget } from '../../../shared/inspection/target';
import { beforeAndAfter, kpiSeries } from '../../../shared/inspection/trend';
import { insurerSample } from './sampleData';

describe('the insurer sample inspections', () => {
  const sample = insurerSample();

  it('passes the schemas the repository will read it through', () => {
    expect(inspectionPlanSchema.safeParse(sample.plan).error).toBeUndefined();
    for (const inspection of sample.inspections) {
      expect(inspectionSchema.safeParse(inspection).error).toBeUndefined();
    }
    expect(surveySchema.safeParse(sample.survey).error).toBeUndefined();
    for (const complaint of sample.complaints) {
      expect(complaintSchema.safeParse(complaint).error).toBeUndefined();
    }
    for (const action of sample.actions) {
      expect(improvementActionSchema.safeParse(action).error).toBeUndefined();
    }
  });

  it('misses the 时限 target in the four quarters before the redesign and meets it after', () => {
    const [leadTime] = sample.plan.kpis;
    if (!leadTime) throw new Error('no KPI');
    const reading = parseTarget(leadTime.target);
    if (!reading.ok) throw new Error(reading.reason);
    const series = kpiSeries(sample.inspections, leadTime.key);
    expect(series).toHaveLength(6);
    const met = series.map((p) => statusAgainstTarget(reading.target, p.value).met);
    expect(met).toEqual([false, false, false, false, true, true]);
    // DOMAIN.md: 5 to 25 days before, 24 hours at the very best.
    for (const point of series.slice(0, 4)) {
      expect(point.value).toBeGreaterThanOrEqual(5);
      expect(point.value).toBeLessThanOrEqual(25);
    }
    const change = beforeAndAfter(series, REDESIGN_APPROVED_ON, reading.target.direction);
    expect(change.before?.count).toBe(4);
    expect(change.after?.count).toBe(2);
    expect(change.straddling).toBe(0);
    expect(change.judgement).toBe('better');
    expect(change.changePercent).toBeLessThan(-60);
  });

  it('has its worst SERVQUAL gap in responsiveness, and actions answered by the redesign', () => {
    const reading = servqualGaps(sample.survey.dimensions, sample.survey.scale);
    expect(reading.ok && reading.result.worst).toBe('responsiveness');
    const answered = sample.actions.filter((a) => a.answeredBy !== null);
    expect(answered.map((a) => a.status)).toEqual(['done', 'done']);
    expect(sample.actions.filter((a) => a.status !== 'done')).toHaveLength(1);
    expect(sample.revisions.map((r) => r.date)).toEqual([REDESIGN_APPROVED_ON]);
  });
});
