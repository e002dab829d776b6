import { describe, expect, it } from 'vitest';
import { inspectionSchema, periodSchema, surveySchema } from '../../../shared/inspection/schemas';
import { insurerSample } from './sampleData';

describe('inspection schemas', () => {
  const sample = insurerSample();
  const inspection = sample.inspections[0];
  if (!inspection) throw new Error('no inspection');

  it('refuse a period that is not a real date or ends before it starts', () => {
    expect(periodSchema.safeParse({ start: '2023-02-29', end: '2023-04-01' }).success).toBe(false);
    expect(periodSchema.safeParse({ start: '2024-04-01', end: '2024-01-01' }).success).toBe(false);
    expect(periodSchema.safeParse({ start: '2024-02-29', end: '2024-04-01' }).success).toBe(true);
  });

  it('refuse values out of range instead of clamping them, and unknown fields', () => {
    const [first] = inspection.measurements;
    if (!first) throw new Error('no measurement');
    const withMeasurement = (measurement: object) => ({
      ...inspection,
      measurements: [{ ...first, ...measurement }],
    });
    expect(inspectionSchema.safeParse(withMeasurement({ sampleSize: 0 })).success).toBe(false);
    expect(inspectionSchema.safeParse(withMeasurement({ value: Infinity })).success).toBe(false);
    expect(inspectionSchema.safeParse({ ...inspection, extra: 1 }).success).toBe(false);
    expect(inspectionSchema.safeParse({ ...inspection, method: 'guess' }).success).toBe(false);
    expect(
      inspectionSchema.safeParse({ ...inspection, measurements: [first, first] }).success,
    ).toBe(false);
  });

  it('refuse a SERVQUAL score outside the survey’s own scale', () => {
    const survey = sample.survey;
    const outside = {
      ...survey,
      dimensions: {
        ...survey.dimensions,
        empathy: { expectation: 7.2, perception: 4, weight: 15 },
      },
    };
    expect(surveySchema.safeParse(outside).success).toBe(false);
    expect(surveySchema.safeParse({ ...outside, scale: { min: 0, max: 10 } }).success).toBe(true);
  });
});
