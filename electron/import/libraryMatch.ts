import type { Department } from '../../shared/domain';

/*
 * A document names its department and manager; the library has them by id. Names match when
 * they are the same apart from spaces and case ("人力资源部" = "人力资源 部", "HR Manager" =
 * "hr manager"). No fuzzy guess: a near miss is shown to the user as not found.
 */

const key = (name: string) => name.replace(/\s+/g, '').toLowerCase();

/** A bilingual name ("人力资源部 / Human Resources") answers to each of its halves. */
const names = (name: string) => [name, ...name.split(/\s+\/\s+/)].map(key);

export function matchDepartment(name: string, departments: readonly Department[]): number | null {
  if (name.trim() === '') return null;
  return departments.find((d) => names(d.name).includes(key(name)))?.id ?? null;
}

export function matchRole(
  title: string,
  roles: readonly { id: number; title: string; departmentId: number }[],
  departmentId: number | null,
): number | null {
  if (title.trim() === '') return null;
  const same = roles.filter((r) => key(r.title) === key(title));
  // Two roles of that title: the one in the role's own department is its manager.
  return (same.find((r) => r.departmentId === departmentId) ?? same[0])?.id ?? null;
}
