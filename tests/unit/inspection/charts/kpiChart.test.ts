import { describe, expect, it } from 'vitest';
import { renderChartSvg } from '../../../../electron/export/inspection/chartSvg';
import { kpiChart } from '../../../../shared/inspection/charts/kpiChart';
import { servqualChart } from '../../../../shared/inspection/charts/servqualChart';
import { kpiSeries } from '../../../../shared/inspection/trend';
import { MESSAGES } from '../../../../shared/i18n';
import { translator } from '../../../../shared/i18n/translate';
import { insurerSample } from '../sampleData';

/*
 * The chart of the sample insurer's 时限 KPI, drawn as the Word report draws it (ECharts
 * server-side SVG): the dashed target line, the dotted revision marker with its date, met and
 * missed points as different shapes, and no NaN anywhere (a NaN coordinate draws nothing).
 */

const sample = insurerSample();
const leadTime = sample.plan.kpis.find((k) => k.kind === 'timeLimit');
if (!leadTime) throw new Error('the sample plan has a 时限 KPI');
const SIZE = { width: 640, height: 320 };

function leadTimeChart(locale: 'zh-CN' | 'en') {
  return kpiChart(
    {
      name: leadTime?.name ?? '',
      targetText: leadTime?.target ?? '',
      series: kpiSeries(sample.inspections, leadTime?.key ?? ''),
      revisions: sample.revisions,
    },
    translator(MESSAGES[locale]),
  );
}

describe('the KPI chart', () => {
  it('draws the target line and the revision marker of the sample 时限 KPI', () => {
    const svg = renderChartSvg(leadTimeChart('zh-CN').option, SIZE);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).not.toMatch(/NaN/);
    expect(svg).toContain('目标 ≤ 5 天');
    expect(svg).toContain('修订 2024-12-31');
    expect(svg).toContain('天'); // the axis unit
    // Dashed target and dotted revision: two kinds of broken stroke.
    const dashes = new Set([...svg.matchAll(/stroke-dasharray="([^"]+)"/g)].map((m) => m[1]));
    expect(dashes.size).toBeGreaterThanOrEqual(2);
    // Missed points are triangles (path), met ones circles: four missed, two met.
    const { table } = leadTimeChart('zh-CN');
    expect(table.rows.map((row) => row[2])).toEqual([
      '未达标',
      '未达标',
      '未达标',
      '未达标',
      '达标',
      '达标',
    ]);
    expect(table.rows[0]?.[0]).toBe('2024年第1季度');
  });

  it('puts the revision between the last quarter before it and the first after it', () => {
    const markLine = leadTimeChart('en').option.series;
    const first = Array.isArray(markLine) ? markLine[0] : undefined;
    const data = (first as { markLine?: { data?: { xAxis: number }[] } }).markLine?.data;
    expect(data?.map((d) => d.xAxis)).toEqual([3.5]);
  });

  it('summarises the chart in the interface language', () => {
    const chart = leadTimeChart('en');
    expect(chart.summary).toBe(
      '平均办理周期 / Mean lead time: 6 periods from 2024 Q1 to 2025 Q2, 2 met and 4 missed the target ≤ 5 天.',
    );
    const svg = renderChartSvg(chart.option, SIZE);
    expect(svg).toContain('Revision 2024-12-31');
    expect(svg).not.toMatch(/NaN/);
  });

  it('draws a KPI whose target cannot be read without a target line', () => {
    const chart = kpiChart(
      { name: 'x', targetText: '5–25 天', series: [], revisions: [] },
      translator(MESSAGES.en),
    );
    const svg = renderChartSvg(chart.option, SIZE);
    expect(svg).not.toMatch(/NaN/);
    expect(svg).not.toContain('Target');
    expect(chart.summary).toContain('no readable target');
  });
});

describe('the SERVQUAL chart', () => {
  it('shows expectation, perception and the gap per dimension', () => {
    const chart = servqualChart(sample.survey, translator(MESSAGES['zh-CN']));
    if (!chart) throw new Error('the sample survey is on its scale');
    const svg = renderChartSvg(chart.option, SIZE);
    expect(svg).not.toMatch(/NaN/);
    expect(svg).toContain('响应性');
    expect(svg).toContain('差距 −3.2');
    expect(chart.summary).toContain('响应性（−3.2）');
    expect(chart.table.rows).toHaveLength(5);
  });

  it('is not drawn from scores off the survey scale', () => {
    const dimensions = { ...sample.survey.dimensions };
    dimensions.empathy = { expectation: 9, perception: 4, weight: null };
    expect(servqualChart({ ...sample.survey, dimensions }, translator(MESSAGES.en))).toBeNull();
  });
});
