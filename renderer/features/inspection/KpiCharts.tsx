import { Empty } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { kpiChart } from '../../../shared/inspection/charts/kpiChart';
import { EChart } from '../../ui/EChart';
import type { KpiSeries } from './useProcessInspection';

/*
 * One chart per KPI of the plan, from the series main judged (inspection:kpiSeries): the
 * measured line, met and missed points, the target line and the approved revisions marked —
 * the very chart the Word report carries (shared/inspection/charts/kpiChart.ts).
 */

export function KpiCharts({ series }: { series: KpiSeries }) {
  const { t } = useTranslation();
  const charts = useMemo(
    () =>
      series.kpis.map(({ kpi, points }) => ({
        kpi,
        chart: kpiChart(
          {
            name: kpi.name,
            targetText: kpi.target,
            series: points,
            revisions: series.revisions.map((r) => ({ date: r.date, label: r.label })),
          },
          t,
        ),
        empty: points.length === 0,
      })),
    [series, t],
  );
  return (
    <div
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fill, minmax(560px, 1fr))',
        gap: 16,
      }}
    >
      {charts.map(({ kpi, chart, empty }) => (
        <div key={kpi.key}>
          <h4 style={{ margin: '0 0 4px', fontSize: 14 }}>{kpi.name}</h4>
          {empty ? (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={t('inspectionView.charts.empty')}
            />
          ) : (
            <EChart chart={chart} height={260} caption={kpi.name} testId="kpi-chart" />
          )}
        </div>
      ))}
    </div>
  );
}
