import type { Department } from '../domain';

/** The department and every department under it. */
export function departmentSubtree(departments: Department[], rootId: number): Set<number> {
  const children = childrenOf(departments);
  const found = new Set<number>([rootId]);
  const queue = [rootId];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    for (const child of children.get(id) ?? []) {
      if (!found.has(child.id)) {
        found.add(child.id);
        queue.push(child.id);
      }
    }
  }
  return found;
}

/** Departments in tree order (parent before children, siblings by position), with depth. */
export function departmentTree(
  departments: Department[],
): { department: Department; depth: number }[] {
  const children = childrenOf(departments);
  const known = new Set(departments.map((d) => d.id));
  const roots = departments.filter((d) => d.parentId === null || !known.has(d.parentId));
  const ordered: { department: Department; depth: number }[] = [];
  const visit = (department: Department, depth: number) => {
    ordered.push({ department, depth });
    for (const child of children.get(department.id) ?? []) visit(child, depth + 1);
  };
  for (const root of sorted(roots)) visit(root, 0);
  return ordered;
}

function childrenOf(departments: Department[]): Map<number, Department[]> {
  const children = new Map<number, Department[]>();
  for (const department of departments) {
    if (department.parentId === null) continue;
    const list = children.get(department.parentId) ?? [];
    list.push(department);
    children.set(department.parentId, list);
  }
  for (const [id, list] of children) children.set(id, sorted(list));
  return children;
}

function sorted(departments: Department[]): Department[] {
  return [...departments].sort((a, b) => a.position - b.position || a.id - b.id);
}
