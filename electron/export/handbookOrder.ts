/*
 * The order of a handbook follows the organisation: department by department in the order of
 * the department tree (depth first, siblings by position), and in each department the head
 * first, then the roles by level (how far down the department's reporting chain they sit),
 * then by title. A reader finds a department where the organisation chart has it and its
 * head before the people who report to them.
 */

export type OrderDepartment = {
  id: number;
  parentId: number | null;
  name: string;
  position: number;
};
export type OrderRole = {
  id: number;
  departmentId: number;
  reportsToId: number | null;
  title: string;
};

export type DepartmentGroup<R> = { department: OrderDepartment; roles: R[] };

/** Departments depth first: each one, then its sub-departments by position (then id). */
export function departmentsInTreeOrder(departments: readonly OrderDepartment[]): OrderDepartment[] {
  const children = new Map<number | null, OrderDepartment[]>();
  const ids = new Set(departments.map((d) => d.id));
  for (const d of departments) {
    // A parent outside the list (a sub-tree's root) makes the department a root here.
    const parent = d.parentId !== null && ids.has(d.parentId) ? d.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), d]);
  }
  const ordered: OrderDepartment[] = [];
  const visit = (parent: number | null) => {
    const below = [...(children.get(parent) ?? [])].sort(
      (a, b) => a.position - b.position || a.id - b.id,
    );
    for (const d of below) {
      ordered.push(d);
      visit(d.id);
    }
  };
  visit(null);
  return ordered;
}

/**
 * A role's level in its department: 0 for a role reporting to no one in the department (the
 * head), 1 for those reporting to it, and so on. A reporting cycle inside the department
 * (which the checks report) stops the count where it would repeat.
 */
function levelsIn(roles: readonly OrderRole[]): Map<number, number> {
  const byId = new Map(roles.map((r) => [r.id, r]));
  const levels = new Map<number, number>();
  for (const role of roles) {
    let level = 0;
    const seen = new Set([role.id]);
    let manager = role.reportsToId === null ? undefined : byId.get(role.reportsToId);
    while (manager !== undefined && !seen.has(manager.id)) {
      seen.add(manager.id);
      level++;
      manager = manager.reportsToId === null ? undefined : byId.get(manager.reportsToId);
    }
    levels.set(role.id, level);
  }
  return levels;
}

const collator = new Intl.Collator(['zh-CN', 'en'], { numeric: true });

/** The roles of one department: the head first, then by level, then by title. */
export function rolesInOrder<R extends OrderRole>(roles: readonly R[]): R[] {
  const levels = levelsIn(roles);
  return [...roles].sort(
    (a, b) =>
      (levels.get(a.id) ?? 0) - (levels.get(b.id) ?? 0) ||
      collator.compare(a.title, b.title) ||
      a.id - b.id,
  );
}

/** The handbook's groups: departments in tree order that have roles, their roles in order. */
export function organisationOrder<R extends OrderRole>(
  departments: readonly OrderDepartment[],
  roles: readonly R[],
): DepartmentGroup<R>[] {
  const byDepartment = new Map<number, R[]>();
  for (const role of roles) {
    byDepartment.set(role.departmentId, [...(byDepartment.get(role.departmentId) ?? []), role]);
  }
  return departmentsInTreeOrder(departments)
    .map((department) => ({
      department,
      roles: rolesInOrder(byDepartment.get(department.id) ?? []),
    }))
    .filter((group) => group.roles.length > 0);
}
