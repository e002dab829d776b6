import type { Kpi } from '../roleDetails';
import type { ImportedDuty } from './importedRole';
import { normalise } from './vocabulary';
import { parseCategory, parseFrequency, parsePeriod, parseWeight } from './values';

/*
 * Duties come as a table (职责描述 with 权重 / 频次 / 工作标准 columns, or the English "Essential
 * function / % of time / Frequency") or as numbered lines and bullets ("1. 组织招聘……（20%）").
 */

type DutyColumn = 'number' | 'text' | 'category' | 'weight' | 'frequency' | 'standard' | 'kpi';
export type DutyColumns = Partial<Record<DutyColumn, number>>;

const COLUMN_PATTERNS: [DutyColumn, RegExp][] = [
  ['weight', /权重|占比|比重|%|weight|time/],
  ['frequency', /频次|频率|frequency/],
  ['category', /类别|类型|category|type/],
  ['standard', /标准|成果|输出|standard|output|outcome/],
  ['kpi', /kpi|考核|指标|measure/],
  ['number', /^(序号|no|#|number)$/],
  ['text', /职责|工作内容|任务|事项|function|dut|responsib|task|description|activit/],
];

/** The columns of a duty table's header row, or null when the row is not one. */
export function dutyHeader(row: readonly string[]): DutyColumns | null {
  // A header names columns: short cells, none of them a value (a number, a weight).
  if (row.length < 2 || row.some((cell) => cell.length > 24 || /^\d/.test(cell))) return null;
  const columns: DutyColumns = {};
  row.forEach((cell, index) => {
    const key = normalise(cell);
    const column = COLUMN_PATTERNS.find(([, pattern]) => pattern.test(key))?.[0];
    if (column && columns[column] === undefined) columns[column] = index;
  });
  const extras = Object.keys(columns).filter((c) => c !== 'text' && c !== 'number').length;
  return columns.text !== undefined && extras > 0 ? columns : null;
}

const KPI_LINE = /^\s*(考核指标|考核|KPI)\s*[:：]\s*/i;
const TOTAL = /^(合计|总计|小计|total)$/i;

/** One row of a duty table; null for the 合计 / Total row and rows without a duty. */
export function dutyFromRow(row: readonly string[], columns: DutyColumns): ImportedDuty | null {
  const cell = (column: DutyColumn) => {
    const index = columns[column];
    return index === undefined ? '' : (row[index] ?? '').trim();
  };
  if (row.some((value) => TOTAL.test(normalise(value)))) return null;
  const text = cell('text').replace(/\n/g, ' ');
  if (text === '' || text === '—') return null;
  const blank = (value: string) => (value === '—' ? '' : value);
  // A form without a KPI column writes it under the standard: "……\n考核：规划按时完成率 100%".
  const standardLines = blank(cell('standard')).split('\n');
  const kpiLines = standardLines.filter((line) => KPI_LINE.test(line));
  const kpi = [blank(cell('kpi')), ...kpiLines.map((line) => line.replace(KPI_LINE, '').trim())];
  return {
    text,
    category: parseCategory(cell('category')),
    weight: parseWeight(cell('weight')),
    frequency: parseFrequency(cell('frequency')),
    standard: standardLines.filter((line) => !KPI_LINE.test(line)).join('\n'),
    kpi: kpi.filter((line) => line !== '').join('\n'),
  };
}

const BULLET = /^\s*(?:\d{1,3}\s*[.、．)）]|[（(]\s*\d{1,3}\s*[)）]|[•·●▪◦\-–—*])\s*/;
const TRAILING_WEIGHT =
  /\s*[（(]?\s*(?:权重|weight)?\s*[:：]?\s*(\d{1,3}(?:\.\d)?)\s*[%％]\s*[)）]?\s*[。.;；]?\s*$/i;
const TRAILING_FREQUENCY = /\s*[（(【[]\s*([^（）()【】[\]]{1,12})\s*[)）】\]]\s*[。.;；]?\s*$/;

/** "1. 组织招聘工作（每周）（20%）" → the duty with its weight and frequency. */
export function dutyFromLine(line: string): ImportedDuty | null {
  let text = line.replace(BULLET, '').trim();
  let weight: number | null = null;
  let frequency: ImportedDuty['frequency'] = null;
  for (let pass = 0; pass < 2; pass += 1) {
    const weighted = TRAILING_WEIGHT.exec(text);
    if (weighted && weight === null) {
      weight = parseWeight(weighted[1] ?? '');
      if (weight !== null) text = text.slice(0, weighted.index).trim();
    }
    const often = TRAILING_FREQUENCY.exec(text);
    const parsed = often ? parseFrequency(often[1] ?? '') : null;
    if (often && parsed && frequency === null) {
      frequency = parsed;
      text = text.slice(0, often.index).trim();
    }
  }
  text = text.replace(/[;；]$/, '').trim();
  if (text === '') return null;
  return { text, category: null, weight, frequency, standard: '', kpi: '' };
}

type KpiColumns = { name: number; target: number | null; period: number | null };

/** A KPI table's header: 考核指标 / 目标值 / 考核周期 (or KPI / Target / Period). */
export function kpiHeader(row: readonly string[]): KpiColumns | null {
  const keys = row.map(normalise);
  const name = keys.findIndex((k) => /指标|kpi|measure|indicator/.test(k));
  const target = keys.findIndex((k) => /目标|target/.test(k));
  if (name < 0 || target < 0) return null;
  const period = keys.findIndex((k) => /周期|period|frequency/.test(k));
  return { name, target, period: period < 0 ? null : period };
}

export function kpiFromRow(row: readonly string[], columns: KpiColumns): Kpi | null {
  const name = (row[columns.name] ?? '').trim();
  if (name === '' || name === '—') return null;
  const target = columns.target === null ? '' : (row[columns.target] ?? '').trim();
  const period = columns.period === null ? '' : (row[columns.period] ?? '');
  return {
    name: name.slice(0, 200),
    target: target.slice(0, 200),
    period: parsePeriod(period),
  };
}

/** 能力素质 and signature tables: their header words, to keep their rows together. */
export function isCompetencyOrSignatureHeader(row: readonly string[]): boolean {
  const keys = row.map(normalise);
  return keys.some((k) => /能力素质|competenc|确认人|签字|signature/.test(k)) && row.length >= 2;
}
