import type { DutyCategory, DutyFrequency } from '../domain';
import type { KpiPeriod } from '../roleDetails';
import { isValidWeight } from '../weights';

/*
 * The values a description writes in words: 频次 ("每月", "Monthly", "as required"), 权重
 * ("20%"), 类别 ("管理与执行"), 岗位编制 ("2 人"). Each parser answers null for what it does not
 * recognise; the caller keeps the original words (in the field or in `unplaced`).
 */

const FREQUENCY_WORDS: [RegExp, DutyFrequency][] = [
  [/每日|每天|日常|天天|daily|every day|each day/i, 'daily'],
  [/每周|周度|weekly|every week|each week/i, 'weekly'],
  [/每季度|季度|quarterly|every quarter|each quarter/i, 'quarterly'],
  [/每月|月度|monthly|every month|each month/i, 'monthly'],
  [/每年|年度|每半年|半年|yearly|annually|annual|every year|each year/i, 'yearly'],
  [
    /按需|不定期|随时|临时|视情况|需要时|as needed|as required|ad hoc|ad-hoc|when required|ongoing/i,
    'asNeeded',
  ],
];

export function parseFrequency(text: string): DutyFrequency | null {
  const value = text.trim();
  if (value === '' || value === '—') return null;
  return FREQUENCY_WORDS.find(([pattern]) => pattern.test(value))?.[1] ?? null;
}

/** "20%", "20", "12.5 %" → the weight; anything else, or out of the contract's range → null. */
export function parseWeight(text: string): number | null {
  const match = /^\s*(\d{1,3}(?:\.\d+)?)\s*[%％]?\s*$/.exec(text);
  if (!match) return null;
  const value = Number(match[1]);
  return isValidWeight(value) ? value : null;
}

/** The method prints two groups (管理与执行 / 参与和协助); the first of a group stands for it. */
export function parseCategory(text: string): DutyCategory | null {
  const value = text.trim().toLowerCase();
  if (/管理|manage|lead/.test(value)) return 'manage';
  if (/执行|负责|execut|perform/.test(value)) return 'execute';
  if (/参与|particip/.test(value)) return 'participate';
  if (/协助|辅助|支持|assist|support/.test(value)) return 'assist';
  return null;
}

/** "1", "2 人", "3名" → the number of posts; null when it is not a whole number of posts. */
export function parseHeadcount(text: string): number | null {
  const match = /^\s*(\d{1,6})\s*(人|名|个|posts?|positions?|fte)?\s*$/i.exec(text);
  return match ? Number(match[1]) : null;
}

export function parsePeriod(text: string): KpiPeriod | null {
  const value = text.trim();
  if (/半年|half/i.test(value)) return 'halfYearly';
  if (/季|quarter/i.test(value)) return 'quarterly';
  if (/月|month/i.test(value)) return 'monthly';
  if (/年|year|annual/i.test(value)) return 'yearly';
  return null;
}

/** Chinese characters against Latin letters: which template the document is written in. */
export function languageOf(text: string): 'zh' | 'en' {
  const han = (text.match(/[\u4e00-\u9fff]/g) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  return han * 3 >= latin ? 'zh' : 'en';
}
