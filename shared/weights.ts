import { z } from 'zod';

/*
 * 权重 (duty weight, % of working time): 0–100 with at most one decimal place, so a duty can
 * weigh 12.5 %. The contract refuses anything else, and the editor shows it at the field
 * rather than clamping or rounding what the user typed.
 */

/** The bounds and precision of a duty weight. */
export const DUTY_WEIGHT = { min: 0, max: 100, step: 0.1 } as const;

/** A weight as the contract takes it: refused, never clamped, when out of range or too precise. */
export const dutyWeightSchema = z
  .number()
  .min(DUTY_WEIGHT.min)
  .max(DUTY_WEIGHT.max)
  .multipleOf(DUTY_WEIGHT.step)
  .nullable();

/** True for an empty weight or one the contract takes. */
export function isValidWeight(weight: number | null): boolean {
  return dutyWeightSchema.safeParse(weight).success;
}

/**
 * The sum of the weights that are set, counted in tenths so that 0.1 + 64.1 + 35.8 is exactly
 * 100 (floating-point addition would give 99.99999999999999).
 */
export function sumWeights(weights: readonly (number | null)[]): number {
  const tenths = weights.reduce<number>(
    (sum, weight) => sum + (weight === null ? 0 : Math.round(weight * 10)),
    0,
  );
  return tenths / 10;
}
