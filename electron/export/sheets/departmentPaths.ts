import type { Department } from '../../../shared/domain';
import { departmentTree } from '../../../shared/organisation/departments';

/** "Parent / Child" names in tree order (the order of the screens' pickers and reports). */
export function departmentPaths(departments: Department[]): Map<number, string> {
  const byId = new Map(departments.map((d) => [d.id, d]));
  const paths = new Map<number, string>();
  for (const { department } of departmentTree(departments)) {
    const parent = department.parentId === null ? undefined : byId.get(department.parentId);
    const parentPath = parent ? paths.get(parent.id) : undefined;
    paths.set(department.id, parentPath ? `${parentPath} / ${department.name}` : department.name);
  }
  return paths;
}
