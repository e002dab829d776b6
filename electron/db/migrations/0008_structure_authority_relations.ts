import {
  parseAuthorityText,
  parseRelationsText,
  resolveRelations,
} from '../../../shared/authority';
import {
  authorityClauseSchema,
  workingRelationSchema,
  type AuthorityClause,
  type WorkingRelation,
} from '../../../shared/roleDetails';
import type { Migration } from './types';

/*
 * 工作权限 and 工作关系 as structures (issue 10): every stored role_details document gets its
 * clauses read from `authority` and its relations from `relationsInternal` / `relationsExternal`,
 * the relations' names resolved to the roles and departments of this library. Only those two
 * keys are added: the texts and every other field stay byte for byte, and a document that does
 * not parse (a damaged one, shown read-only until repaired) is left alone.
 */

type Document = Record<string, unknown>;

function parsedDocument(json: string): Document | null {
  try {
    const value = JSON.parse(json) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Document)
      : null;
  } catch {
    return null;
  }
}

const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');

function clausesOf(document: Document): AuthorityClause[] | null {
  const clauses = parseAuthorityText(textOf(document.authority));
  const valid = clauses.every((clause) => authorityClauseSchema.safeParse(clause).success);
  return valid && clauses.length <= 100 ? clauses : null;
}

function relationsOf(
  document: Document,
  roles: { id: number; title: string }[],
  departments: { id: number; name: string }[],
): WorkingRelation[] | null {
  const relations = resolveRelations(
    [
      ...parseRelationsText(textOf(document.relationsInternal), 'internal'),
      ...parseRelationsText(textOf(document.relationsExternal), 'external'),
    ],
    roles,
    departments,
  );
  const valid = relations.every((relation) => workingRelationSchema.safeParse(relation).success);
  return valid && relations.length <= 200 ? relations : null;
}

export const structureAuthorityRelations: Migration = {
  version: 8,
  name: 'structure_authority_relations',
  up(db) {
    const roles = db.prepare('SELECT id, title FROM roles ORDER BY id').all() as {
      id: number;
      title: string;
    }[];
    const departments = db.prepare('SELECT id, name FROM departments ORDER BY id').all() as {
      id: number;
      name: string;
    }[];
    const documents = db.prepare('SELECT role_id, document FROM role_details').all() as {
      role_id: number;
      document: string;
    }[];
    const write = db.prepare('UPDATE role_details SET document = ? WHERE role_id = ?');
    for (const row of documents) {
      const document = parsedDocument(row.document);
      if (!document) continue;
      const missingClauses =
        document.authorityClauses === undefined || document.authorityClauses === null;
      const missingRelations = document.relations === undefined || document.relations === null;
      if (!missingClauses && !missingRelations) continue;
      const next: Document = { ...document };
      if (missingClauses) next.authorityClauses = clausesOf(document);
      if (missingRelations) next.relations = relationsOf(document, roles, departments);
      write.run(JSON.stringify(next), row.role_id);
    }
  },
};
