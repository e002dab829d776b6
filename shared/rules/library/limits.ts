/*
 * The 时限 a duty's 工作标准 states (§f5: "JD duty standards state time limits"), and the
 * amount band a text states (§f3: "审批费用≤5万元"), read from the sentence the user wrote.
 * Small on purpose: the common forms of Chinese and English descriptions, nothing guessed.
 */

/** A limit as written: whole days (converted later by the library's time basis) or minutes. */
export type StatedLimit = { days: number; minutes: number };

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** "2", "2.5", "十", "十五", "二十四" → the number; null when it is not one. */
export function readNumber(written: string): number | null {
  if (/^\d+(\.\d+)?$/.test(written)) return Number(written);
  if (!/^[零一二两三四五六七八九十]+$/.test(written)) return null;
  const [tens, ones] = written.includes('十') ? written.split('十') : ['', written];
  const tensValue =
    tens === undefined || tens === '' ? (written.includes('十') ? 1 : 0) : CHINESE_DIGITS[tens];
  const onesValue = ones === undefined || ones === '' ? 0 : CHINESE_DIGITS[ones];
  if (tensValue === undefined || onesValue === undefined) return null;
  return tensValue * 10 + onesValue;
}

const NUMBER = '(\\d+(?:\\.\\d+)?|[零一二两三四五六七八九十]+)';
const LIMIT_FORMS: { pattern: RegExp; unit: 'day' | 'hour' | 'minute' }[] = [
  { pattern: new RegExp(`${NUMBER}\\s*个?\\s*(?:工作日|工作天|天|日)`), unit: 'day' },
  { pattern: new RegExp(`${NUMBER}\\s*个?\\s*(?:小时|钟头)`), unit: 'hour' },
  { pattern: new RegExp(`${NUMBER}\\s*分钟`), unit: 'minute' },
  {
    pattern: new RegExp(`${NUMBER}\\s*(?:working|business|calendar)?\\s*days?\\b`, 'i'),
    unit: 'day',
  },
  { pattern: new RegExp(`${NUMBER}\\s*(?:hours?|hrs?)\\b`, 'i'), unit: 'hour' },
  { pattern: new RegExp(`${NUMBER}\\s*(?:minutes?|mins?)\\b`, 'i'), unit: 'minute' },
];

/**
 * The time limit a duty standard states: "2个工作日内完成" → 2 days, "24小时内" → 1,440
 * minutes, "within 2 working days" → 2 days. Null when the standard states none.
 */
export function statedLimit(standard: string): StatedLimit | null {
  for (const { pattern, unit } of LIMIT_FORMS) {
    const match = pattern.exec(standard);
    const value = match?.[1] === undefined ? null : readNumber(match[1]);
    if (value === null) continue;
    if (unit === 'day') return { days: value, minutes: 0 };
    return { days: 0, minutes: unit === 'hour' ? value * 60 : value };
  }
  return null;
}

const YUAN_PER_UNIT: Readonly<Record<string, number>> = { 亿: 1e8, 万: 1e4, 千: 1e3, 元: 1 };

/**
 * The top of an amount band a text states, in yuan: "≤5万元", "5万元以内", "5万元(含)以下",
 * "不超过5万元", "up to 50,000 yuan". Null when the text states none.
 */
export function statedAmountMax(written: string): number | null {
  const chinese =
    /(?:≤|<=|不超过|不高于|最高)\s*(\d+(?:\.\d+)?)\s*(亿|万|千)?元?|(\d+(?:\.\d+)?)\s*(亿|万|千)?元?\s*(?:\(含\)|（含）)?\s*(?:以内|以下|及以下)/.exec(
      written,
    );
  if (chinese) {
    const value = chinese[1] ?? chinese[3];
    const unit = chinese[2] ?? chinese[4] ?? '元';
    if (value !== undefined) return Number(value) * (YUAN_PER_UNIT[unit] ?? 1);
  }
  const english = /(?:up to|not exceeding|≤|<=)\s*(?:CNY|RMB|¥)?\s*([\d,]+(?:\.\d+)?)/i.exec(
    written,
  );
  if (english?.[1] !== undefined) return Number(english[1].replaceAll(',', ''));
  return null;
}
