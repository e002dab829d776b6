/*
 * Libraries written before issue 11 kept a dictionary text in both languages in one field,
 * "中文 / English". This module decides, for one such string, which part is which, so that
 * migration 0009 can store each language in its own field without losing a character.
 *
 * The rule. A separator is a "/" with white space on both sides (a "/" inside a word, as in
 * "Word/Excel" or "和/或", never separates). A separator splits the text when
 *   - the text before it contains Chinese (a Han character), and
 *   - the text after it contains no Chinese and at least one Latin letter.
 * Several separators may qualify ("熟悉 SAP / Oracle / Knows SAP / Oracle": the English part
 * has one of its own). The first one whose left side ends in Chinese text or Chinese
 * punctuation wins; when none ends so, the first qualifying one. Each part is trimmed.
 * A text with no qualifying separator is not split: it stays whole, exactly as written, in the
 * language it is written in (Chinese if it contains a Han character, else English).
 */

/** A dictionary text in each language; either may be empty. */
export type BilingualText = { zh: string; en: string };

const HAN = /\p{Script=Han}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
/** Han, CJK symbols and punctuation (、。「」), full-width forms (，；：（）). */
const CHINESE_END = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]$/u;
const SEPARATOR = /\s+\/\s+/g;

/** True when the text contains a Chinese (Han) character. */
export function containsChinese(text: string): boolean {
  return HAN.test(text);
}

type Candidate = { left: string; right: string };

function candidatesOf(text: string): Candidate[] {
  const candidates: Candidate[] = [];
  for (const match of text.matchAll(SEPARATOR)) {
    const left = text.slice(0, match.index).trim();
    const right = text.slice(match.index + match[0].length).trim();
    if (containsChinese(left) && !containsChinese(right) && LATIN_LETTER.test(right)) {
      candidates.push({ left, right });
    }
  }
  return candidates;
}

/** Splits a combined "中文 / English" text by the rule above; never drops a character of it. */
export function splitBilingual(text: string): BilingualText {
  const candidates = candidatesOf(text);
  const chosen = candidates.find((c) => CHINESE_END.test(c.left)) ?? candidates[0];
  if (chosen) return { zh: chosen.left, en: chosen.right };
  return containsChinese(text) ? { zh: text, en: '' } : { zh: '', en: text };
}

/**
 * The text of one language, or the other language's when this one is empty (a document in
 * one language prints the other's text rather than nothing, and without a label).
 */
export function textIn(lang: 'zh' | 'en', zh: string, en: string): string {
  return lang === 'zh' ? zh || en : en || zh;
}
