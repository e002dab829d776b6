import type { ProcessGraph } from '../process';
import { offPageMarks } from './offPage';
import { renderPage } from './page';
import { buildScene } from './scene';
import { MIN_TEXT_PT, planPages, type PictureOptions } from './tiling';
import type { PictureInfo, PictureLabels } from './titleBlock';

/*
 * Pictures of a process map for a client report, drawn from the graph (never the screen):
 * one page fitted, or tiled onto A4/A3 pages. Each page is a standalone SVG in points; the
 * PDF (main), the PNG (renderer, via canvas) and the SVG files are all made from these.
 */

export type { PictureOptions, Paper } from './tiling';
export { PAPERS, MIN_TEXT_PT, pageSize } from './tiling';
export type { PictureInfo, PictureLabels } from './titleBlock';
export { escapeXml } from './svg';

/** What the export dialog shows before exporting: pages, and how large the labels print. */
export type PictureSummary = {
  pages: number;
  rows: number;
  columns: number;
  /** Printed size of a step label in points. */
  textPt: number;
  /** Labels print below the readable minimum (only possible for one fitted page). */
  small: boolean;
};

export function summarisePicture(graph: ProcessGraph, options: PictureOptions): PictureSummary {
  const plan = planPages(buildScene(graph), options);
  return {
    pages: plan.tiles.length,
    rows: plan.rows,
    columns: plan.columns,
    textPt: plan.textPt,
    small: plan.textPt < MIN_TEXT_PT - 0.01,
  };
}

/**
 * Every page of the picture as a standalone SVG (one for a fitted page), on the paper of
 * `options` or on a page of the size given (the 流程说明书's text area).
 */
export function renderPicturePages(
  graph: ProcessGraph,
  options: PictureOptions,
  info: PictureInfo,
  labels: PictureLabels,
  page?: { width: number; height: number },
): string[] {
  const scene = buildScene(graph);
  const plan = planPages(scene, options, page);
  const marks = offPageMarks(scene.routes, plan);
  return plan.tiles.map((_, index) => renderPage(scene, plan, marks, index, info, labels));
}
