import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../electron/ipc/dispatch';
import { DOWNLOAD_DELIVERY } from '../../../../electron/services/exportService';
import { InspectionImport } from '../../../../electron/services/inspection/inspectionImport';
import { InspectionInsights } from '../../../../electron/services/inspection/inspectionInsights';
import { newInspection, newPlan, storeLibrary, type StoreLibrary } from './storeFixtures';

/** 2025-01-20 in Shanghai: 2024 Q4 ended and is due; Q1–Q3 are overdue. */
const NOW = () => new Date('2025-01-20T02:00:00Z');

function importer(library: StoreLibrary) {
  library.session.repositories().inspection.setTimeZone('Asia/Shanghai');
  const insights = new InspectionInsights(library.session, NOW);
  return new InspectionImport(library.session, insights, DOWNLOAD_DELIVERY, NOW);
}

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('measurement import (real SQLite file)', () => {
  it('stores nothing from a .csv with bad rows, and names each row and column', async () => {
    const library = storeLibrary();
    const plan = library.services.inspections.savePlan(newPlan(library.asIs.key));
    const csv = [
      '期间开始,期间结束,指标,测量值,样本量',
      '2024-01-01,2024-03-31,平均办理周期,15.2,2410',
      '2024-04-01,2024-06-30,平均办理周期,很久,2563',
      '2024-07-01,2024-09-15,客户满意度,73,300',
      '2024-10-01,2024-12-31,差错率,4.0,',
    ].join('\r\n');
    const outcome = await importer(library).measurements(plan.key, 'q.csv', base64(csv), 'zh-CN');
    expect(outcome).toEqual({
      ok: false,
      errors: [
        { row: 3, column: '测量值', code: 'notANumber', params: { value: '很久' } },
        {
          row: 4,
          column: '期间开始',
          code: 'notAPlanPeriod',
          params: { start: '2024-07-01', end: '2024-09-30' },
        },
        {
          row: 5,
          column: '指标',
          code: 'unknownKpi',
          params: expect.objectContaining({ value: '差错率' }),
        },
      ],
    });
    expect(library.services.inspections.inspections(null)).toEqual([]);
  });

  it('fills the template it hands out, in the interface language, and imports it whole', async () => {
    const library = storeLibrary();
    const store = library.services.inspections;
    const plan = store.savePlan(newPlan(library.asIs.key));
    // Q1 is on record with its lead time; the import adds its satisfaction and keeps the rest.
    const q1 = store.saveInspection(
      newInspection(plan, { start: '2024-01-01', end: '2024-04-01' }, [15.2]),
    );
    const service = importer(library);
    const template = await service.template(plan.key, 'en');
    expect(template.fileName).toMatch(/measurements template\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(template.data ?? '', 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Period start',
      'Period end',
      'KPI',
      'Measured value',
      'Sample size',
    ]);
    // Q2–Q4 are still to inspect (Q1 is recorded): three periods × two KPIs.
    expect(sheet.rowCount).toBe(7);
    sheet.getRow(2).getCell(4).value = 16.8;
    sheet.getRow(3).getCell(4).value = 68;
    sheet.getRow(4).getCell(4).value = 14.1;
    sheet.getRow(5).getCell(4).value = 73;
    sheet.getRow(6).getCell(4).value = 17.3;
    sheet.getRow(7).getCell(4).value = 70;
    sheet.addRow([new Date(Date.UTC(2024, 0, 1)), '2024/3/31', '客户满意度', 71, 290]);
    const filled = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');

    const outcome = await dispatch(
      library.handlers,
      'inspection:importMeasurements',
      { planKey: plan.key, fileName: 'filled.xlsx', data: filled, locale: 'en' },
      { validateResponses: true },
    );
    // (The handlers' own clock is today's: the periods are checked against the plan only.)
    expect(outcome).toEqual({ ok: true, data: { ok: true, inspections: 4, measurements: 7 } });
    const stored = store.inspections(library.asIs.key);
    expect(stored.map((i) => i.period.start)).toEqual([
      '2024-01-01',
      '2024-04-01',
      '2024-07-01',
      '2024-10-01',
    ]);
    expect(stored[0]).toMatchObject({ key: q1.key, editVersion: 1 });
    expect(stored[0]?.measurements.map((m) => m.value)).toEqual([15.2, 71]);
    expect(stored[3]?.measurements.map((m) => m.value)).toEqual([17.3, 70]);
  });

  it('refuses a file that is neither .xlsx nor .csv with a coded error', async () => {
    const library = storeLibrary();
    const plan = library.services.inspections.savePlan(newPlan(library.asIs.key));
    const bytes = Buffer.from([0xff, 0xfe, 0x00, 0x41, 0x00]).toString('base64');
    const outcome = await dispatch(library.handlers, 'inspection:importMeasurements', {
      planKey: plan.key,
      fileName: 'scan.pdf',
      data: bytes,
      locale: 'zh-CN',
    });
    expect(outcome).toMatchObject({
      ok: false,
      error: { code: 'INSPECTION_FILE_UNREADABLE', params: { name: 'scan.pdf' } },
    });
  });
});
