import { useTranslation } from 'react-i18next';
import { compareFigures, type ComparisonRow } from '../../../shared/analysis/compare';
import type { ProcessFigures } from '../../../shared/analysis/types';
import { verdict } from './judgement';
import { NUM, TABLE, TD, TH } from './tableStyles';
import type { Formatter } from './useFormat';

const BETTER = '#1d6b37';
const WORSE = '#b42318';

/** A sentence's first letter (English); Chinese has none to change. */
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export type Side = { name: string; figures: ProcessFigures };

/** The as-is/to-be table: each figure of both sides, the change and Δ%, better in green. */
export function CompareTable({ fmt, base, next }: { fmt: Formatter; base: Side; next: Side }) {
  const { t } = useTranslation();
  const rows = compareFigures(base.figures, next.figures);
  const value = (row: ComparisonRow, which: number | null) => {
    if (which === null) return '—';
    switch (row.unit) {
      case 'minutes':
        return fmt.duration(which);
      case 'share':
        return fmt.percent(which);
      case 'money':
        return fmt.money(which);
      case 'count':
        return fmt.count(which);
    }
  };
  const change = (row: ComparisonRow) => {
    if (row.delta === null) return '—';
    if (row.unit === 'share')
      return t('analysis.view.compare.points', { value: fmt.points(row.delta) });
    const sign = row.delta > 0 ? '+' : row.delta < 0 ? '−' : '±';
    return `${sign}${value(row, Math.abs(row.delta))}`;
  };
  const headline = rows
    .filter((row) => ['leadTimeCritical', 'costPerCase', 'handOffs'].includes(row.metric))
    .filter((row) => row.deltaPercent !== null)
    .map((row) =>
      t('analysis.view.compare.headline', {
        metric: t(`analysis.view.compare.short.${row.metric}`),
        change: fmt.signedPercent((row.deltaPercent ?? 0) / 100),
      }),
    );
  return (
    <div>
      {headline.length > 0 && (
        <p
          data-testid="compare-headline"
          style={{ margin: '0 0 6px', fontWeight: 600, color: '#17324d' }}
        >
          {capitalised(headline.join(t('analysis.view.compare.separator')))}
        </p>
      )}
      <p style={{ margin: '0 0 6px', fontSize: 12, color: '#595959' }}>{fmt.basis}</p>
      <table style={TABLE} data-testid="compare-table">
        <thead>
          <tr>
            <th style={TH}>{t('analysis.view.compare.metric')}</th>
            <th style={{ ...TH, textAlign: 'right' }}>{base.name}</th>
            <th style={{ ...TH, textAlign: 'right' }}>{next.name}</th>
            <th style={{ ...TH, textAlign: 'right' }}>{t('analysis.view.compare.delta')}</th>
            <th style={{ ...TH, textAlign: 'right' }}>Δ%</th>
            <th style={TH} />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const judged = verdict(row);
            const colour = judged === 'better' ? BETTER : judged === 'worse' ? WORSE : undefined;
            return (
              <tr key={row.metric} data-metric={row.metric}>
                <td style={TD}>{t(`analysis.view.compare.metrics.${row.metric}`)}</td>
                <td style={NUM}>{value(row, row.as)}</td>
                <td style={NUM}>{value(row, row.to)}</td>
                <td style={{ ...NUM, color: colour }}>{change(row)}</td>
                <td style={{ ...NUM, color: colour, fontWeight: judged ? 600 : 400 }}>
                  {row.deltaPercent === null ? '—' : fmt.signedPercent(row.deltaPercent / 100)}
                </td>
                <td style={{ ...TD, color: colour, fontSize: 11 }}>
                  {judged && t(`analysis.view.compare.${judged}`)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
