import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { modelledValue } from '../../../../shared/inspection/modelled';
import { sampleStore } from './storeFixtures';

/*
 * The inspection report of the sample insurer through the IPC channel a user's click sends
 * (export:inspectionReport): the records come from the library file, the model is judged
 * once, the .docx and .xlsx come back as downloads and are opened again here.
 */

function sample() {
  const { services, call } = sampleStore();
  const [plan] = services.inspections.plans(null);
  if (!plan) throw new Error('the sample library has no inspection plan');
  return { services, call, plan };
}

async function documentText(base64: string): Promise<string> {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return xml.replace(/<[^>]+>/g, '');
}

describe('the inspection report through IPC', () => {
  it('writes the sample insurer’s 检查报告 to Word from the library', async () => {
    const { call, plan, services } = sample();
    // The saved as-is map's critical path, in the target's days, beside the measured lead time.
    const model = services.inspectionReports.model(plan.key, null);
    const leadTime = model.kpis.find((kpi) => kpi.kind === 'timeLimit');
    expect(leadTime?.modelled).toBeGreaterThan(5);
    const result = (await call('export:inspectionReport', {
      planKey: plan.key,
      range: null,
      locale: 'zh-CN',
      format: 'docx',
    })) as { fileName: string; data: string };
    // The sample's process names carry both languages, as the library stores them.
    expect(result.fileName).toMatch(/^INS-P01 保单签发（现状）.* 检查报告\.docx$/);
    const text = await documentText(result.data);
    expect(text).toMatch(/保单签发（现状）.*检查报告/);
    expect(text).toContain('2024-01-01 至 2025-06-30');
    expect(text).toContain('未达标');
    expect(text).toContain(`${leadTime?.modelled} 天`);
  }, 120_000);

  it('writes the measurements and actions to Excel in English, over a chosen range', async () => {
    const { call, plan } = sample();
    const result = (await call('export:inspectionReport', {
      planKey: plan.key,
      range: { start: '2024-01-01', end: '2025-01-01' },
      locale: 'en',
      format: 'xlsx',
    })) as { fileName: string; data: string };
    expect(result.fileName).toMatch(/Inspection report\.xlsx$/);
    const book = new ExcelJS.Workbook();
    const bytes = Buffer.from(result.data, 'base64');
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const values = book.worksheets
      .flatMap((sheet) => sheet.getSheetValues())
      .flat()
      .map(String)
      .join(' ');
    expect(values).toContain('2024-10-01');
    expect(values).not.toContain('2025-04-01');
  });

  it('refuses a range that ends before it starts, at the channel', async () => {
    const { call, plan } = sample();
    await expect(
      call('export:inspectionReport', {
        planKey: plan.key,
        range: { start: '2025-01-01', end: '2024-01-01' },
        locale: 'en',
        format: 'docx',
      }),
    ).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
  });
});

describe('the modelled figure beside a KPI', () => {
  it('converts the modelled lead time to the unit the target is written in', () => {
    const timeLimit = { kind: 'timeLimit' } as const;
    expect(modelledValue(timeLimit, { unit: '天' }, 7200, 480)).toBe(15);
    expect(modelledValue(timeLimit, { unit: 'hours' }, 90, 480)).toBe(1.5);
    expect(modelledValue(timeLimit, { unit: '%' }, 90, 480)).toBeNull();
    expect(modelledValue({ kind: 'cost' }, { unit: '元' }, 90, 480)).toBeNull();
    expect(modelledValue(timeLimit, { unit: '天' }, null, 480)).toBeNull();
  });
});
