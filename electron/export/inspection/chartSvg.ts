import { Resvg } from '@resvg/resvg-js';
import type { EChartsOption } from 'echarts';
import { echarts } from '../../../shared/inspection/charts/echartsModules';
import type { CjkFont } from '../picture/cjkFont';
import { encodePngRows } from '../process/pngEncode';

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

/**
 * The charts as PNGs at `scale` × their CSS size (2 = 192 dpi when placed at that size), all
 * stacked in one SVG and rasterised in one pass: loading a CJK font collection takes far
 * longer than drawing a chart, and resvg loads fonts once per drawing (as mapImages.ts does).
 * The SVGs' own <style> holds only hover rules, so stacked charts cannot restyle each other.
 */
export function renderChartPngs(
  options: readonly EChartsOption[],
  size: ChartSize,
  font: CjkFont | null,
  scale = 2,
): Buffer[] {
  if (options.length === 0) return [];
  const svgs = options.map((option) => renderChartSvg(option, size, font?.name));
  const stacked = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height * svgs.length}" viewBox="0 0 ${size.width} ${size.height * svgs.length}">`,
    ...svgs.map((svg, i) => svg.replace(/^<svg /, `<svg x="0" y="${i * size.height}" `)),
    '</svg>',
  ].join('\n');
  const fontFiles = font ? [font.regular.file, ...(font.bold ? [font.bold.file] : [])] : null;
  const resvg = new Resvg(stacked, {
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
  const image = resvg.render();
  const band = Math.round(size.height * scale);
  return svgs.map((_, i) =>
    encodePngRows(
      image.pixels,
      image.width,
      i * band,
      Math.min(band, image.height - i * band),
      72 * scale,
    ),
  );
}

/** One chart as a PNG (renderChartPngs of one). */
export function renderChartPng(
  option: EChartsOption,
  size: ChartSize,
  font: CjkFont | null,
  scale = 2,
): Buffer {
  return renderChartPngs([option], size, font, scale)[0] ?? Buffer.alloc(0);
}
