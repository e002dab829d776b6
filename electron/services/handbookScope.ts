import { AppError } from '../../shared/errors';
import type { Department } from '../../shared/domain';

/*
 * Which departments a handbook covers and in what order: the department's subtree (or the
 * whole library) in tree order — each department before its sub-departments, siblings by
 * their position — so the handbook follows the organisation.
 */

export type HandbookScope = {
  /** The department's name; null for the whole library. */
  name: string | null;
  /** Department id → its place in tree order, for every department in scope. */
  order: Map<number, number>;
};

export function handbookScope(departments: Department[], rootId: number | null): HandbookScope {
  const root = rootId === null ? null : departments.find((d) => d.id === rootId);
  if (rootId !== null && !root) {
    throw new AppError('NOT_FOUND', `Department ${rootId} does not exist.`, { what: 'department' });
  }
  const children = (parentId: number | null) =>
    departments
      .filter((d) => d.parentId === parentId)
      .sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
  const order = new Map<number, number>();
  const visit = (department: Department) => {
    order.set(department.id, order.size);
    children(department.id).forEach(visit);
  };
  if (root) visit(root);
  else children(null).forEach(visit);
  return { name: root?.name ?? null, order };
}
