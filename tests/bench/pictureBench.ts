import { pathToFileURL } from 'node:url';
import { findCjkFont, systemCjkFonts } from '../../electron/export/picture/cjkFont';
import { buildPicturePdf } from '../../electron/export/picture/picturePdf';
import { insurerProcesses } from '../../electron/library/seed/insurerProcess';
import { MESSAGES } from '../../shared/i18n';
import { pageSize, renderPicturePages, type PictureOptions } from '../../shared/picture';

/*
 * Picture export figures: the insurer's as-is map (35 steps, 5 lanes) as a tiled A4
 * landscape PDF — drawing its page SVGs, and the whole PDF (pages drawn by svg-to-pdfkit,
 * the CJK font subset and embedded). The first run includes reading the font file; the
 * median is of the warm runs after it. Prints figures, never fails on them.
 */

export type PictureBenchResult = {
  pages: number;
  svgMedianMs: number;
  pdfFirstMs: number;
  pdfMedianMs: number;
  pdfBytes: number;
  font: string;
};

const RUNS = 5;
const OPTIONS: PictureOptions = { mode: 'tiled', paper: 'A4', pageOrientation: 'landscape' };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export async function benchPictureExport(): Promise<PictureBenchResult> {
  const [asIs] = insurerProcesses({ department: () => 1, role: () => 1 });
  if (!asIs) throw new Error('no insurer process');
  const font = findCjkFont(systemCjkFonts());
  if (!font) throw new Error('no CJK font installed (fonts-noto-cjk)');
  const info = { name: asIs.basics.name, code: asIs.basics.code, version: '1', date: '2026-12-01' };
  const draw = () =>
    renderPicturePages(asIs.graph, OPTIONS, info, MESSAGES['zh-CN'].picture.labels);
  const svgTimes: number[] = [];
  const pdfTimes: number[] = [];
  let pages = 0;
  let bytes = 0;
  for (let run = 0; run <= RUNS; run++) {
    const start = performance.now();
    const svgs = draw();
    svgTimes.push(performance.now() - start);
    const pdf = await buildPicturePdf(svgs, pageSize(OPTIONS), font, {
      title: info.name,
      subject: '',
    });
    pdfTimes.push(performance.now() - start);
    pages = svgs.length;
    bytes = pdf.length;
  }
  return {
    pages,
    svgMedianMs: median(svgTimes.slice(1)),
    pdfFirstMs: pdfTimes[0] ?? Number.NaN,
    pdfMedianMs: median(pdfTimes.slice(1)),
    pdfBytes: bytes,
    font: font.name,
  };
}

export function printPictureFigures(r: PictureBenchResult): void {
  const line = (name: string, value: string, note: string) =>
    console.log(`${name.padEnd(56)}${value.padStart(12)}   ${note}`);
  console.log('\nProcess pictures (insurer map, tiled A4 landscape)\n');
  line(`page SVGs, ${r.pages} pages`, `${r.svgMedianMs.toFixed(1)} ms`, `median of ${RUNS} warm`);
  line('PDF, first export (reads the font file)', `${r.pdfFirstMs.toFixed(0)} ms`, r.font);
  line('PDF, warm', `${r.pdfMedianMs.toFixed(0)} ms`, `median of ${RUNS}`);
  line('PDF size', `${(r.pdfBytes / 1024).toFixed(0)} KB`, 'font subset embedded');
}

const isMain =
  process.argv[1] !== undefined && pathToFileURL(process.argv[1]).href === import.meta.url;
if (isMain) printPictureFigures(await benchPictureExport());
