/*
 * Reads the KPI target text users already write on processes (ProcessKpis: "≤ 5 天",
 * "≥ 95%", "4.5 分以上", "不超过3天", "at least 90 %") into a direction, a value and a unit,
 * and judges a measured value against it. Exactly one comparison must be found: a text with
 * none ("5–25 天", "投诉集中在时效") or several ("常规件 ≤ 4 小时；疑难件 ≤ 1 个工作日") cannot
 * be read, and says why, rather than guess which number is the target.
 *
 * Chinese 以上 / 以下 / 以内 include the number (as in statutes: "5 天以下" allows 5 days);
 * "under"/"below"/低于/少于 and "over"/"above"/高于/超过 exclude it.
 */

export type TargetDirection = 'lowerIsBetter' | 'higherIsBetter';

export type Target = {
  direction: TargetDirection;
  /** True for < and >: reaching the value itself misses the target. */
  strict: boolean;
  value: number;
  /** The unit as written, spaces removed ("天", "%", "元/件", "days"); empty when none. */
  unit: string;
};

export type TargetUnreadable = 'empty' | 'noNumber' | 'noComparison' | 'range' | 'several';

export type TargetReading = { ok: true; target: Target } | { ok: false; reason: TargetUnreadable };

type Comparison = { direction: TargetDirection; strict: boolean };

const AT_MOST: Comparison = { direction: 'lowerIsBetter', strict: false };
const BELOW: Comparison = { direction: 'lowerIsBetter', strict: true };
const AT_LEAST: Comparison = { direction: 'higherIsBetter', strict: false };
const ABOVE: Comparison = { direction: 'higherIsBetter', strict: true };

/** Words and signs written before the number, longest first so "不超过" wins over "超过". */
const PREFIXES: readonly (readonly [string, Comparison])[] = (
  [
    ['<=', AT_MOST],
    ['=<', AT_MOST],
    ['≤', AT_MOST],
    ['≦', AT_MOST],
    ['不超过', AT_MOST],
    ['不高于', AT_MOST],
    ['不大于', AT_MOST],
    ['不多于', AT_MOST],
    ['至多', AT_MOST],
    ['最多', AT_MOST],
    ['at most', AT_MOST],
    ['no more than', AT_MOST],
    ['not more than', AT_MOST],
    ['up to', AT_MOST],
    ['within', AT_MOST],
    ['<', BELOW],
    ['小于', BELOW],
    ['低于', BELOW],
    ['少于', BELOW],
    ['less than', BELOW],
    ['fewer than', BELOW],
    ['under', BELOW],
    ['below', BELOW],
    ['>=', AT_LEAST],
    ['=>', AT_LEAST],
    ['≥', AT_LEAST],
    ['≧', AT_LEAST],
    ['不低于', AT_LEAST],
    ['不少于', AT_LEAST],
    ['不小于', AT_LEAST],
    ['至少', AT_LEAST],
    ['at least', AT_LEAST],
    ['no less than', AT_LEAST],
    ['not less than', AT_LEAST],
    ['>', ABOVE],
    ['大于', ABOVE],
    ['高于', ABOVE],
    ['超过', ABOVE],
    ['more than', ABOVE],
    ['greater than', ABOVE],
    ['over', ABOVE],
    ['above', ABOVE],
  ] as const
)
  .slice()
  .sort((a, b) => b[0].length - a[0].length);

const SUFFIXES: readonly (readonly [string, Comparison])[] = [
  ['以上', AT_LEAST],
  ['以下', AT_MOST],
  ['以内', AT_MOST],
  ['之内', AT_MOST],
  ['or more', AT_LEAST],
  ['or above', AT_LEAST],
  ['or higher', AT_LEAST],
  ['or less', AT_MOST],
  ['or fewer', AT_MOST],
  ['or below', AT_MOST],
];

/** A number, then a unit: %, ‰, CJK (个工作日, 元/件), or a Latin word (days, yuan/case). */
const NUMBER_AND_UNIT =
  /(\d+(?:\.\d+)?)\s*(%|‰|[\u4e00-\u9fff]{1,5}?(?:\/[\u4e00-\u9fff]{1,2})?(?=以上|以下|以内|之内|[^\u4e00-\u9fff/]|$)|[a-z]+(?:\s*\/\s*[a-z]+)?)?/giu;
const RANGE = /\d\s*(?:-|–|—|~|～|至|到)\s*\d/u;

function prefixBefore(text: string): Comparison | null {
  const before = text.trimEnd().toLowerCase();
  for (const [word, comparison] of PREFIXES) {
    if (!before.endsWith(word)) continue;
    // A Latin word must stand alone: "cover 5" is not "over 5".
    const letterBefore = /[a-z]$/.test(before.slice(0, before.length - word.length));
    if (/^[a-z]/.test(word) && letterBefore) continue;
    return comparison;
  }
  return null;
}

function suffixAfter(text: string): Comparison | null {
  const after = text.trimStart().toLowerCase();
  for (const [word, comparison] of SUFFIXES) if (after.startsWith(word)) return comparison;
  return null;
}

export function parseTarget(written: string): TargetReading {
  // NFKC turns full-width digits, ＜, ％ and spaces into their ASCII forms.
  const text = written.normalize('NFKC').trim();
  if (text === '') return { ok: false, reason: 'empty' };
  if (RANGE.test(text)) return { ok: false, reason: 'range' };
  const found: Target[] = [];
  let numbers = 0;
  for (const match of text.matchAll(NUMBER_AND_UNIT)) {
    numbers += 1;
    const start = match.index;
    const unit = (match[2] ?? '').replace(/\s+/g, '');
    const comparison =
      prefixBefore(text.slice(0, start)) ?? suffixAfter(text.slice(start + match[0].length));
    if (comparison) found.push({ ...comparison, value: Number(match[1]), unit });
  }
  if (numbers === 0) return { ok: false, reason: 'noNumber' };
  const [only, second] = found;
  if (!only) return { ok: false, reason: 'noComparison' };
  if (second) return { ok: false, reason: 'several' };
  return { ok: true, target: only };
}

export type TargetStatus = {
  met: boolean;
  /**
   * How far the measured value is on the good side of the target, in the target's unit:
   * positive = better than the target by that much, negative = missed by that much, 0 = on it.
   */
  margin: number;
  /** The margin in % of the target value; null when the target is 0. */
  marginPercent: number | null;
};

/** Rounds away binary noise (0.3 − 0.1) without hiding any figure a user writes. */
const tidy = (n: number) => Math.round(n * 1e9) / 1e9;

/** Equal to the value meets ≤ and ≥, and misses < and >. */
export function statusAgainstTarget(target: Target, measured: number): TargetStatus {
  const raw =
    target.direction === 'lowerIsBetter' ? target.value - measured : measured - target.value;
  const margin = tidy(raw) === 0 ? 0 : tidy(raw);
  const met = target.strict ? margin > 0 : margin >= 0;
  const marginPercent =
    target.value === 0 ? null : tidy((margin / Math.abs(target.value)) * 100) || 0;
  return { met, margin, marginPercent };
}
