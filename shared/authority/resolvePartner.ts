import type { Department, Role } from '../domain';
import type { RelationPartner, WorkingRelation } from '../roleDetails';

/*
 * A relation's partner named in words, matched to a role or a department of the library (for
 * J4 and the editor): by exact title or name once normalised — trimmed, case-folded, full-width
 * and half-width forms made the same (NFKC). A name matching nothing stays named.
 */

export function normaliseName(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase();
}

type Titled = Pick<Role, 'id' | 'title'>;
type Named = Pick<Department, 'id' | 'name'>;

/** Roles win over departments when both carry the name (a 部门经理 is asked, not the 部门). */
export function resolvePartner(
  name: string,
  roles: readonly Titled[],
  departments: readonly Named[],
): RelationPartner {
  const wanted = normaliseName(name);
  if (wanted.length === 0) return { kind: 'named', name };
  const role = roles.find((candidate) => normaliseName(candidate.title) === wanted);
  if (role) return { kind: 'role', roleId: role.id };
  // The sample's departments are named in both languages ("人力资源部 / Human Resources").
  const department = departments.find((candidate) =>
    [candidate.name, ...candidate.name.split(' / ')].some((part) => normaliseName(part) === wanted),
  );
  if (department) return { kind: 'department', departmentId: department.id };
  return { kind: 'named', name };
}

/** Each named partner resolved where the library has it; bound partners are kept. */
export function resolveRelations(
  relations: readonly WorkingRelation[],
  roles: readonly Titled[],
  departments: readonly Named[],
): WorkingRelation[] {
  return relations.map((relation) =>
    relation.partner.kind === 'named'
      ? { ...relation, partner: resolvePartner(relation.partner.name, roles, departments) }
      : relation,
  );
}
