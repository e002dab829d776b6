import type { PlanKpi } from './types';
import type { Target } from './target';

/*
 * What the process model predicts for a KPI, in the KPI's own unit, to print beside the
 * measured value (issue 12: "modelled lead time against the measured one"). The model gives
 * a lead time only, in minutes; a 时限 KPI whose target names a time unit is converted to it,
 * days by the library's working day. Anything else has no modelled figure: a guess in the
 * wrong unit would read as a finding.
 */

const MINUTES_PER: Record<string, (dayMinutes: number) => number> = {
  分钟: () => 1,
  min: () => 1,
  minutes: () => 1,
  小时: () => 60,
  h: () => 60,
  hours: () => 60,
  天: (day) => day,
  日: (day) => day,
  工作日: (day) => day,
  个工作日: (day) => day,
  d: (day) => day,
  day: (day) => day,
  days: (day) => day,
};

export function modelledValue(
  kpi: Pick<PlanKpi, 'kind'>,
  target: Pick<Target, 'unit'> | null,
  leadTimeMinutes: number | null,
  dayMinutes: number,
): number | null {
  if (kpi.kind !== 'timeLimit' || !target || leadTimeMinutes === null) return null;
  const per = MINUTES_PER[target.unit.toLowerCase()];
  if (!per) return null;
  return Math.round((leadTimeMinutes / per(dayMinutes)) * 10) / 10;
}
