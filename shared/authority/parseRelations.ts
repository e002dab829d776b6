import type { RelationScope, WorkingRelation } from '../roleDetails';

/*
 * 工作关系 read as relations (issue 10, J4): "内部：核保员（疑难风险会签）、理赔主管" gives two
 * relations named 核保员 and 理赔主管. Pieces are split on 、，,；;/ and line breaks, but never
 * inside brackets, so "核保员（会签，复核）" stays whole. Names are matched to the library's roles
 * and departments by resolvePartner.
 */

const HEAD =
  /^\s*(?:内部(?:工作)?(?:关系|联系|沟通)?|外部(?:工作)?(?:关系|联系|沟通)?|对内|对外|(?:internal|external)(?:\s+(?:relations(?:hips)?|contacts))?)\s*[：:]\s*/iu;
const SEPARATORS = new Set(['、', '，', ',', '；', ';', '/', '\n', '\r']);
const OPENING = new Set(['（', '(', '【', '[', '《', '“', '"']);
const CLOSING = new Set(['）', ')', '】', ']', '》', '”']);
/** The partner's name ends where its note begins: "核保员（…）", "客户：…". */
const NAME_END = /[（(：:]/u;

/** The pieces of a text, split on the separators outside brackets. */
function splitOutsideBrackets(text: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (OPENING.has(char) && !(char === '"' && depth > 0)) depth += 1;
    else if (CLOSING.has(char) || (char === '"' && depth > 0)) depth = Math.max(0, depth - 1);
    if (depth === 0 && SEPARATORS.has(char)) {
      pieces.push(current);
      current = '';
    } else current += char;
  }
  pieces.push(current);
  return pieces;
}

/** The name a relation's sentence names: what stands before its note. */
export function partnerNameOf(text: string): string {
  const end = text.search(NAME_END);
  const name = (end > 0 ? text.slice(0, end) : text).trim();
  return name.slice(0, 200);
}

/** The relations of one 工作关系 text (internal or external), each only named for now. */
export function parseRelationsText(text: string, scope: RelationScope): WorkingRelation[] {
  return text
    .split(/\r\n|[\r\n]/u)
    .map((line) => line.replace(HEAD, ''))
    .flatMap(splitOutsideBrackets)
    .map((piece) => piece.replace(HEAD, '').trim())
    .filter((piece) => piece.length > 0)
    .map((piece) => ({
      text: piece,
      scope,
      partner: { kind: 'named', name: partnerNameOf(piece) },
    }));
}

/** The text documents print for one scope, regenerated from the relations: one per line. */
export function relationsText(
  relations: readonly WorkingRelation[],
  scope: RelationScope,
  nameOf: (relation: WorkingRelation) => string = (relation) =>
    relation.partner.kind === 'named' ? relation.partner.name : '',
): string {
  return relations
    .filter((relation) => relation.scope === scope)
    .map((relation) => relation.text.trim() || nameOf(relation).trim())
    .filter((line) => line.length > 0)
    .join('\n');
}
