import type { Department } from '../../../shared/domain';

export type DepartmentNode = { key: number; title: string; children: DepartmentNode[] };

/** Builds the nested tree antd's Tree shows from the flat department list. */
export function toTreeNodes(departments: Department[]): DepartmentNode[] {
  const byParent = new Map<number | null, Department[]>();
  for (const department of departments) {
    const siblings = byParent.get(department.parentId) ?? [];
    siblings.push(department);
    byParent.set(department.parentId, siblings);
  }
  const build = (parentId: number | null): DepartmentNode[] =>
    (byParent.get(parentId) ?? [])
      .sort((a, b) => a.position - b.position || a.id - b.id)
      .map((d) => ({ key: d.id, title: d.name, children: build(d.id) }));
  return build(null);
}

/** "Parent / Child" labels for pickers, in tree order. */
export function departmentPaths(departments: Department[]): { id: number; label: string }[] {
  const result: { id: number; label: string }[] = [];
  const walk = (nodes: DepartmentNode[], prefix: string) => {
    for (const node of nodes) {
      const label = prefix ? `${prefix} / ${node.title}` : node.title;
      result.push({ id: node.key, label });
      walk(node.children, label);
    }
  };
  walk(toTreeNodes(departments), '');
  return result;
}
