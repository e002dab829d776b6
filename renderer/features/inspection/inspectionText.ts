import { formatNumber } from '../../../shared/inspection/charts/chartSpec';
import {
  parseTarget,
  statusAgainstTarget,
  type TargetStatus,
} from '../../../shared/inspection/target';
import type { Translate } from '../../../shared/i18n/errorText';

/*
 * How a measured value reads in the inspection table: met or missed and by how much, in the
 * target's unit, as words — the colour beside it repeats what the text says, never replaces
 * it (issue 13: not colour alone).
 */

const K = 'inspectionView.table';

export type Judgement = {
  status: TargetStatus | null;
  /** "missed by 9.5 天", "met, better by 0.2%", or why the target cannot be read. */
  text: string;
};

/** A value with the target's unit, as a reader writes it ("9.5 天", "0.3%"). */
export function withUnit(value: number, unit: string): string {
  if (unit === '') return formatNumber(value);
  // % and ‰ sit on the number; a word unit stands apart.
  return /^[%‰]$/.test(unit) ? `${formatNumber(value)}${unit}` : `${formatNumber(value)} ${unit}`;
}

export function judge(targetText: string, value: number, t: Translate): Judgement {
  const reading = parseTarget(targetText);
  if (!reading.ok) return { status: null, text: t(`${K}.noTarget`) };
  const status = statusAgainstTarget(reading.target, value);
  const margin = withUnit(Math.abs(status.margin), reading.target.unit);
  if (!status.met) return { status, text: t(`${K}.worse`, { margin }) };
  if (status.margin === 0) return { status, text: t(`${K}.onTarget`) };
  return { status, text: t(`${K}.better`, { margin }) };
}

/** The unit of a target text, or '' when it cannot be read. */
export function targetUnit(targetText: string): string {
  const reading = parseTarget(targetText);
  return reading.ok ? reading.target.unit : '';
}
