import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DOCUMENT_SETTINGS } from '../../../../shared/documentSettings';
import { buildInspectionReportDocx } from '../../../../electron/export/inspection/reportDocument';
import { findCjkFont, systemCjkFonts } from '../../../../electron/export/picture/cjkFont';
import { insurerReportModel } from './reportFixture';

/*
 * The sample insurer's inspection report (检查报告) in both languages, opened in LibreOffice:
 * converted to PDF, read back with pdftotext, pages 1–2 rendered to test-results/docx/ for a
 * look. Fails (never skips) when soffice or poppler is missing, like libreoffice.test.ts.
 */

const run = promisify(execFile);
const PREVIEWS = path.resolve('test-results/docx');
const CONVERT_TIMEOUT = 120_000;
const squeeze = (text: string) => text.replace(/\s+/g, '');

let folder = '';
const pdfText = new Map<string, string>();
const docx = new Map<string, Buffer>();

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'roleflow-inspection-'));
  const model = insurerReportModel();
  const font = findCjkFont(systemCjkFonts()) ?? null;
  for (const lang of ['zh', 'en'] as const) {
    const bytes = await buildInspectionReportDocx(model, {
      lang,
      documents: {
        ...DEFAULT_DOCUMENT_SETTINGS,
        organisationName: '华安人寿',
        confidentiality: '内部资料',
      },
      exportedAt: new Date('2025-07-25T09:00:00+08:00'),
      font,
    });
    docx.set(lang, bytes);
    fs.writeFileSync(path.join(folder, `inspection-${lang}.docx`), bytes);
  }
  const profile = pathToFileURL(path.join(folder, 'profile')).href;
  await run(
    'soffice',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      folder,
      ...['zh', 'en'].map((lang) => path.join(folder, `inspection-${lang}.docx`)),
    ],
    { timeout: CONVERT_TIMEOUT },
  );
  fs.mkdirSync(PREVIEWS, { recursive: true });
  for (const lang of ['zh', 'en']) {
    const pdf = path.join(folder, `inspection-${lang}.pdf`);
    if (!fs.existsSync(pdf)) throw new Error(`LibreOffice did not convert inspection-${lang}.docx`);
    pdfText.set(lang, (await run('pdftotext', ['-raw', pdf, '-'])).stdout);
    await run('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-f',
      '1',
      '-l',
      '2',
      pdf,
      path.join(PREVIEWS, `inspection-${lang}`),
    ]);
  }
}, CONVERT_TIMEOUT + 60_000);

afterAll(() => {
  if (folder !== '') fs.rmSync(folder, { recursive: true, force: true });
});

describe('the inspection report opened in LibreOffice', () => {
  it('prints the Chinese report: title, each KPI met or missed, actions', () => {
    const text = squeeze(pdfText.get('zh') ?? '');
    for (const expected of [
      '保单签发（现状）检查报告',
      '一、指标与目标对照',
      '平均办理周期',
      '差错率',
      '客户满意度',
      '未达标',
      '达标',
      '2024年第1季度',
      '六、整改措施',
      '由一名专案经理负责保单签发全过程',
      '新契约部经理',
      '2024-12-31',
      '响应性',
      '七、修订前后对比',
      '改善',
      '第1页共',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('prints the English report with the same figures', () => {
    const text = pdfText.get('en') ?? '';
    for (const expected of [
      'Inspection report',
      '1. Measured against target',
      'Missed',
      'Met',
      '2024 Q1',
      '6. Improvement actions',
      'Responsiveness',
      'Better',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('carries a chart per KPI and the SERVQUAL chart as pictures', async () => {
    for (const lang of ['zh', 'en']) {
      const zip = await JSZip.loadAsync(docx.get(lang) ?? Buffer.alloc(0));
      const images = Object.keys(zip.files).filter((name) => /^word\/media\/.+\.png$/.test(name));
      expect(images).toHaveLength(3 + 1);
    }
  });
});
