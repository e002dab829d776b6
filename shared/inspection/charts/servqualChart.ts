import type { BarSeriesOption } from 'echarts';
import { servqualGaps } from '../servqual';
import type { Survey } from '../types';
import {
  baseOption,
  CHART_COLORS,
  formatNumber,
  type ChartSpec,
  type Translate,
} from './chartSpec';

/*
 * SERVQUAL per dimension: expectation (grey) and perception (blue) side by side on the
 * survey's own scale, the gap (perception − expectation) under each dimension's name, so the
 * shortfall reads without a second axis. A survey whose scores lie off its scale cannot be
 * drawn: servqualGaps reports that, and the chart is null (the caller shows the problems).
 */

const K = 'inspectionReport.charts';

export function servqualChart(
  survey: Pick<Survey, 'dimensions' | 'scale' | 'respondents'>,
  t: Translate,
): ChartSpec | null {
  const reading = servqualGaps(survey.dimensions, survey.scale);
  if (!reading.ok) return null;
  const { gaps, worst } = reading.result;
  const dimensionName = (d: string) => t(`inspection.dimensions.${d}`);
  const categories = gaps.map(
    (g) => `${dimensionName(g.dimension)}\n${t(`${K}.gap`)} ${formatNumber(g.gap)}`,
  );
  const bar = (name: string, color: string, values: number[]): BarSeriesOption => ({
    type: 'bar',
    name,
    data: values,
    barGap: '10%',
    barMaxWidth: 28,
    itemStyle: { color },
    label: {
      show: true,
      position: 'top',
      color: CHART_COLORS.text,
      formatter: (p) => formatNumber(Number(p.value)),
    },
  });
  const worstGap = gaps.find((g) => g.dimension === worst);
  return {
    summary: t(`${K}.servqualSummary`, {
      respondents: survey.respondents,
      worst: worstGap ? dimensionName(worstGap.dimension) : t(`${K}.noShortfall`),
      gap: worstGap ? formatNumber(worstGap.gap) : '0',
    }),
    table: {
      columns: [t(`${K}.dimension`), t(`${K}.expectation`), t(`${K}.perception`), t(`${K}.gap`)],
      rows: gaps.map((g) => [
        dimensionName(g.dimension),
        formatNumber(g.expectation),
        formatNumber(g.perception),
        formatNumber(g.gap),
      ]),
    },
    option: {
      ...baseOption(),
      legend: { top: 0, itemWidth: 18, itemHeight: 10, textStyle: { color: CHART_COLORS.text } },
      grid: { left: 56, right: 24, top: 56, bottom: 56 },
      tooltip: { trigger: 'axis' },
      xAxis: {
        type: 'category',
        data: categories,
        axisLine: { lineStyle: { color: CHART_COLORS.axis } },
        axisLabel: { color: CHART_COLORS.text, interval: 0, lineHeight: 16 },
      },
      yAxis: {
        type: 'value',
        min: survey.scale.min,
        max: survey.scale.max,
        name: t(`${K}.score`, { min: survey.scale.min, max: survey.scale.max }),
        nameTextStyle: { color: CHART_COLORS.axis, align: 'left' },
        axisLabel: { color: CHART_COLORS.text },
        splitLine: { lineStyle: { color: CHART_COLORS.grid } },
      },
      series: [
        bar(
          t(`${K}.expectation`),
          CHART_COLORS.expectation,
          gaps.map((g) => g.expectation),
        ),
        bar(
          t(`${K}.perception`),
          CHART_COLORS.measured,
          gaps.map((g) => g.perception),
        ),
      ],
    },
  };
}
