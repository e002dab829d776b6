import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../../../shared/i18n';
import { translator } from '../../../../shared/i18n/translate';
import { inspectionPlanSchema, inspectionSchema } from '../../../../shared/inspection/schemas';
import { problemsOf } from '../../../../renderer/features/inspection/fieldProblems';
import { importErrorText } from '../../../../renderer/features/inspection/importErrors';
import {
  defaultPeriod,
  formToInspection,
  inspectionToForm,
} from '../../../../renderer/features/inspection/inspectionForm';
import { insurerSample } from '../sampleData';

/*
 * The dialogs' checks: a value out of range is an error at its field (never clamped), in the
 * interface language; the inspection form round-trips a stored inspection; an import error
 * names its row and column.
 */

const zh = translator(MESSAGES['zh-CN']);
const en = translator(MESSAGES.en);
const sample = insurerSample();
function defined<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('the sample has it');
  return value;
}
const leadTime = defined(sample.plan.kpis[0]);
const errors = defined(sample.plan.kpis[1]);
const first = defined(sample.inspections[0]);

describe('the checks of the plan dialog', () => {
  it('puts each problem at its field, in the interface language', () => {
    const plan = { ...sample.plan, graceDays: -1, frequency: 'custom' as const, everyMonths: null };
    const problems = problemsOf(inspectionPlanSchema, plan, zh, { everyMonths: '须填写间隔月数' });
    expect(problems.get('graceDays')).toEqual(['不能小于 0。']);
    expect(problems.get('everyMonths')).toEqual(['须填写间隔月数']);
  });

  it('says an empty KPI name is required', () => {
    const plan = { ...sample.plan, kpis: [{ ...leadTime, name: '' }] };
    expect(problemsOf(inspectionPlanSchema, plan, en).get('kpis.0.name')).toHaveLength(1);
  });
});

describe('the inspection form', () => {
  it('gives back the stored inspection unchanged but for its update time', () => {
    const stored = first;
    const form = inspectionToForm(sample.plan, stored, null, '2026-01-01');
    const { inspection, measuredKpis } = formToInspection(sample.plan, stored, form);
    expect({ ...inspection, updatedAt: stored.updatedAt }).toEqual(stored);
    expect(measuredKpis).toEqual(sample.plan.kpis.map((k) => k.key));
  });

  it('leaves an empty KPI unmeasured and keeps a bad sample size for the schema to refuse', () => {
    const form = inspectionToForm(sample.plan, null, first.period, '2026-01-01');
    form.values = { [leadTime.key]: 3.2, [errors.key]: null };
    form.samples = { [leadTime.key]: 0 };
    const { inspection, measuredKpis } = formToInspection(sample.plan, null, form);
    expect(measuredKpis).toEqual([leadTime.key]);
    expect(inspection.measurements).toEqual([{ kpiKey: leadTime.key, value: 3.2, sampleSize: 0 }]);
    const problems = problemsOf(inspectionSchema, inspection, zh);
    expect(problems.get('measurements.0.sampleSize')).toEqual(['不能小于 1。']);
  });
});

describe('an import error', () => {
  it('names the row and the column, or the row alone for the whole sheet', () => {
    const cell = { row: 3, column: '测量值', code: 'notANumber', params: { value: 'abc' } };
    expect(importErrorText(cell, zh)).toBe('第 3 行“测量值”列：“abc”不是数字。');
    const sheet = { row: 2, column: '', code: 'noRows', params: {} };
    expect(importErrorText(sheet, en)).toBe(
      'Row 2: The sheet has no measurements under its headings.',
    );
  });
});

describe('the period a new inspection opens on', () => {
  const q = (start: string, end: string) => ({ start, end });
  it('is the latest period that has ended, else the running one', () => {
    const periods = [q('2025-07-01', '2025-10-01'), q('2025-10-01', '2026-01-01')];
    expect(defaultPeriod(periods, '2025-10-01')).toEqual(periods[0]);
    expect(defaultPeriod(periods, '2025-09-30')).toEqual(periods[1]);
    expect(defaultPeriod(periods.slice(1), '2025-12-01')).toEqual(periods[1]);
    expect(defaultPeriod([], '2025-12-01')).toBeNull();
  });
});
