import type { AuthorityClause, AuthorityKind } from '../roleDetails';
import { findAmountBand } from './amountBand';

/*
 * 工作权限 read as clauses (issue 10, J5). The user keeps writing sentences; RoleFlow reads the
 * kind from the verb, the object (what is approved) and the amount band, and the user can
 * correct them in the editor. Nothing is lost: a clause's `text` is the sentence as written,
 * only the separators between clauses (line breaks, ；/;) and surrounding spaces are dropped.
 */

/** The verbs of each kind; when a clause holds several, the stronger kind wins (this order). */
const KIND_VERBS: readonly (readonly [AuthorityKind, RegExp])[] = [
  [
    'approve',
    /审批|批准|核准|签批|审定|\b(?:approv(?:e|es|ing|al)|authori[sz](?:e|es|ing|ation))\b/iu,
  ],
  ['decide', /决定|决策|裁决|\bdecid(?:e|es|ing)\b/iu],
  ['recommend', /建议|提议|审核|推荐|初审|\b(?:recommend(?:s|ing|ation)?|review(?:s|ing)?)\b/iu],
];

const ALL_VERBS =
  /(?:审批|批准|核准|签批|审定|决定|决策|裁决|建议|提议|审核|推荐|初审)(?:权限|权)?|\b(?:approv(?:e|es|ing|al)|authori[sz](?:e|es|ing|ation)|decid(?:e|es|ing)|recommend(?:s|ing|ation)?|review(?:s|ing)?)\b(?:\s+(?:authority|rights?|power))?/giu;

/** "1、", "2.", "（3）", "(4)", "一、" — numbering that is not part of the object. */
const NUMBERING =
  /^\s*(?:[（(]\s*[\d一二三四五六七八九十]+\s*[)）]|[\d一二三四五六七八九十]+\s*[、.．)）])\s*/u;
const LEADING_WORDS =
  /^(?:对于|对|就|关于|负责|具有|拥有|享有|有|的|及|和|与|(?:has|have|holds?|the|right|authority|power|to|for|of|on)\b)\s*/iu;
const TRAILING_WORDS =
  /\s*(?:权限|权力|权|具有|拥有|享有|有|的|及|和|与|\b(?:of|for|on|to|the)\b)$/iu;
const EDGE_PUNCTUATION = /^[\s,，。.、:：;；]+|[\s,，。.、:：;；]+$/gu;

/** The kind of power a clause grants, from its verb. */
export function kindOf(text: string): AuthorityKind {
  for (const [kind, verbs] of KIND_VERBS) if (verbs.test(text)) return kind;
  return 'other';
}

function stripRepeatedly(text: string, pattern: RegExp): string {
  let current = text;
  for (;;) {
    const next = current.replace(pattern, '').replace(EDGE_PUNCTUATION, '');
    if (next === current) return current;
    current = next;
  }
}

/** What the clause is about: its text minus numbering, band, verb and words such as 权/权限. */
function objectOf(text: string, band: { start: number; end: number } | null): string {
  const withoutBand = band ? `${text.slice(0, band.start)} ${text.slice(band.end)}` : text;
  const bare = withoutBand
    .replace(NUMBERING, '')
    .replace(ALL_VERBS, ' ')
    .replace(/[（(]\s*[)）]/gu, ' ')
    .replace(/\s+/gu, ' ')
    // Spaces left between Chinese characters were where a verb or band stood.
    .replace(/(?<=\p{Script=Han}|[（）])\s+(?=\p{Script=Han}|[（）])/gu, '')
    .replace(EDGE_PUNCTUATION, '');
  const trimmed = stripRepeatedly(stripRepeatedly(bare, LEADING_WORDS), TRAILING_WORDS);
  // "规章制度的审批和发布权" leaves "的和": the object is 规章制度的发布.
  return trimmed.replace(/的(?:和|及|与)/gu, '的').slice(0, 200);
}

/** One clause read from its sentence. */
export function parseAuthorityClause(text: string): AuthorityClause {
  const band = findAmountBand(text);
  return {
    text,
    kind: kindOf(text),
    object: objectOf(text, band),
    amountMax: band ? band.amountMax : null,
  };
}

/** The clauses of a 工作权限 text: one per line or per ；/; — empty pieces dropped. */
export function parseAuthorityText(text: string): AuthorityClause[] {
  return text
    .split(/\r\n|[\r\n；;]/u)
    .map((piece) => piece.trim())
    .filter((piece) => piece.length > 0)
    .map((piece) => parseAuthorityClause(piece));
}

/** The text documents print, regenerated from the clauses: one clause per line. */
export function authorityText(clauses: readonly AuthorityClause[]): string {
  return clauses
    .map((clause) => clause.text.trim())
    .filter((line) => line.length > 0)
    .join('\n');
}
