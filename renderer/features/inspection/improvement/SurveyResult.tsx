import { Alert, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../../shared/inspection/charts/chartSpec';
import { periodName } from '../../../../shared/inspection/charts/periodNames';
import { servqualChart } from '../../../../shared/inspection/charts/servqualChart';
import { servqualGaps, type DimensionGap } from '../../../../shared/inspection/servqual';
import type { Survey } from '../../../../shared/inspection/types';
import { EChart } from '../../../ui/EChart';

/** The rust the charts use for what falls short (CHART_COLORS.missed). */
const SHORTFALL = '#a4462a';

/**
 * One survey's SERVQUAL gaps: the table per dimension (gap = perception − expectation, a
 * shortfall in rust), the mean and weighted gap, and the chart the inspection report prints.
 */
export function SurveyResult({ survey }: { survey: Survey }) {
  const { t } = useTranslation();
  const K = 'improvementView.surveys';
  const reading = servqualGaps(survey.dimensions, survey.scale);
  // Drawn anew only when the panel renders again (after a save), not while a dialog is typed in.
  const chart = servqualChart(survey, t);
  if (!reading.ok || !chart) return <Alert type="warning" showIcon message={t(`${K}.offScale`)} />;
  const { gaps, unweightedGap, weightedGap, worst } = reading.result;
  const caption = t(`${K}.gapsCaption`, { period: periodName(survey.period, t) });
  const number = (n: number) => formatNumber(n);
  return (
    <div style={{ display: 'flex', gap: 24, flexWrap: 'wrap', alignItems: 'flex-start' }}>
      <Space direction="vertical" size={8} style={{ flex: '1 1 320px', minWidth: 300 }}>
        <Table<DimensionGap>
          size="small"
          pagination={false}
          rowKey="dimension"
          dataSource={gaps}
          title={() => <Typography.Text strong>{caption}</Typography.Text>}
          columns={[
            {
              title: t(`${K}.dimension`),
              dataIndex: 'dimension',
              render: (d: string) => t(`inspection.dimensions.${d}`),
            },
            {
              title: t(`${K}.expectation`),
              dataIndex: 'expectation',
              align: 'right',
              render: number,
            },
            {
              title: t(`${K}.perception`),
              dataIndex: 'perception',
              align: 'right',
              render: number,
            },
            {
              title: t(`${K}.gap`),
              dataIndex: 'gap',
              align: 'right',
              render: (gap: number) => (
                <span style={gap < 0 ? { color: SHORTFALL, fontWeight: 600 } : undefined}>
                  {number(gap)}
                </span>
              ),
            },
          ]}
        />
        <Typography.Text>
          {t(`${K}.unweighted`, { gap: number(unweightedGap) })}
          {weightedGap !== null && ` · ${t(`${K}.weighted`, { gap: number(weightedGap) })}`}
        </Typography.Text>
        <Typography.Text type={worst ? 'danger' : 'success'}>
          {worst
            ? t(`${K}.worst`, { dimension: t(`inspection.dimensions.${worst}`) })
            : t(`${K}.noShortfall`)}
        </Typography.Text>
      </Space>
      <div style={{ flex: '2 1 420px', minWidth: 360 }}>
        <EChart chart={chart} height={300} caption={caption} testId="servqual-chart" />
      </div>
    </div>
  );
}
