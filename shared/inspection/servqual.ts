import {
  SERVQUAL_DIMENSIONS,
  type DimensionScores,
  type LikertScale,
  type ServqualDimension,
} from './types';

/*
 * SERVQUAL (Parasuraman, Zeithaml & Berry 1988): the gap per dimension is perception minus
 * expectation, so a negative gap is a shortfall. The default scale is the instrument's own
 * 1–7 Likert scale, so published benchmarks compare; a survey that used 1–5 says so in its
 * `scale`, and a score outside its scale is an error, never clamped.
 */

export const DEFAULT_SCALE: LikertScale = { min: 1, max: 7 };

export type DimensionGap = {
  dimension: ServqualDimension;
  expectation: number;
  perception: number;
  /** perception − expectation; negative = the service falls short of what was expected. */
  gap: number;
};

export type ServqualResult = {
  gaps: DimensionGap[];
  /** Mean of the five gaps. */
  unweightedGap: number;
  /** Σ weight·gap ÷ Σ weight over the weighted dimensions; null when no dimension has a weight. */
  weightedGap: number | null;
  /** The dimension with the most negative gap (first in SERVQUAL order on a tie); null if none < 0. */
  worst: ServqualDimension | null;
};

export type ServqualProblem = {
  dimension: ServqualDimension;
  field: 'expectation' | 'perception' | 'weight';
  value: number;
};

export type ServqualReading =
  { ok: true; result: ServqualResult } | { ok: false; problems: ServqualProblem[] };

const tidy = (n: number) => Math.round(n * 1e9) / 1e9;

function problemsOf(
  dimensions: Record<ServqualDimension, DimensionScores>,
  scale: LikertScale,
): ServqualProblem[] {
  const problems: ServqualProblem[] = [];
  const onScale = (n: number) => Number.isFinite(n) && n >= scale.min && n <= scale.max;
  for (const dimension of SERVQUAL_DIMENSIONS) {
    const { expectation, perception, weight } = dimensions[dimension];
    if (!onScale(expectation))
      problems.push({ dimension, field: 'expectation', value: expectation });
    if (!onScale(perception)) problems.push({ dimension, field: 'perception', value: perception });
    if (weight !== null && !(Number.isFinite(weight) && weight >= 0)) {
      problems.push({ dimension, field: 'weight', value: weight });
    }
  }
  return problems;
}

export function servqualGaps(
  dimensions: Record<ServqualDimension, DimensionScores>,
  scale: LikertScale = DEFAULT_SCALE,
): ServqualReading {
  const problems = problemsOf(dimensions, scale);
  if (problems.length > 0) return { ok: false, problems };
  const gaps = SERVQUAL_DIMENSIONS.map((dimension): DimensionGap => {
    const { expectation, perception } = dimensions[dimension];
    return { dimension, expectation, perception, gap: tidy(perception - expectation) };
  });
  const unweightedGap = tidy(gaps.reduce((sum, g) => sum + g.gap, 0) / gaps.length);
  let weightSum = 0;
  let weighted = 0;
  for (const g of gaps) {
    const weight = dimensions[g.dimension].weight;
    if (weight === null) continue;
    weightSum += weight;
    weighted += weight * g.gap;
  }
  const weightedGap = weightSum > 0 ? tidy(weighted / weightSum) : null;
  let worst: DimensionGap | null = null;
  for (const g of gaps) if (g.gap < 0 && (worst === null || g.gap < worst.gap)) worst = g;
  return {
    ok: true,
    result: { gaps, unweightedGap, weightedGap, worst: worst?.dimension ?? null },
  };
}
