import { describe, expect, it } from 'vitest';
import { readMeasurementRows } from '../../../shared/inspection/measurementRows';
import type { Cell } from '../../../shared/inspection/sheetCells';

const plan = {
  frequency: 'quarterly' as const,
  everyMonths: null,
  startDate: '2024-01-01',
  kpis: [
    { key: 'k-lead', kind: 'timeLimit' as const, name: '平均办理周期', target: '≤ 5 天' },
    { key: 'k-error', kind: 'accuracy' as const, name: '差错率', target: '≤ 0.5%' },
  ],
};

const ZH_HEADER: Cell[] = ['期间开始', '期间结束', '指标', '测量值', '样本量'];

describe('readMeasurementRows', () => {
  it('reads a zh-CN sheet with Excel dates, serials, typed dates and numbers as text', () => {
    const rows: Cell[][] = [
      ZH_HEADER,
      [new Date(Date.UTC(2024, 0, 1)), new Date(Date.UTC(2024, 2, 31)), '平均办理周期', 15.2, 2410],
      // Excel serials 45383 = 2024-04-01, 45473 = 2024-06-30.
      [45383, 45473, ' 差错率 ', '4.2%', null],
      [null, '', null, null, null],
      ['2024年7月1日', '2024/9/30', '平均办理周期', '1,410.5', '2,498'],
    ];
    expect(readMeasurementRows(rows, plan, 'zh-CN')).toEqual({
      ok: true,
      measurements: [
        {
          period: { start: '2024-01-01', end: '2024-04-01' },
          kpiKey: 'k-lead',
          value: 15.2,
          sampleSize: 2410,
        },
        {
          period: { start: '2024-04-01', end: '2024-07-01' },
          kpiKey: 'k-error',
          value: 4.2,
          sampleSize: null,
        },
        {
          period: { start: '2024-07-01', end: '2024-10-01' },
          kpiKey: 'k-lead',
          value: 1410.5,
          sampleSize: 2498,
        },
      ],
    });
  });

  it('reads the English headings in any order and any case', () => {
    const rows: Cell[][] = [
      ['kpi', 'Measured value', 'PERIOD START', 'Period end'],
      ['差错率', 0.4, '2025-04-01', '2025-06-30'],
    ];
    const result = readMeasurementRows(rows, plan, 'en');
    expect(result.ok && result.measurements[0]?.value).toBe(0.4);
  });

  it('names the row and column of every bad cell and returns no measurement at all', () => {
    const rows: Cell[][] = [
      ZH_HEADER,
      ['2024-01-01', '2024-03-31', '平均办理周期', 15.2, 2410],
      ['2024-02-30', '2024-03-31', '平均办理周期', 'abc', 10.5],
      ['2024-04-01', '2024-03-31', '满意度', 80, 0],
      ['2024-02-01', '2024-03-31', '差错率', 3, 100],
      ['2024-01-01', '2024-03-31', '平均办理周期', '', 100],
      ['2024-01-01', '2024-03-31', '平均办理周期', 14, 100],
    ];
    const result = readMeasurementRows(rows, plan, 'zh-CN');
    expect(result).toEqual({
      ok: false,
      errors: [
        { row: 3, column: '期间开始', code: 'notADate', params: { value: '2024-02-30' } },
        { row: 3, column: '测量值', code: 'notANumber', params: { value: 'abc' } },
        { row: 3, column: '样本量', code: 'notAWholeNumber', params: {} },
        { row: 4, column: '期间结束', code: 'endBeforeStart', params: { start: '2024-04-01' } },
        {
          row: 4,
          column: '指标',
          code: 'unknownKpi',
          params: { value: '满意度', known: '平均办理周期、差错率' },
        },
        { row: 4, column: '样本量', code: 'outOfRange', params: { min: 1, max: 1e9 } },
        {
          row: 5,
          column: '期间开始',
          code: 'notAPlanPeriod',
          params: { start: '2024-01-01', end: '2024-03-31' },
        },
        { row: 6, column: '测量值', code: 'required', params: {} },
        // Row 6 repeats row 2's KPI and period too, empty value or not.
        { row: 6, column: '指标', code: 'duplicate', params: { firstRow: 2 } },
        { row: 7, column: '指标', code: 'duplicate', params: { firstRow: 2 } },
      ],
    });
  });

  it('reports missing columns on the heading row in the interface language', () => {
    expect(
      readMeasurementRows(
        [
          ['Period start', 'KPI'],
          ['2024-01-01', '差错率'],
        ],
        plan,
        'en',
      ),
    ).toEqual({
      ok: false,
      errors: [
        { row: 1, column: 'Period end', code: 'missingColumn', params: {} },
        { row: 1, column: 'Measured value', code: 'missingColumn', params: {} },
      ],
    });
  });

  it('refuses an empty sheet and a sheet of headings only', () => {
    expect(readMeasurementRows([], plan, 'en')).toMatchObject({
      ok: false,
      errors: [{ code: 'emptySheet' }],
    });
    expect(readMeasurementRows([ZH_HEADER, [null]], plan, 'zh-CN')).toMatchObject({
      ok: false,
      errors: [{ code: 'noRows' }],
    });
  });
});
