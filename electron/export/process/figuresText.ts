import { type ExportLanguage, EMPTY } from '../labels';
import { PROCESS_LABELS } from './processLabels';

/*
 * Numbers of the analysis as the document prints them, in its language (the renderer's
 * formatters live with React; main formats for paper itself). Unknown values print the dash.
 */

const NUMBER_LOCALE: Record<ExportLanguage, string> = { zh: 'zh-CN', en: 'en-GB' };

function decimal(value: number, lang: ExportLanguage, digits = 1): string {
  return value.toLocaleString(NUMBER_LOCALE[lang], { maximumFractionDigits: digits });
}

/** Minutes as minutes, hours or days of the library's time basis. */
export function duration(
  minutes: number | null | undefined,
  dayMinutes: number,
  lang: ExportLanguage,
): string {
  if (minutes === null || minutes === undefined) return EMPTY;
  const units = PROCESS_LABELS[lang].units;
  if (minutes < 60) return `${decimal(minutes, lang)} ${units.minute}`;
  if (minutes < dayMinutes) return `${decimal(minutes / 60, lang)} ${units.hour}`;
  return `${decimal(minutes / dayMinutes, lang)} ${units.day}`;
}

export function percent(share: number | null | undefined, lang: ExportLanguage): string {
  if (share === null || share === undefined) return EMPTY;
  return `${decimal(share * 100, lang)}%`;
}

export function money(amount: number | null | undefined, lang: ExportLanguage): string {
  if (amount === null || amount === undefined) return EMPTY;
  return amount.toLocaleString(NUMBER_LOCALE[lang], { maximumFractionDigits: 0 });
}

export function count(value: number | null | undefined, lang: ExportLanguage): string {
  if (value === null || value === undefined) return EMPTY;
  return decimal(value, lang);
}

/** A step's or the process's 时限: whole days plus minutes, as given. */
export function timeLimit(
  days: number | null | undefined,
  minutes: number | null | undefined,
  dayMinutes: number,
  lang: ExportLanguage,
): string {
  const parts: string[] = [];
  const units = PROCESS_LABELS[lang].units;
  if (days !== null && days !== undefined && days > 0)
    parts.push(`${decimal(days, lang)} ${units.day}`);
  if (minutes !== null && minutes !== undefined && minutes > 0) {
    parts.push(duration(minutes, dayMinutes, lang));
  }
  return parts.length === 0 ? '' : parts.join(' + ');
}
