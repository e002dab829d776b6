import { PAID_HOURS_PER_MONTH } from './settings';

/**
 * A role's cost of an hour (PROCESS-ANALYSIS.md §b4): annual cost ÷ the standard hours of a
 * year (2,000 by default, 劳社部发〔2008〕3号), or, when HR only gives the monthly wage, wage ÷
 * (21.75 × 8). Null when neither is known: the role's steps then count as missing cost data.
 */
export function hourlyRate(
  cost: { annualCost: number | null; monthlyWage: number | null },
  standardHours: number,
): number | null {
  if (cost.annualCost !== null && standardHours > 0) return cost.annualCost / standardHours;
  if (cost.monthlyWage !== null) return cost.monthlyWage / PAID_HOURS_PER_MONTH;
  return null;
}
