import { describe, expect, it } from 'vitest';
import { servqualGaps } from '../../../shared/inspection/servqual';
import type { DimensionScores, ServqualDimension } from '../../../shared/inspection/types';

const scores = (
  expectation: number,
  perception: number,
  weight: number | null = null,
): DimensionScores => ({ expectation, perception, weight });

const survey = (weights: boolean): Record<ServqualDimension, DimensionScores> => ({
  tangibles: scores(5.0, 5.5, weights ? 10 : null),
  reliability: scores(6.5, 5.0, weights ? 30 : null),
  responsiveness: scores(6.4, 3.2, weights ? 25 : null),
  assurance: scores(6.0, 5.6, weights ? 20 : null),
  empathy: scores(5.8, 4.8, weights ? 15 : null),
});

describe('servqualGaps', () => {
  it('gives perception − expectation per dimension, the mean gap and the worst dimension', () => {
    const reading = servqualGaps(survey(false));
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.result.gaps.map((g) => [g.dimension, g.gap])).toEqual([
      ['tangibles', 0.5],
      ['reliability', -1.5],
      ['responsiveness', -3.2],
      ['assurance', -0.4],
      ['empathy', -1],
    ]);
    expect(reading.result.unweightedGap).toBe(-1.12);
    expect(reading.result.weightedGap).toBeNull();
    expect(reading.result.worst).toBe('responsiveness');
  });

  it('weights the overall gap by the importance points', () => {
    const reading = servqualGaps(survey(true));
    if (!reading.ok) throw new Error('expected a result');
    // (10·0.5 + 30·−1.5 + 25·−3.2 + 20·−0.4 + 15·−1) ÷ 100
    expect(reading.result.weightedGap).toBe(-1.43);
  });

  it('has no worst dimension when perception meets every expectation', () => {
    const all = survey(false);
    for (const dimension of Object.keys(all) as ServqualDimension[]) {
      all[dimension] = scores(5, 6);
    }
    const reading = servqualGaps(all);
    expect(reading.ok && reading.result.worst).toBeNull();
  });

  it('refuses a score outside the scale rather than clamping it', () => {
    const bad = { ...survey(false), empathy: scores(7.5, 0) };
    expect(servqualGaps(bad)).toEqual({
      ok: false,
      problems: [
        { dimension: 'empathy', field: 'expectation', value: 7.5 },
        { dimension: 'empathy', field: 'perception', value: 0 },
      ],
    });
    // The same scores are fine on a 0–10 scale.
    expect(
      servqualGaps({ ...survey(false), empathy: scores(7.5, 0) }, { min: 0, max: 10 }).ok,
    ).toBe(true);
  });
});
