import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindingParam } from '../../../shared/analysis/types';
import {
  DAY_MINUTES,
  DEFAULT_ANALYSIS_SETTINGS,
  type TimeBasis,
} from '../../../shared/analysis/settings';
import { useAnalysisLibrary } from './analysisLibrary';
import * as format from './format';

/** The analysis's number formats in the interface language, with the time basis's day. */
export function useFormat(dayMinutes: number, basis: TimeBasis) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => {
    const duration = (minutes: number | null | undefined): string => {
      if (minutes === null || minutes === undefined) return '—';
      const { value, unit } = format.duration(minutes, dayMinutes, locale);
      return t(`analysis.view.unit.${unit}`, { value });
    };
    const percent = (share: number | null | undefined): string =>
      share === null || share === undefined ? '—' : format.percent(share, locale);
    const money = (amount: number | null | undefined): string =>
      amount === null || amount === undefined ? '—' : format.money(amount, locale);
    const count = (value: number): string => format.count(value, locale);
    /** A finding's param as its message shows it (§c: minutes in the basis, shares as %). */
    const param = (value: FindingParam): string => {
      switch (value.type) {
        case 'text':
          return value.value;
        case 'count':
          return count(value.value);
        case 'minutes':
          return duration(value.value);
        case 'share':
          return percent(value.value);
        case 'money':
          return money(value.value);
      }
    };
    return {
      locale,
      duration,
      percent,
      money,
      count,
      param,
      points: (delta: number) => format.points(delta, locale),
      signedPercent: (share: number) => format.signedPercent(share, locale),
      basis: t(`analysis.view.basis.${basis}`, { minutes: dayMinutes }),
    };
  }, [t, locale, dayMinutes, basis]);
}

export type Formatter = ReturnType<typeof useFormat>;

/**
 * The formats on the library's own time basis (its settings), for findings computed in main
 * over the whole library (J1–J8): a day there is what the library says a day is.
 */
export function useLibraryFormat() {
  const basis = (useAnalysisLibrary()?.settings ?? DEFAULT_ANALYSIS_SETTINGS).timeBasis;
  return useFormat(DAY_MINUTES[basis], basis);
}
