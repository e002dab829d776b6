import {
  authorityClauseSchema,
  workingRelationSchema,
  type AuthorityClause,
  type RoleDetails,
  type WorkingRelation,
} from '../roleDetails';
import { authorityText, parseAuthorityText } from './parseAuthority';
import { parseRelationsText, relationsText } from './parseRelations';

/*
 * The structures of 工作权限 / 工作关系 and the texts the documents print, kept in step (issue
 * 10): a document from before the structures gets them read from its texts; a saved document
 * gets its texts written from its structures, so exports and search read the same sentences.
 */

const MAX_CLAUSES = 100;
const MAX_RELATIONS = 200;

/** The clauses of a text, or null when they would not fit the schema (the text stays whole). */
function clausesOf(text: string): AuthorityClause[] | null {
  const clauses = parseAuthorityText(text);
  if (clauses.length > MAX_CLAUSES) return null;
  return clauses.every((clause) => authorityClauseSchema.safeParse(clause).success)
    ? clauses
    : null;
}

function relationsOf(internal: string, external: string): WorkingRelation[] | null {
  const relations = [
    ...parseRelationsText(internal, 'internal'),
    ...parseRelationsText(external, 'external'),
  ];
  if (relations.length > MAX_RELATIONS) return null;
  return relations.every((relation) => workingRelationSchema.safeParse(relation).success)
    ? relations
    : null;
}

/** The details with the structures derived from the texts where they are not there yet. */
export function deriveStructures(details: RoleDetails): RoleDetails {
  if (details.authorityClauses !== null && details.relations !== null) return details;
  return {
    ...details,
    authorityClauses: details.authorityClauses ?? clausesOf(details.authority),
    relations:
      details.relations ?? relationsOf(details.relationsInternal, details.relationsExternal),
  };
}

/** The details with the printed texts written from the structures, where they are given. */
export function regenerateTexts(
  details: RoleDetails,
  nameOf?: (relation: WorkingRelation) => string,
): RoleDetails {
  return {
    ...details,
    ...(details.authorityClauses === null
      ? {}
      : { authority: authorityText(details.authorityClauses) }),
    ...(details.relations === null
      ? {}
      : {
          relationsInternal: relationsText(details.relations, 'internal', nameOf),
          relationsExternal: relationsText(details.relations, 'external', nameOf),
        }),
  };
}
