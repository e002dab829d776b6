import type { EChartsOption } from 'echarts';
import type { Translate } from '../../i18n/errorText';

/*
 * A chart as the screen (renderer/ui/EChart.tsx) and the Word report (electron/export/
 * inspection) both draw it: the ECharts option, a one-sentence summary for the accessible
 * name, and the values as a table — the text alternative a screen reader reads (issue 13)
 * and the figures a reader of the printed page can quote.
 */

export type ChartTable = { columns: string[]; rows: string[][] };

export type ChartSpec = { option: EChartsOption; summary: string; table: ChartTable };

export type { Translate };

/** Calm colours for an HR tool: the app's blue, greys, and one muted rust for what missed. */
export const CHART_COLORS = {
  measured: '#1f5fa8',
  met: '#1f5fa8',
  missed: '#a4462a',
  target: '#5f6b7a',
  revision: '#8a94a3',
  expectation: '#b8c2cc',
  axis: '#5f6b7a',
  text: '#333333',
  grid: '#e4e8ed',
} as const;

/** Numbers as a reader writes them: at most two decimals, no trailing zeros, minus as −. */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(rounded).replace('-', '−');
}

/** What every chart of the report shares: no animation (print, reduce motion), calm text. */
export function baseOption(): EChartsOption {
  return {
    animation: false,
    color: [CHART_COLORS.measured, CHART_COLORS.expectation],
    textStyle: { color: CHART_COLORS.text, fontSize: 12 },
  };
}
