import { useTranslation } from 'react-i18next';
import { compareFigures } from '../../../shared/analysis/compare';
import { verdict } from './judgement';
import type { TabProps } from './tabProps';
import { useComparePair, useTargetFigures } from './useCompareTarget';

const SHOWN = ['leadTimeCritical', 'pceCritical', 'handOffs', 'costPerCase'] as const;

/**
 * The pair opens together: beside this process's summary, its to-be variant (or the as-is it
 * is a variant of) in the same figures, with the change from the as-is.
 */
export function PairLine({ live, fmt, host }: Pick<TabProps, 'live' | 'fmt' | 'host'>) {
  const { t } = useTranslation();
  const pair = useComparePair(host);
  const other = useTargetFigures(host, live, pair ?? null);
  if (!pair || pair.kind !== 'process' || !other || other === 'loading' || other === 'failed') {
    return null;
  }
  const thisIsBase = pair.role !== 'asIs';
  const [base, next] = thisIsBase
    ? [live.analysis.figures, other.figures]
    : [other.figures, live.analysis.figures];
  const rows = compareFigures(base, next).filter((row) =>
    (SHOWN as readonly string[]).includes(row.metric),
  );
  const shown = (row: (typeof rows)[number]) => {
    const value = thisIsBase ? row.to : row.as;
    if (value === null) return '—';
    if (row.unit === 'minutes') return fmt.duration(value);
    if (row.unit === 'share') return fmt.percent(value);
    if (row.unit === 'money') return fmt.money(value);
    return fmt.count(value);
  };
  return (
    <div data-testid="summary-pair" style={{ fontSize: 12, color: '#3b4a5a' }}>
      <strong style={{ color: '#17324d' }}>
        {t('analysis.view.compare.pairLabel', {
          role: t(`analysis.view.compare.${pair.role}`),
          name: other.name,
        })}
      </strong>{' '}
      {rows.map((row) => {
        const judged = verdict(row);
        return (
          <span key={row.metric} style={{ marginLeft: 12 }}>
            {t(`analysis.view.compare.metrics.${row.metric}`)} {shown(row)}
            {row.deltaPercent !== null && (
              <span style={{ color: judged === 'worse' ? '#b42318' : '#1d6b37', marginLeft: 4 }}>
                ({fmt.signedPercent(row.deltaPercent / 100)})
              </span>
            )}
          </span>
        );
      })}
    </div>
  );
}
