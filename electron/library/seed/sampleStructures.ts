import { deriveStructures, resolveRelations } from '../../../shared/authority';
import type { Repositories } from '../repositories';

/*
 * The sample roles are written with the texts of 工作权限 / 工作关系 only; once every role
 * exists, their structures are stored with the partners bound to the sample's roles and
 * departments (issue 10), as migration 8 does for a library from before the structures.
 */
export function storeSampleStructures(repositories: Repositories, roleIds: Iterable<number>): void {
  const headings = repositories.roles.headings();
  const departments = repositories.departments.list();
  for (const id of roleIds) {
    const role = repositories.roles.get(id);
    if (!role) continue;
    const derived = deriveStructures(role.details);
    const relations =
      derived.relations && resolveRelations(derived.relations, headings, departments);
    const {
      key: _k,
      status: _s,
      version: _v,
      editVersion,
      createdAt: _c,
      updatedAt: _u,
      ...draft
    } = role;
    repositories.roles.save({ ...draft, details: { ...derived, relations } }, editVersion);
  }
}
