import * as format from '../../../shared/analysis/format';
import type { FindingParam } from '../../../shared/analysis/types';
import { checksMessages } from '../../../shared/i18n/checks';
import { MESSAGES, type Locale } from '../../../shared/i18n';
import type { Translate } from '../../../shared/i18n/errorText';
import { translator } from '../../../shared/i18n/translate';

/**
 * The interface language a workbook is written in: the screens' messages (so a finding reads
 * in the sheet as it reads on screen), their way of writing a finding's values, and the line
 * every sheet carries under its title (date, library).
 */
export type SheetText = {
  locale: Locale;
  t: Translate;
  /** A finding's value as its message shows it (minutes in the basis, shares as %). */
  param: (value: FindingParam) => string;
  /** "Exported 2026-12-01 from the library “RoleFlow.sqlite”". */
  exportedLine: string;
};

export function sheetText(
  locale: Locale,
  libraryName: string,
  exportedAt: Date,
  dayMinutes: number,
): SheetText {
  // The position checks' texts are mounted beside the messages, as the renderer mounts them.
  const t = translator({ ...MESSAGES[locale], checks: checksMessages[locale] });
  const param = (value: FindingParam): string => {
    switch (value.type) {
      case 'text':
        return value.value;
      case 'count':
        return format.count(value.value, locale);
      case 'minutes': {
        const { value: amount, unit } = format.duration(value.value, dayMinutes, locale);
        return t(`analysis.view.unit.${unit}`, { value: amount });
      }
      case 'share':
        return format.percent(value.value, locale);
      case 'money':
        return format.money(value.value, locale);
    }
  };
  return {
    locale,
    t,
    param,
    exportedLine: t('sheets.exportedAt', { date: localDate(exportedAt), library: libraryName }),
  };
}

/** The calendar date where the user is (an export at 07:00 in Shanghai is not yesterday's). */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A message filled with its finding's values: the variant's own text when it has one. */
export function findingMessage(
  text: SheetText,
  ruleKey: string,
  variant: string | undefined,
  params: Record<string, FindingParam>,
): string {
  const values = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, text.param(value)]),
  );
  const message = text.t(`${ruleKey}.message`, { ...values, defaultValue: '' });
  return variant ? text.t(`${ruleKey}.${variant}`, { ...values, defaultValue: message }) : message;
}
