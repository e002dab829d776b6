import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { newInspection, newPlan, sampleStore } from './storeFixtures';

/*
 * The inspection report of one period of the library (export:libraryInspectionReport), through
 * the channel the dialog calls: the sample insurer's plan plus a second process's plan, the
 * overview naming both, each process on its own pages, a department filter, and the Excel
 * sheets with the process in the first column.
 */

async function sampleWithTwoPlans() {
  const store = sampleStore();
  const { services } = store;
  const call = async (channel: string, payload: unknown) =>
    (await store.call(channel, payload)) as { fileName: string; data: string };
  const summaries = services.processes.list({ processClass: null, departmentId: null });
  const insurer = summaries.find((p) => p.code === 'INS-P01');
  // The expense-claims process, in no department (the insurer's is the case's department).
  const other = summaries.find((p) => p.code === 'FIN-P01');
  if (!insurer || !other) throw new Error('the sample library lacks its processes');
  const plan = services.inspections.savePlan(newPlan(other.key));
  services.inspections.saveInspection(
    newInspection(plan, { start: '2024-04-01', end: '2024-07-01' }, [7, 96]),
  );
  return { services, call, insurer, other };
}

async function documentText(base64: string): Promise<{ text: string; sections: number }> {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return { text: xml.replace(/<[^>]+>/g, ''), sections: xml.split('<w:sectPr').length - 1 };
}

describe('the inspection report of one period of the library', () => {
  it('gives an overview of every plan, then each process on its own pages', async () => {
    const { call, insurer, other } = await sampleWithTwoPlans();
    const result = await call('export:libraryInspectionReport', {
      range: { start: '2024-01-01', end: '2025-01-01' },
      departmentId: null,
      locale: 'zh-CN',
      format: 'docx',
    });
    expect(result.fileName).toMatch(/^检查报告（全部流程）.*\.docx$/);
    const { text, sections } = await documentText(result.data);
    expect(text).toContain('一、总览');
    expect(text).toContain('本期间共 2 个流程、2 项检查计划');
    expect(text).toContain(`${insurer.code} ${insurer.name}`);
    expect(text).toContain(`${other.code} ${other.name}`);
    // The overview and one section per process, each with its running header.
    expect(sections).toBe(3);
    expect(text).toContain('未达标');
  }, 120_000);

  it('keeps to one department when asked, and names it', async () => {
    const { call, insurer, other } = await sampleWithTwoPlans();
    const result = await call('export:libraryInspectionReport', {
      range: { start: '2024-01-01', end: '2025-01-01' },
      departmentId: insurer.departmentId,
      locale: 'en',
      format: 'docx',
    });
    const { text, sections } = await documentText(result.data);
    expect(text).toContain('1 inspection plans of 1 processes');
    expect(text).toContain('Inspection report — 保险业务示例 / Insurance case');
    expect(text).toContain(insurer.name);
    expect(text).not.toContain(other.name);
    expect(sections).toBe(2);
  }, 120_000);

  it('writes both processes’ measurements to one Excel sheet, the process first', async () => {
    const { call, insurer, other } = await sampleWithTwoPlans();
    const result = await call('export:libraryInspectionReport', {
      range: { start: '2024-01-01', end: '2025-01-01' },
      departmentId: null,
      locale: 'en',
      format: 'xlsx',
    });
    const book = new ExcelJS.Workbook();
    const bytes = Buffer.from(result.data, 'base64');
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const [measurements] = book.worksheets;
    const firstColumn = (measurements?.getColumn(1).values ?? []).map(String);
    expect(firstColumn).toContain(`${insurer.code} ${insurer.name}`);
    expect(firstColumn).toContain(`${other.code} ${other.name}`);
  });

  it('refuses a department the library does not hold', async () => {
    const { call } = await sampleWithTwoPlans();
    await expect(
      call('export:libraryInspectionReport', {
        range: { start: '2024-01-01', end: '2025-01-01' },
        departmentId: 99_999,
        locale: 'en',
        format: 'docx',
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
