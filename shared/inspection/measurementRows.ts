import { addDays, compareDates } from './calendar';
import { periodContaining } from './schedule';
import { cellDate, cellNumber, cellText, isEmptyCell, type Cell } from './sheetCells';
import type { InspectionPlan, Measurement, Period, PlanKpi } from './types';

/*
 * The measurement import sheet: one row per KPI and period, under a header row in either
 * language (the template RoleFlow exports uses the interface language; a colleague's sheet
 * in the other language reads as well). The period's last day is written as people write it
 * (2024-01-01 to 2024-03-31) and stored exclusive. All or nothing: one bad row and no
 * measurement is returned, with every error naming its row as Excel numbers it (1-based,
 * header included), the column as headed in the sheet, and a code + params that
 * shared/i18n/inspection.ts renders in the interface language.
 */

export const MEASUREMENT_COLUMNS = ['start', 'end', 'kpi', 'value', 'sampleSize'] as const;
export type MeasurementColumn = (typeof MEASUREMENT_COLUMNS)[number];

export const MEASUREMENT_HEADERS: Record<'en' | 'zh-CN', Record<MeasurementColumn, string>> = {
  en: {
    start: 'Period start',
    end: 'Period end',
    kpi: 'KPI',
    value: 'Measured value',
    sampleSize: 'Sample size',
  },
  'zh-CN': {
    start: '期间开始',
    end: '期间结束',
    kpi: '指标',
    value: '测量值',
    sampleSize: '样本量',
  },
};

/** Sample size may stay empty (data analysis over every case); the rest is required. */
const OPTIONAL: ReadonlySet<MeasurementColumn> = new Set(['sampleSize']);
const VALUE_LIMIT = 1e12;
const SAMPLE_LIMIT = 1e9;

export type ImportErrorCode =
  | 'emptySheet'
  | 'missingColumn'
  | 'noRows'
  | 'required'
  | 'notADate'
  | 'endBeforeStart'
  | 'notAPlanPeriod'
  | 'notANumber'
  | 'outOfRange'
  | 'notAWholeNumber'
  | 'unknownKpi'
  | 'duplicate';

export type ImportError = {
  /** As Excel shows it: 1 is the header row. */
  row: number;
  /** The column's header as written in the sheet ('' for errors of the whole sheet). */
  column: string;
  code: ImportErrorCode;
  params: Record<string, string | number>;
};

export type ImportedMeasurement = Measurement & { period: Period };

export type MeasurementImport =
  { ok: true; measurements: ImportedMeasurement[] } | { ok: false; errors: ImportError[] };

const headerKey = (text: string) => text.normalize('NFKC').trim().toLowerCase();

const HEADER_LOOKUP = new Map<string, MeasurementColumn>(
  Object.values(MEASUREMENT_HEADERS).flatMap((headers) =>
    MEASUREMENT_COLUMNS.map((column) => [headerKey(headers[column]), column] as const),
  ),
);

function readHeader(header: readonly Cell[]): Map<MeasurementColumn, number> {
  const positions = new Map<MeasurementColumn, number>();
  header.forEach((cell, index) => {
    const column = HEADER_LOOKUP.get(headerKey(cellText(cell)));
    if (column && !positions.has(column)) positions.set(column, index);
  });
  return positions;
}

