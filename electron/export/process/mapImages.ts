import { Resvg } from '@resvg/resvg-js';
import type { ProcessGraph } from '../../../shared/process';
import {
  renderPicturePages,
  type PictureInfo,
  type PictureLabels,
  type PictureOptions,
} from '../../../shared/picture';
import { buildScene } from '../../../shared/picture/scene';
import { planPages } from '../../../shared/picture/tiling';
import type { CjkFont } from '../picture/cjkFont';
import { encodePngRows } from './pngEncode';

/*
 * The map in a 流程说明书: the editor's tiled picture pages (shared/picture), drawn on a page
 * the size of the Word section's text area and rasterised at DPI. Placed at that size, a page
 * prints at 100 %, so step labels keep the picture export's readable minimum (MIN_TEXT_PT).
 */

/** Resolution of the rasterised pages: sharp on paper (≥ 150 dpi) without a heavy file. */
export const MAP_DPI = 180;

const TILED: PictureOptions = { mode: 'tiled', paper: 'A4', pageOrientation: 'landscape' };

export type MapPage = {
  png: Buffer;
  /** Size the page is placed at in the document, in points (its size in the SVG). */
  widthPt: number;
  heightPt: number;
};

export type MapPictures = { pages: MapPage[]; textPt: number };

export function mapPictures(
  graph: ProcessGraph,
  area: { width: number; height: number },
  info: PictureInfo,
  labels: PictureLabels,
  font: CjkFont | null,
): MapPictures {
  if (graph.nodes.length === 0) return { pages: [], textPt: 0 };
  const svgs = renderPicturePages(graph, TILED, info, labels, area);
  const textPt = mapTextPt(graph, area);
  const fontFiles = font ? [font.regular.file, ...(font.bold ? [font.bold.file] : [])] : null;
  const widthPx = Math.round((area.width / 72) * MAP_DPI);
  const heightPx = Math.round((area.height / 72) * MAP_DPI);
  // All pages stacked in one SVG and drawn in one pass: loading a CJK font collection takes
  // longer than drawing a page, and the rasteriser loads fonts once per drawing.
  const stacked = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${area.width}" height="${area.height * svgs.length}" viewBox="0 0 ${area.width} ${area.height * svgs.length}">`,
    ...svgs.map((svg, i) => nested(svg, i * area.height)),
    '</svg>',
  ].join('\n');
  const resvg = new Resvg(stacked, {
    fitTo: { mode: 'width', value: widthPx },
    background: '#ffffff',
    // With the CJK font found for the PDF export, system fonts need not be scanned (slow);
    // without it, whatever the system has is better than boxes.
    font: fontFiles
      ? { fontFiles, loadSystemFonts: false, defaultFontFamily: font?.name ?? '' }
      : { loadSystemFonts: true },
  });
  const image = resvg.render();
  const pages = svgs.map((_, i) => {
    const from = Math.round((i * image.height) / svgs.length);
    const to = Math.min(image.height, from + heightPx);
    return {
      png: encodePngRows(image.pixels, image.width, from, to - from, MAP_DPI),
      widthPt: area.width,
      heightPt: area.height,
    };
  });
  return { pages, textPt };
}

/** A page's standalone SVG as a nested <svg> at `y`, sized in points like its viewBox. */
function nested(svg: string, y: number): string {
  return svg
    .replace(/^<svg ([^>]*?)width="[\d.]+mm" height="[\d.]+mm"/, (_, attributes: string) => {
      const box = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(attributes);
      return `<svg ${attributes}x="0" y="${y}" width="${box?.[1] ?? 0}" height="${box?.[2] ?? 0}"`;
    })
    .replace(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" /, '<svg ');
}

/** The printed size of step labels (pt) when the map's pages are drawn for `area` at 100 %. */
export function mapTextPt(graph: ProcessGraph, area: { width: number; height: number }): number {
  return planPages(buildScene(graph), TILED, area).textPt;
}
