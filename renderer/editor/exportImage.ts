import JSZip from 'jszip';
import { safeFileName } from '../../shared/fileNames';
import { MESSAGES, type Locale } from '../../shared/i18n';
import {
  pageSize,
  renderPicturePages,
  type PictureInfo,
  type PictureOptions,
} from '../../shared/picture';
import type { ProcessGraph } from '../../shared/process';
import { call } from '../api/client';
import { downloadBase64, downloadBlob } from '../ui/download';

/*
 * Exports a picture of the map. PDF and SVG are made in main (the PDF needs the system's CJK
 * font file and pdfkit; both go through the host's save dialog). PNG is rasterised here: the
 * renderer's Chromium draws the same page SVG onto a canvas with the system's fonts, which
 * main (plain Node, no canvas) and the browser host could not.
 */

export type PictureFormat = 'pdf' | 'png' | 'svg';

export type PictureSource = { graph: ProcessGraph; info: Omit<PictureInfo, 'date'> };

/** Print resolution of the PNG pages. */
export const PNG_DPI = 300;

const TYPES = { pdf: 'application/pdf', svg: 'image/svg+xml', zip: 'application/zip' } as const;

/** Exports; resolves with the saved file's name, or null when the user cancelled. */
export async function exportPicture(
  source: PictureSource,
  format: PictureFormat,
  options: PictureOptions,
  locale: Locale,
): Promise<string | null> {
  if (format === 'png') return exportPng(source, options, locale);
  try {
    const result = await call('export:processPicture', { format, options, locale, ...source });
    if (result.data) {
      const extension = result.fileName.split('.').pop() ?? format;
      downloadBase64(
        result.fileName,
        result.data,
        TYPES[extension as keyof typeof TYPES] ?? TYPES.pdf,
      );
    }
    return result.fileName;
  } catch (error) {
    if ((error as { code?: string }).code === 'CANCELLED') return null;
    throw error;
  }
}

function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** One page's SVG as a PNG at PNG_DPI. */
export async function rasterise(
  svg: string,
  size: { width: number; height: number },
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round((size.width / 72) * PNG_DPI);
    canvas.height = Math.round((size.height / 72) * PNG_DPI);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas available');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    // Drawn at the canvas's size, the SVG is rasterised there (vector), not scaled up.
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The image could not be encoded');
    return blob;
  } finally {
    URL.revokeObjectURL(url);
  }
}

async function exportPng(
  source: PictureSource,
  options: PictureOptions,
  locale: Locale,
): Promise<string> {
  const info = { ...source.info, date: today() };
  const pages = renderPicturePages(source.graph, options, info, MESSAGES[locale].picture.labels);
  const size = pageSize(options);
  const [first] = pages;
  if (pages.length === 1 && first !== undefined) {
    const name = safeFileName(info.name, 'png');
    downloadBlob(name, await rasterise(first, size));
    return name;
  }
  // Several pages: one .zip with a PNG per page, named in page order.
  const zip = new JSZip();
  const stem = safeFileName(info.name, '');
  const digits = Math.max(2, String(pages.length).length);
  for (const [i, page] of pages.entries()) {
    zip.file(`${stem} - ${String(i + 1).padStart(digits, '0')}.png`, await rasterise(page, size));
  }
  const name = safeFileName(info.name, 'zip');
  downloadBlob(name, await zip.generateAsync({ type: 'blob', compression: 'STORE' }));
  return name;
}
