import type { Department, Role } from '../../../shared/domain';
import { departmentPaths } from './departmentPaths';
import type { SheetText } from './sheetText';
import type { SheetRow, SheetTable } from './sheetModel';

/**
 * The role list of a department (or the library): code, title, department, 直接上级, status,
 * version, duties and 定员, by department in tree order and then as the list orders them.
 */
export function roleListSheet(
  roles: Role[],
  departments: Department[],
  titles: Map<number, string>,
  scopeLine: string,
  text: SheetText,
): SheetTable {
  const r = (key: string) => text.t(`sheets.roles.${key}`);
  const paths = departmentPaths(departments);
  const order = new Map([...paths.keys()].map((id, index) => [id, index]));
  const sorted = [...roles].sort(
    (a, b) => (order.get(a.departmentId) ?? Infinity) - (order.get(b.departmentId) ?? Infinity),
  );
  const rows: SheetRow[] = sorted.map((role) => ({
    cells: [
      role.code,
      role.title,
      paths.get(role.departmentId) ?? '',
      role.reportsToId === null ? '' : (titles.get(role.reportsToId) ?? ''),
      text.t(`roles.status.${role.status}`),
      role.version,
      role.duties.length,
      role.headcount,
    ],
  }));
  return {
    name: r('sheet'),
    title: r('title'),
    notes: [text.exportedLine, scopeLine],
    columns: [
      { heading: r('code'), format: 'text' },
      { heading: r('role'), format: 'text' },
      { heading: r('department'), format: 'text' },
      { heading: r('reportsTo'), format: 'text' },
      { heading: r('status'), format: 'text' },
      { heading: r('version'), format: 'integer' },
      { heading: r('duties'), format: 'integer' },
      { heading: r('headcount'), format: 'plain' },
    ],
    rows,
    frozenColumns: 2,
  };
}
