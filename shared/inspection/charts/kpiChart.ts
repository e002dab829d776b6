import type { LineSeriesOption, ScatterSeriesOption } from 'echarts';
import { parseTarget, statusAgainstTarget, type Target, type TargetStatus } from '../target';
import { markRevisions, type RevisionDate, type SeriesPoint } from '../trend';
import {
  baseOption,
  CHART_COLORS,
  formatNumber,
  type ChartSpec,
  type ChartTable,
  type Translate,
} from './chartSpec';
import { periodName } from './periodNames';

/*
 * A KPI across periods (issue 12 "See it"): the measured line, each point marked met (circle)
 * or missed (triangle) — shape and legend say it, not colour alone — the target as a dashed
 * line, and each approved revision as a dotted vertical line between the last period wholly
 * before it and the next one (trend.ts: a revision works from the day after its approval).
 * The y axis is named with the target's unit.
 */

export type KpiChartInput = {
  name: string;
  /** The target as written ("≤ 5 天"); a text target.ts cannot read draws no target line. */
  targetText: string;
  series: readonly SeriesPoint[];
  revisions: readonly RevisionDate[];
};

const K = 'inspectionReport.charts';

type Judged = { point: SeriesPoint; status: TargetStatus | null };

function judged(series: readonly SeriesPoint[], target: Target | null): Judged[] {
  return series.map((point) => ({
    point,
    status: target ? statusAgainstTarget(target, point.value) : null,
  }));
}

function markerSeries(
  name: string,
  shape: 'circle' | 'triangle',
  color: string,
  points: Judged[],
  keep: (status: TargetStatus) => boolean,
): ScatterSeriesOption {
  return {
    type: 'scatter',
    name,
    symbol: shape,
    symbolSize: shape === 'circle' ? 9 : 12,
    itemStyle: { color },
    label: {
      show: true,
      position: 'top',
      color,
      formatter: (p) => formatNumber(Number((p.value as number[])[1])),
    },
    data: points.flatMap(({ point, status }, index) =>
      status && keep(status) ? [[index, point.value]] : [],
    ),
    z: 3,
  };
}

function valueTable(rows: Judged[], unit: string, t: Translate): ChartTable {
  const value = unit === '' ? t(`${K}.value`) : t(`${K}.valueIn`, { unit });
  return {
    columns: [t(`${K}.period`), value, t(`${K}.met`) + ' / ' + t(`${K}.missed`)],
    rows: rows.map(({ point, status }) => [
      periodName(point.period, t),
      formatNumber(point.value),
      status === null ? '—' : t(status.met ? `${K}.met` : `${K}.missed`),
    ]),
  };
}

export function kpiChart(input: KpiChartInput, t: Translate): ChartSpec {
  const reading = parseTarget(input.targetText);
  const target = reading.ok ? reading.target : null;
  const unit = target?.unit ?? '';
  const points = judged(input.series, target);
  const categories = input.series.map((p) => periodName(p.period, t));
  const targetName = t(`${K}.target`, { target: input.targetText.trim() });
  const marks = markRevisions(input.series, input.revisions);
  const measured: LineSeriesOption = {
    type: 'line',
    name: t(`${K}.measured`),
    data: input.series.map((p, index) => [index, p.value]),
    showSymbol: false,
    lineStyle: { color: CHART_COLORS.measured, width: 2 },
    itemStyle: { color: CHART_COLORS.measured },
    markLine: {
      symbol: 'none',
      silent: true,
      lineStyle: { color: CHART_COLORS.revision, type: 'dotted', width: 1.5 },
      label: { position: 'end', color: CHART_COLORS.axis },
      data: marks.map((mark) => ({
        xAxis: mark.pointsBefore - 0.5,
        name: mark.label,
        label: { formatter: t(`${K}.revision`, { date: mark.date }) },
      })),
    },
  };
  const series: (LineSeriesOption | ScatterSeriesOption)[] = [measured];
  if (target) {
    series.push(
      markerSeries(t(`${K}.met`), 'circle', CHART_COLORS.met, points, (s) => s.met),
      markerSeries(t(`${K}.missed`), 'triangle', CHART_COLORS.missed, points, (s) => !s.met),
      {
        type: 'line',
        name: targetName,
        data: input.series.map((_, index) => [index, target.value]),
        showSymbol: false,
        silent: true,
        lineStyle: { color: CHART_COLORS.target, type: 'dashed', width: 1.5 },
        itemStyle: { color: CHART_COLORS.target },
      },
    );
  }
  const met = points.filter((p) => p.status?.met === true).length;
  const missed = points.filter((p) => p.status?.met === false).length;
  const summary = t(`${K}.kpiSummary`, {
    name: input.name,
    count: points.length,
    first: categories[0] ?? '—',
    last: categories[categories.length - 1] ?? '—',
    met,
    missed,
    target: target ? input.targetText.trim() : t(`${K}.noTarget`),
  });
  return {
    summary,
    table: valueTable(points, unit, t),
    option: {
      ...baseOption(),
      legend: { top: 0, itemWidth: 18, itemHeight: 10, textStyle: { color: CHART_COLORS.text } },
      grid: { left: 56, right: 24, top: 56, bottom: 40 },
      tooltip: { trigger: 'axis' },
      // A value axis over the period indexes, not a category axis: a category axis snaps a
      // mark line to the nearest period, and the revision belongs between two of them.
      xAxis: {
        type: 'value',
        min: -0.5,
        max: Math.max(categories.length - 0.5, 0.5),
        splitLine: { show: false },
        axisLine: { lineStyle: { color: CHART_COLORS.axis } },
        axisTick: { show: false },
        axisLabel: {
          color: CHART_COLORS.text,
          hideOverlap: true,
          customValues: categories.map((_, index) => index),
          formatter: (value: number) => categories[value] ?? '',
        },
      },
      yAxis: {
        type: 'value',
        name: unit === '' ? t(`${K}.value`) : t(`${K}.valueIn`, { unit }),
        nameTextStyle: { color: CHART_COLORS.axis, align: 'left' },
        axisLabel: { color: CHART_COLORS.text },
        // Room above the highest point for its value and the revision's date.
        boundaryGap: [0, '20%'],
        axisLine: { show: true, onZero: false, lineStyle: { color: CHART_COLORS.axis } },
        splitLine: { lineStyle: { color: CHART_COLORS.grid } },
      },
      series,
    },
  };
}
