import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../../shared/contract';
import type { ComparisonRow } from '../../../shared/analysis/compare';
import { useAnalysisLibrary } from '../../editor/analysis/analysisLibrary';
import { useFormat } from '../../editor/analysis/useFormat';

type Statement = ResponseOf<'organisation:redesign'>;
const HEADLINE = ['leadTimeCritical', 'pceCritical', 'costPerCase', 'handOffs'] as const;

/** The deltas headline of §f4: lead time, PCE, cost per case and hand-offs, as-is → to-be. */
export function RedesignHeadline({ statement }: { statement: Statement }) {
  const { t } = useTranslation();
  const basis = useAnalysisLibrary()?.settings.timeBasis ?? 'working';
  const fmt = useFormat(basis === 'calendar' ? 1440 : 480, basis);
  const value = (row: ComparisonRow, which: number | null) => {
    if (which === null) return '—';
    if (row.unit === 'minutes') return fmt.duration(which);
    if (row.unit === 'share') return fmt.percent(which);
    if (row.unit === 'money') return fmt.money(which);
    return fmt.count(which);
  };
  const rows = HEADLINE.flatMap((metric) => {
    const row = statement.comparison.find((r) => r.metric === metric);
    return row ? [row] : [];
  });
  return (
    <div
      data-testid="redesign-headline"
      style={{ display: 'flex', gap: 24, flexWrap: 'wrap', margin: '8px 0' }}
    >
      {rows.map((row) => (
        <div key={row.metric}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`analysis.view.compare.metrics.${row.metric}`)}
          </Typography.Text>
          <div style={{ fontSize: 16, fontWeight: 600, color: '#17324d' }}>
            {value(row, row.as)} → {value(row, row.to)}
            {row.deltaPercent !== null && (
              <span
                style={{
                  fontSize: 13,
                  marginLeft: 6,
                  color: row.deltaPercent <= 0 ? '#1d6b37' : '#b42318',
                }}
              >
                {fmt.signedPercent(row.deltaPercent / 100)}
              </span>
            )}
          </div>
        </div>
      ))}
    </div>
  );
}
