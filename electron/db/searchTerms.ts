/** Longest query term kept; anything longer cannot be a useful substring search. */
const MAX_TERM_LENGTH = 100;
/** Most terms combined in one query. */
const MAX_TERMS = 8;
/** The trigram index only answers terms of three or more characters. */
export const MIN_INDEXED_LENGTH = 3;

export type SearchTerm = {
  /** The term as typed, lowercased for comparisons outside SQLite. */
  text: string;
  /** True when the trigram index can answer it; shorter terms are scanned for (role_search). */
  indexed: boolean;
};

/**
 * Splits what the user typed into terms. Every character is literal: control characters
 * (a NUL byte included) become separators, and nothing here is ever interpreted as FTS5
 * syntax — quoting happens in `toMatchLiteral`.
 */
export function parseSearchTerms(input: string): SearchTerm[] {
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  const cleaned = input.replace(/[\u0000-\u001f\u007f]/g, ' ');
  const seen = new Set<string>();
  const terms: SearchTerm[] = [];
  for (const raw of cleaned.split(/\s+/u)) {
    if (raw === '') continue;
    const text = [...raw].slice(0, MAX_TERM_LENGTH).join('').toLowerCase();
    if (seen.has(text)) continue;
    seen.add(text);
    terms.push({ text, indexed: [...text].length >= MIN_INDEXED_LENGTH });
    if (terms.length === MAX_TERMS) break;
  }
  return terms;
}

/** An FTS5 string literal: the term in double quotes, inner quotes doubled. */
export function toMatchLiteral(term: string): string {
  return `"${term.replaceAll('"', '""')}"`;
}
