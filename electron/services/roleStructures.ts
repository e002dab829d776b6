import {
  deriveStructures,
  partnerNameOf,
  regenerateTexts,
  resolveRelations,
} from '../../shared/authority';
import type { RoleDetails, WorkingRelation } from '../../shared/roleDetails';
import type { Repositories } from '../library/repositories';

/*
 * A role's 工作权限 / 工作关系 as they are saved (issue 10): structures left out are read from
 * the texts; the texts are written from the structures, so exports and search read the same
 * sentences. A partner role or department that no longer exists is unbound to the name its
 * sentence gives (the sentence stays), as a map unbinds a deleted lane's role.
 */

function exists(relation: WorkingRelation, repositories: Repositories): boolean {
  const { partner } = relation;
  if (partner.kind === 'named') return true;
  if (partner.kind === 'role') return repositories.roles.get(partner.roleId) !== undefined;
  return repositories.departments.get(partner.departmentId) !== undefined;
}

function partnerName(relation: WorkingRelation, repositories: Repositories): string {
  const { partner } = relation;
  if (partner.kind === 'named') return partner.name;
  if (partner.kind === 'role') return repositories.roles.get(partner.roleId)?.title ?? '';
  return repositories.departments.get(partner.departmentId)?.name ?? '';
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * A writer that knows only the texts (an import, an older window) changes a text and sends the
 * structures it read back unchanged: the text wins then, and the structures are read from it
 * again, so what the user typed is never overwritten by stale structures.
 */
function textEditsWin(details: RoleDetails, stored: RoleDetails | null): RoleDetails {
  if (!stored) return details;
  const authorityEdited =
    details.authority !== stored.authority &&
    same(details.authorityClauses, stored.authorityClauses);
  const relationsEdited =
    (details.relationsInternal !== stored.relationsInternal ||
      details.relationsExternal !== stored.relationsExternal) &&
    same(details.relations, stored.relations);
  return {
    ...details,
    ...(authorityEdited ? { authorityClauses: null } : {}),
    ...(relationsEdited ? { relations: null } : {}),
  };
}

export function structuredDetails(
  details: RoleDetails,
  stored: RoleDetails | null,
  repositories: Repositories,
): RoleDetails {
  const given = textEditsWin(details, stored);
  const derived = deriveStructures(given);
  // Relations read from the texts are bound to the library's roles and departments by name.
  const read =
    given.relations === null && derived.relations !== null
      ? resolveRelations(
          derived.relations,
          repositories.roles.headings(),
          repositories.departments.list(),
        )
      : derived.relations;
  const relations =
    read?.map((relation) =>
      exists(relation, repositories)
        ? relation
        : { ...relation, partner: { kind: 'named' as const, name: partnerNameOf(relation.text) } },
    ) ?? null;
  return regenerateTexts({ ...derived, relations }, (relation) =>
    partnerName(relation, repositories),
  );
}
