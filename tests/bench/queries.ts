import type { Random } from './prng';
import {
  ABSENT_LONG,
  ABSENT_SHORT,
  FUNCTIONS,
  OBJECTS_EN,
  OBJECTS_ZH,
  RANKS_EN,
  RANKS_ZH,
  RESULTS_EN,
  RESULTS_ZH,
  VERBS_EN,
} from './vocabulary';

/** A run of `length` characters (code points) from `text`, starting at a random place. */
function slice(text: string, length: number, random: Random): string {
  const chars = [...text];
  const n = Math.min(length, chars.length);
  const start = random.int(0, chars.length - n);
  return chars.slice(start, start + n).join('');
}

const englishWords = [...OBJECTS_EN, ...RESULTS_EN, ...VERBS_EN, ...RANKS_EN]
  .flatMap((phrase) => phrase.split(' '))
  .filter((word) => [...word].length >= 3);

/** Makes one term from the vocabulary. */
type Maker = (random: Random) => string;

/*
 * Terms the index can answer (3+ characters), weighted towards what people type into a role
 * library: pieces of duty text, titles, codes; some that match nothing. Single terms only (no
 * spaces), so the raw FTS5 query runs exactly the same term as the service.
 */
const LONG_MAKERS: readonly (readonly [number, Maker])[] = [
  [0.25, (r) => slice(r.pick([...OBJECTS_ZH, ...RESULTS_ZH]), r.int(3, 6), r)],
  [0.25, (r) => r.pick(englishWords)],
  [0.1, (r) => `${r.pick(FUNCTIONS)[1]}${r.pick(RANKS_ZH)}`],
  [0.05, (r) => r.pick(FUNCTIONS)[2].split(' ')[0] ?? 'Payroll'],
  [0.15, (r) => `${r.pick(FUNCTIONS)[0]}-${String(r.int(1, 260)).padStart(4, '0')}`],
  [0.05, (r) => `${r.pick(FUNCTIONS)[0]}-0`],
  [0.15, (r) => r.pick(ABSENT_LONG)],
];

/* 1–2 character terms: what search-as-you-type sends after the first keystrokes. */
const SHORT_MAKERS: readonly (readonly [number, Maker])[] = [
  [0.45, (r) => slice(r.pick([...OBJECTS_ZH, ...RESULTS_ZH, ...RANKS_ZH]), r.int(1, 2), r)],
  [0.25, (r) => r.pick(englishWords).slice(0, r.int(1, 2)).toLowerCase()],
  [0.15, (r) => r.pick(FUNCTIONS)[0].slice(0, 2)],
  [0.15, (r) => r.pick(ABSENT_SHORT)],
];

function makeTerm(makers: readonly (readonly [number, Maker])[], random: Random): string {
  let roll = random.next();
  for (const [weight, make] of makers) {
    roll -= weight;
    if (roll < 0) return make(random);
  }
  const last = makers[makers.length - 1];
  if (!last) throw new Error('no term makers');
  return last[1](random);
}

/** A pool of distinct terms, then `count` queries drawn from it (terms repeat, as in use). */
function queries(
  makers: readonly (readonly [number, Maker])[],
  poolSize: number,
  count: number,
  valid: (term: string) => boolean,
  random: Random,
): string[] {
  const pool = new Set<string>();
  for (let tries = 0; pool.size < poolSize && tries < poolSize * 50; tries += 1) {
    const term = makeTerm(makers, random);
    if (valid(term)) pool.add(term);
  }
  const terms = [...pool];
  return Array.from({ length: count }, () => random.pick(terms));
}

const length = (term: string): number => [...term].length;

export function longQueries(count: number, random: Random): string[] {
  return queries(LONG_MAKERS, 250, count, (t) => length(t) >= 3 && !/\s/.test(t), random);
}

export function shortQueries(count: number, random: Random): string[] {
  return queries(SHORT_MAKERS, 80, count, (t) => length(t) >= 1 && length(t) <= 2, random);
}
