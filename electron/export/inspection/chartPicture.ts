import { ImageRun, Paragraph } from 'docx';
import type { ChartSpec } from '../../../shared/inspection/charts/chartSpec';
import { spacing, TEXT_WIDTH } from '../docxStyles';
import type { FlowParagraph } from '../pageFlow';
import type { ChartSize } from './chartSvg';

/*
 * A chart on the page: drawn at CHART_SIZE CSS pixels, which at the text width prints its
 * 12 px text at about 8.5 pt (legible, like the tables' small text), rasterised at 2× for
 * paper (chartSvg.ts renders a report's charts in one pass), and placed as one paragraph the page plan keeps whole.
 */

export const CHART_SIZE: ChartSize = { width: 640, height: 300 };
const PX_PER_PT = 96 / 72;
/** Space after a chart, twips. */
const AFTER = 160;

export function chartPicture(chart: ChartSpec, png: Buffer, name: string): FlowParagraph {
  const widthPt = TEXT_WIDTH / 20;
  const heightPt = (widthPt * CHART_SIZE.height) / CHART_SIZE.width;
  return {
    kind: 'paragraph',
    height: Math.ceil(heightPt * 20) + AFTER + 120,
    keepWithNext: false,
    build: (pageBreakBefore) =>
      new Paragraph({
        pageBreakBefore,
        spacing: spacing(0, AFTER),
        children: [
          new ImageRun({
            type: 'png',
            data: png,
            transformation: { width: widthPt * PX_PER_PT, height: heightPt * PX_PER_PT },
            altText: { name, title: name, description: chart.summary },
          }),
        ],
      }),
  };
}
