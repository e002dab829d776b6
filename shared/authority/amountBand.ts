/*
 * Amount bands of 工作权限 (issue 10, J5): "≤5万元", "5万元以内", "5万元（含）以下", "不超过10万元",
 * "50,000元以下", "单笔3000元", "up to ¥50,000", "$5,000 or less", "50k". Only upper bounds are
 * read: "5万元以上" is no band (the role approves above it; the clause keeps it in its object).
 * Amounts are yuan; 万 = 10,000, 亿 = 1e8, 千 / k = 1,000, million = 1e6.
 */

const NUMBER = String.raw`\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const CURRENCY_BEFORE = String.raw`(?:[¥￥$]|RMB|CNY)`;
const UNIT = String.raw`(?:万|亿|千|million\b|[kK](?![A-Za-z]))`;
const CURRENCY_AFTER = String.raw`(?:元(?:人民币)?|块钱|yuan\b|RMB\b|CNY\b)`;
const MONEY = (n: number): string =>
  String.raw`(?<cur${n}>${CURRENCY_BEFORE})?\s*(?<num${n}>${NUMBER})\s*(?<unit${n}>${UNIT})?\s*(?<yuan${n}>${CURRENCY_AFTER})?`;
const BEFORE = String.raw`(?:(?:单笔|单次|每笔|每次|单项|累计)\s*)?(?:(?:≤|<=|＜=|<|＜|不超过|不高于|不大于|最高|最多|up to|not exceeding|not more than|no more than|at most|under|below|within)\s*)?(?:(?:单笔|单次)\s*)?`;
const RANGE = String.raw`(?:\s*(?:至|到|-|~|～|–|—|to)\s*${MONEY(2)})?`;
const AFTER = String.raw`(?:\s*[（(]\s*含\s*[)）])?(?:\s*(?:以内|以下|及以下|之内|or less|or below|and below|and under|max(?:imum)?\b))?`;
const AFTER_UPPER_ONLY =
  /^\s*(?:[（(]\s*(?:不)?含\s*[)）])?\s*(?:以上|及以上|or more|and above|above|over)/u;

const BAND = new RegExp(`${BEFORE}${MONEY(1)}${RANGE}${AFTER}`, 'gu');

const UNIT_FACTORS: Record<string, number> = {
  万: 1e4,
  亿: 1e8,
  千: 1e3,
  k: 1e3,
  K: 1e3,
  million: 1e6,
};

/** An amount band found in a clause: its top in yuan and where it stands in the text. */
export type AmountBand = { amountMax: number; start: number; end: number };

function amountOf(num: string, unit: string | undefined): number {
  const value = Number(num.replace(/[,，]/g, ''));
  return unit ? value * (UNIT_FACTORS[unit] ?? 1) : value;
}

/** Money needs a currency or a unit: "3个工作日" or "第2条" is not an amount. */
function isMoney(groups: Record<string, string | undefined>, n: number): boolean {
  return Boolean(groups[`cur${n}`] ?? groups[`unit${n}`] ?? groups[`yuan${n}`]);
}

/** The first upper-bounded amount of a clause, or null. */
export function findAmountBand(text: string): AmountBand | null {
  for (const match of text.matchAll(BAND)) {
    const groups = match.groups ?? {};
    const num1 = groups.num1;
    if (num1 === undefined) continue;
    const ranged = groups.num2 !== undefined;
    if (!ranged && !isMoney(groups, 1)) continue;
    if (ranged && !isMoney(groups, 2) && !isMoney(groups, 1)) continue;
    const end = match.index + match[0].length;
    if (!ranged && AFTER_UPPER_ONLY.test(text.slice(end))) continue;
    const amountMax = ranged
      ? amountOf(groups.num2 ?? num1, groups.unit2 ?? groups.unit1)
      : amountOf(num1, groups.unit1);
    const start = match.index + (match[0].length - match[0].trimStart().length);
    return { amountMax, start, end: match.index + match[0].trimEnd().length };
  }
  return null;
}

/** How a band reads back: "≤ 5万元", "≤ 3,000元", "≤ 1.2亿元". */
export function formatAmountMax(amount: number, language: 'zh' | 'en'): string {
  if (language === 'en') return `≤ ¥${amount.toLocaleString('en-US')}`;
  if (amount >= 1e8 && amount % 1e6 === 0) return `≤ ${amount / 1e8}亿元`;
  if (amount >= 1e4 && amount % 100 === 0) return `≤ ${amount / 1e4}万元`;
  return `≤ ${amount.toLocaleString('en-US')}元`;
}
