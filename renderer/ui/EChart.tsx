import { useEffect, useRef, type CSSProperties } from 'react';
import type { ChartSpec } from '../../shared/inspection/charts/chartSpec';
import { echarts } from '../../shared/inspection/charts/echartsModules';

/*
 * An ECharts chart on screen, drawn by the SVG renderer from the same option the Word report
 * renders in Node (shared/inspection/charts). It follows its box's size. For a screen reader
 * the drawing is one image named by the chart's summary, and the values follow as a table
 * that is read but not seen (issue 13: a chart's text alternative carries its figures).
 */

/** Hidden from sight, not from assistive technology (the usual clip pattern). */
const VISUALLY_HIDDEN: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0, 0, 0, 0)',
  whiteSpace: 'nowrap',
  border: 0,
};

export type EChartProps = {
  chart: ChartSpec;
  /** The box's height; the width follows the parent. */
  height: number;
  /** Caption of the values table (the chart's title). */
  caption: string;
  testId?: string;
};

export function EChart({ chart, height, caption, testId }: EChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const instance = useRef<ReturnType<typeof echarts.init> | null>(null);

  useEffect(() => {
    const element = box.current;
    if (!element) return undefined;
    const created = echarts.init(element, null, { renderer: 'svg' });
    instance.current = created;
    const observer = new ResizeObserver(() => created.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      created.dispose();
      instance.current = null;
    };
  }, []);

  useEffect(() => {
    // notMerge: a chart with fewer series than before must not keep the old ones.
    instance.current?.setOption(chart.option, { notMerge: true });
  }, [chart.option]);

  return (
    <figure style={{ margin: 0, position: 'relative' }} data-testid={testId}>
      <div ref={box} role="img" aria-label={chart.summary} style={{ width: '100%', height }} />
      <table style={VISUALLY_HIDDEN}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {chart.table.columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {chart.table.rows.map((row, index) => (
            <tr key={`${index}-${row[0] ?? ''}`}>
              {row.map((cell, column) =>
                column === 0 ? (
                  <th key={column} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={column}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
