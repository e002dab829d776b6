import { Resvg } from '@resvg/resvg-js';
import type { EChartsOption } from 'echarts';
import { echarts } from '../../../shared/inspection/charts/echartsModules';
import type { CjkFont } from '../picture/cjkFont';

/*
 * Charts off screen: ECharts' server-side rendering draws the same option the screen shows
 * as an SVG string (no DOM, no canvas), and resvg — the rasteriser the map pages use —
 * turns it into a PNG for Word, which does not show SVG everywhere (LibreOffice, older Word).
 */

export type ChartSize = { width: number; height: number };

/** The chart as SVG, `size` in CSS pixels; the instance is disposed (SSR keeps a timer). */
export function renderChartSvg(
  option: EChartsOption,
  size: ChartSize,
  fontFamily?: string,
): string {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: size.width,
    height: size.height,
  });
  try {
    const text = fontFamily === undefined ? {} : { textStyle: { ...option.textStyle, fontFamily } };
    chart.setOption({ ...option, ...text });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** The chart as a PNG at `scale` × its CSS size (2 = 192 dpi when placed at its CSS size). */
export function renderChartPng(
  option: EChartsOption,
  size: ChartSize,
  font: CjkFont | null,
  scale = 2,
): Buffer {
  const svg = renderChartSvg(option, size, font?.name);
  const fontFiles = font ? [font.regular.file, ...(font.bold ? [font.bold.file] : [])] : null;
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.round(size.width * scale) },
    background: '#ffffff',
    font: fontFiles
      ? {
          fontFiles,
          loadSystemFonts: false,
          defaultFontFamily: font?.name ?? '',
          sansSerifFamily: font?.name ?? '',
        }
      : { loadSystemFonts: true },
  });
  return resvg.render().asPng();
}
