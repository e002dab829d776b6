import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { findCjkFont, systemCjkFonts } from '../../../electron/export/picture/cjkFont';
import type { FileDelivery } from '../../../electron/services/exportService';
import { PictureService, type PictureRequest } from '../../../electron/services/pictureService';
import { AppError } from '../../../shared/errors';
import { summarisePicture } from '../../../shared/picture';
import { tempFolder } from '../helpers/tempFiles';
import { INFO, insurerGraph } from '../picture/fixtures';
import { squeeze } from '../picture/svgPages';

/*
 * The picture export through its service, read back as a user's tools would: the PDF with
 * poppler (pdfinfo, pdftotext), the SVG pages out of their .zip.
 */

const graph = insurerGraph();
const request = (format: 'pdf' | 'svg', locale: 'zh-CN' | 'en' = 'zh-CN'): PictureRequest => ({
  format,
  options: { mode: 'tiled', paper: 'A4', pageOrientation: 'landscape' },
  graph,
  info: { name: INFO.name, code: INFO.code, version: INFO.version },
  locale,
});

function savingTo(file: string): FileDelivery {
  return { chooseTarget: () => Promise.resolve(file) };
}

describe('picture export', () => {
  // CI installs fonts-noto-cjk (.ci/run); the PDF needs it.
  it('writes a tiled PDF whose Chinese is real text: every lane title and step label', async () => {
    const file = path.join(tempFolder(), 'map.pdf');
    const service = new PictureService(savingTo(file), systemCjkFonts, () => new Date(2026, 11, 1));
    const result = await service.export(request('pdf'));
    expect(result).toEqual({ fileName: 'map.pdf', data: null });
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const pages = summarisePicture(graph, request('pdf').options).pages;
    expect(info).toMatch(new RegExp(`Pages:\\s+${pages}\\n`));
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.28 pts/);
    const text = squeeze(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
    for (const lane of graph.lanes) expect(text, lane.name).toContain(squeeze(lane.name));
    for (const node of graph.nodes) expect(text, node.label).toContain(squeeze(node.label));
    expect(text).toContain(squeeze(`第 1 页 / 共 ${pages} 页`));
    expect(text).toContain('2026-12-01');
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    expect(fonts).not.toMatch(/Helvetica/);
    expect(fonts).toMatch(/yes\s+yes\s+yes/); // embedded, subset, with a Unicode map
  }, 60_000);

  it('refuses a PDF when no CJK font is installed, before asking where to save', async () => {
    let asked = false;
    const delivery: FileDelivery = {
      chooseTarget: () => {
        asked = true;
        return Promise.resolve('/nowhere.pdf');
      },
    };
    const service = new PictureService(delivery, () => [
      { name: 'Noto Sans CJK SC', regular: { file: '/no/such/font.ttc' }, bold: null },
    ]);
    const refusal = await service.export(request('pdf')).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).code).toBe('PICTURE_FONT_MISSING');
    expect((refusal as AppError).params).toEqual({ fonts: 'Noto Sans CJK SC' });
    expect(asked).toBe(false);
  });

  it('delivers tiled SVG as a .zip of one standalone SVG per page, in page order', async () => {
    const service = new PictureService({ chooseTarget: () => Promise.resolve('download') });
    const result = await service.export(request('svg', 'en'));
    expect(result.fileName).toMatch(/\.zip$/);
    const zip = await JSZip.loadAsync(Buffer.from(result.data ?? '', 'base64'));
    const names = Object.keys(zip.files);
    const pages = summarisePicture(graph, request('svg').options).pages;
    expect(names).toHaveLength(pages);
    expect(names[0]).toMatch(/ - 01\.svg$/);
    const last = await zip.file(names[names.length - 1] ?? '')?.async('string');
    expect(last).toContain(`Page ${pages} of ${pages}`);
  });

  it('delivers one fitted page as a single .svg file', async () => {
    const file = path.join(tempFolder(), 'map.svg');
    const service = new PictureService(savingTo(file));
    await service.export({
      ...request('svg'),
      options: { mode: 'fit', paper: 'A3', pageOrientation: 'landscape' },
    });
    const svg = fs.readFileSync(file, 'utf8');
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="420mm" height="297mm"/,
    );
  });
});

describe('finding a CJK font', () => {
  it('takes the first candidate that exists, and its bold face only if present', () => {
    const found = findCjkFont(
      [
        { name: 'A', regular: { file: '/a.ttc' }, bold: null },
        { name: 'B', regular: { file: '/b.ttc' }, bold: { file: '/b-bold.ttc' } },
      ],
      (file) => file === '/b.ttc',
    );
    expect(found).toEqual({ name: 'B', regular: { file: '/b.ttc' }, bold: null });
  });

  it('looks where Windows, macOS and Linux keep their Chinese fonts', () => {
    const files = (platform: NodeJS.Platform) =>
      systemCjkFonts(platform, { WINDIR: 'C:\\Windows' }).map((c) => c.regular.file);
    expect(files('win32').join()).toMatch(/msyh\.ttc.*simhei\.ttf/);
    expect(files('darwin').join()).toMatch(/PingFang\.ttc.*Hiragino Sans GB\.ttc/);
    expect(files('linux')[0]).toBe('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc');
  });
});
