import path from 'node:path';
import { AppError } from '../../shared/errors';
import { safeFileName } from '../../shared/fileNames';
import { MESSAGES, type Locale } from '../../shared/i18n';
import type { ProcessGraph } from '../../shared/process';
import {
  pageSize,
  renderPicturePages,
  type PictureInfo,
  type PictureOptions,
} from '../../shared/picture';
import { findCjkFont, systemCjkFonts, type CjkFont } from '../export/picture/cjkFont';
import { buildPicturePdf } from '../export/picture/picturePdf';
import { deflateEntry, ZipBuilder } from '../export/zipWriter';
import { deliver, type ExportResult, type FileDelivery } from './exportService';

/*
 * Pictures of a process map for a client report: a PDF (the pages drawn into PDF pages with
 * an embedded CJK font) or SVG files (one page as .svg, several as a .zip of one .svg per
 * page, named in page order). Drawn from the graph the editor holds, unsaved edits included:
 * the picture is what the consultant sees. PNG is rasterised in the renderer.
 */

export type PictureFormat = 'pdf' | 'svg';

export type PictureRequest = {
  format: PictureFormat;
  options: PictureOptions;
  graph: ProcessGraph;
  info: Omit<PictureInfo, 'date'>;
  locale: Locale;
};

/** Today in the local calendar, as the title block prints it (2026-12-01). */
function today(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export class PictureService {
  constructor(
    private readonly delivery: FileDelivery,
    /** The CJK fonts to look for, best first (tests pass none to see the refusal). */
    private readonly fonts: () => CjkFont[] = () => systemCjkFonts(),
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async export(request: PictureRequest): Promise<ExportResult> {
    const { format, options, graph, locale } = request;
    const info: PictureInfo = { ...request.info, date: today(this.clock()) };
    const labels = MESSAGES[locale].picture.labels;
    // Looked up before anything is drawn or asked: a missing font is known before the dialog.
    const font = format === 'pdf' ? this.requireFont() : null;
    const pages = renderPicturePages(graph, options, info, labels);
    const extension = format === 'pdf' ? 'pdf' : pages.length > 1 ? 'zip' : 'svg';
    const fileName = safeFileName(info.name, extension);
    const target = await this.delivery.chooseTarget(fileName, extension);
    if (target === null) throw new AppError('CANCELLED', 'No file was chosen.');
    const bytes = font
      ? await buildPicturePdf(pages, pageSize(options), font, {
          title: info.name,
          subject: [info.code, info.version && `v${info.version}`].filter(Boolean).join(' '),
        })
      : svgFiles(pages, path.parse(fileName).name);
    return deliver(target, fileName, bytes);
  }

  private requireFont(): CjkFont {
    const candidates = this.fonts();
    const font = findCjkFont(candidates);
    if (!font) {
      const names = [...new Set(candidates.map((c) => c.name))].join(', ');
      throw new AppError('PICTURE_FONT_MISSING', `No CJK font found (looked for ${names}).`, {
        fonts: names,
      });
    }
    return font;
  }
}

/** One page as its SVG; several as a .zip of `<name> - 01.svg`, `<name> - 02.svg` … */
function svgFiles(pages: readonly string[], stem: string): Buffer {
  const [only] = pages;
  if (pages.length === 1 && only !== undefined) return Buffer.from(only, 'utf8');
  const zip = new ZipBuilder();
  const digits = String(pages.length).length;
  pages.forEach((page, i) => {
    zip.add(
      `${stem} - ${String(i + 1).padStart(Math.max(2, digits), '0')}.svg`,
      deflateEntry(page),
    );
  });
  return zip.toBuffer();
}
