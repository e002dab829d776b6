/*
 * How the analysis writes its numbers (pure, tested): durations in the time basis's days,
 * hours or minutes, shares as percentages with as many digits as the size needs (a PCE of
 * 0.708 % must not read "1 %"), money in yuan. The units' words come from i18n
 * (analysis.view.unit.*); these functions only choose the unit and the digits.
 */

export type DurationUnit = 'minutes' | 'hours' | 'days';
export type Duration = { value: string; unit: DurationUnit };

function number(value: number, digits: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

/**
 * A duration in the largest unit it fills: minutes under an hour, hours under a day of the
 * basis (480 or 1,440 minutes), days above; one decimal below ten of the unit, whole above.
 */
export function duration(minutes: number, dayMinutes: number, locale: string): Duration {
  const size = Math.abs(minutes);
  const digits = (value: number) => (Math.abs(value) < 10 ? 1 : 0);
  if (size >= dayMinutes) {
    const days = minutes / dayMinutes;
    return { value: number(days, digits(days), locale), unit: 'days' };
  }
  if (size >= 60) {
    const hours = minutes / 60;
    return { value: number(hours, digits(hours), locale), unit: 'hours' };
  }
  return { value: number(minutes, size < 10 ? 1 : 0, locale), unit: 'minutes' };
}

/** A share (0–1) as a percentage: two decimals under 1 %, one under 10 %, whole above. */
export function percent(share: number, locale: string): string {
  const value = share * 100;
  const size = Math.abs(value);
  const digits = size === 0 ? 0 : size < 1 ? 2 : size < 10 ? 1 : 0;
  return `${number(value, digits, locale)} %`;
}

/** Percentage points (a PCE or yield change): signed, as `percent` digits. */
export function points(delta: number, locale: string): string {
  const body = percent(Math.abs(delta), locale).replace(' %', '');
  return `${delta > 0 ? '+' : delta < 0 ? '−' : '±'}${body}`;
}

/** An amount of money in yuan: whole yuan from 1,000 up, fen below. */
export function money(amount: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'CNY',
    currencyDisplay: 'narrowSymbol',
    maximumFractionDigits: Math.abs(amount) >= 1000 ? 0 : 2,
    minimumFractionDigits: 0,
  }).format(amount);
}

/** A count that may be fractional (expected hand-offs per case): one decimal when needed. */
export function count(value: number, locale: string): string {
  return number(value, Number.isInteger(Math.round(value * 10) / 10) ? 0 : 1, locale);
}

/** A signed relative change, "−30 %" style (b5). */
export function signedPercent(share: number, locale: string): string {
  const body = percent(Math.abs(share), locale);
  return `${share > 0 ? '+' : share < 0 ? '−' : '±'}${body}`;
}