/** Reads the sheet against the plan whose KPIs (by name) and periods the rows must match. */
export function readMeasurementRows(
  rows: readonly (readonly Cell[])[],
  plan: Pick<InspectionPlan, 'kpis' | 'frequency' | 'everyMonths' | 'startDate'>,
  locale: 'en' | 'zh-CN',
): MeasurementImport {
  const [header, ...body] = rows;
  if (!header || header.every(isEmptyCell)) {
    return { ok: false, errors: [{ row: 1, column: '', code: 'emptySheet', params: {} }] };
  }
  const positions = readHeader(header);
  const missing = MEASUREMENT_COLUMNS.filter((c) => !OPTIONAL.has(c) && !positions.has(c));
  if (missing.length > 0) {
    return {
      ok: false,
      errors: missing.map((column) => ({
        row: 1,
        column: MEASUREMENT_HEADERS[locale][column],
        code: 'missingColumn',
        params: {},
      })),
    };
  }
  const kpiByName = new Map<string, PlanKpi>(plan.kpis.map((k) => [headerKey(k.name), k]));
  const known = plan.kpis.map((k) => k.name).join(locale === 'zh-CN' ? '、' : ', ');
  const errors: ImportError[] = [];
  const measurements: ImportedMeasurement[] = [];
  const firstRowOf = new Map<string, number>();

  body.forEach((cells, index) => {
    if (cells.every(isEmptyCell)) return; // blank lines between blocks are harmless
    const row = index + 2;
    const rowErrors: ImportError[] = [];
    const columnName = (column: MeasurementColumn) => {
      const position = positions.get(column);
      return position === undefined
        ? MEASUREMENT_HEADERS[locale][column]
        : cellText(header[position] ?? null);
    };
    const fail = (column: MeasurementColumn, code: ImportErrorCode, params = {}) =>
      void rowErrors.push({ row, column: columnName(column), code, params });
    const cell = (column: MeasurementColumn): Cell | undefined => {
      const position = positions.get(column);
      const value = position === undefined ? null : (cells[position] ?? null);
      if (!isEmptyCell(value)) return value;
      if (!OPTIONAL.has(column)) fail(column, 'required');
      return undefined;
    };
    const date = (column: 'start' | 'end') => {
      const value = cell(column);
      if (value === undefined) return null;
      const read = cellDate(value);
      if (read === null) fail(column, 'notADate', { value: cellText(value) });
      return read;
    };

    const start = date('start');
    const lastDay = date('end');
    let period: Period | null = null;
    if (start && lastDay) {
      if (compareDates(lastDay, start) < 0) fail('end', 'endBeforeStart', { start });
      else {
        period = { start, end: addDays(lastDay, 1) };
        const planned = periodContaining(plan, start);
        if (planned.start !== period.start || planned.end !== period.end) {
          period = null;
          fail('start', 'notAPlanPeriod', {
            start: planned.start,
            end: addDays(planned.end, -1),
          });
        }
      }
    }

    const kpiCell = cell('kpi');
    const kpi = kpiCell === undefined ? undefined : kpiByName.get(headerKey(cellText(kpiCell)));
    if (kpiCell !== undefined && !kpi)
      fail('kpi', 'unknownKpi', { value: cellText(kpiCell), known });

    const valueCell = cell('value');
    let value: number | null = null;
    if (valueCell !== undefined) {
      value = cellNumber(valueCell);
      if (value === null) fail('value', 'notANumber', { value: cellText(valueCell) });
      else if (Math.abs(value) > VALUE_LIMIT) {
        fail('value', 'outOfRange', { min: -VALUE_LIMIT, max: VALUE_LIMIT });
      }
    }

    const sampleCell = cell('sampleSize');
    let sampleSize: number | null = null;
    if (sampleCell !== undefined) {
      sampleSize = cellNumber(sampleCell);
      if (sampleSize === null) fail('sampleSize', 'notANumber', { value: cellText(sampleCell) });
      else if (!Number.isInteger(sampleSize)) fail('sampleSize', 'notAWholeNumber', {});
      else if (sampleSize < 1 || sampleSize > SAMPLE_LIMIT) {
        fail('sampleSize', 'outOfRange', { min: 1, max: SAMPLE_LIMIT });
      }
    }

    if (period && kpi) {
      const identity = `${period.start}\u0000${kpi.key}`;
      const first = firstRowOf.get(identity);
      if (first !== undefined) fail('kpi', 'duplicate', { firstRow: first });
      else firstRowOf.set(identity, row);
    }
    if (rowErrors.length > 0 || !period || !kpi || value === null) {
      errors.push(...rowErrors);
      return;
    }
    measurements.push({ period, kpiKey: kpi.key, value, sampleSize });
  });

  if (errors.length > 0) return { ok: false, errors };
  if (measurements.length === 0) {
    return { ok: false, errors: [{ row: 2, column: '', code: 'noRows', params: {} }] };
  }
  return { ok: true, measurements };
}
