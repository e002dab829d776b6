import type { RoleExportContext } from './context';
import { contentsPageCount, type ContentsEntry } from './handbookContents';

/*
 * The handbook's page plan: on which page each department and role starts, worked out before
 * anything is packed, so the contents can carry the page numbers as field results. Every
 * department and role starts a section on a new page, so a start page is the pages before it
 * added up: the cover (1), the contents (paginated by handbookContents.ts), each department's
 * title page (1) and each role's pages as the page plan of the templates counts them.
 */

export type HandbookGroup = {
  /** The department's name, its title page and its entry in the contents. */
  name: string;
  roles: RoleExportContext[];
};

export type PlannedRole = { ctx: RoleExportContext; bookmark: string; page: number };
export type PlannedGroup = { name: string; bookmark: string; page: number; roles: PlannedRole[] };

export type HandbookPlan = {
  groups: PlannedGroup[];
  /** The closing page listing the roles left out, when there are any. */
  leftOut: { title: string; bookmark: string; page: number; roles: string[] } | null;
  contents: ContentsEntry[];
  totalPages: number;
};

const COVER_PAGES = 1;
const DEPARTMENT_PAGES = 1;

export function planHandbook(
  groups: readonly HandbookGroup[],
  leftOut: { title: string; roles: string[] },
  pagesOf: (ctx: RoleExportContext) => number,
): HandbookPlan {
  let role = 0;
  // Titles first: the contents' length decides where the first department starts.
  const named = groups.map((group, g) => ({
    name: group.name,
    bookmark: `_RoleFlow_department_${g + 1}`,
    roles: group.roles.map((ctx) => ({ ctx, bookmark: `_RoleFlow_role_${++role}` })),
  }));
  const withLeftOut = leftOut.roles.length > 0;
  const entryTitles: Pick<ContentsEntry, 'level' | 'title'>[] = named.flatMap((group) => [
    { level: 1 as const, title: group.name },
    ...group.roles.map((r) => ({ level: 2 as const, title: r.ctx.role.title })),
  ]);
  if (withLeftOut) entryTitles.push({ level: 1, title: leftOut.title });

  let page = COVER_PAGES + contentsPageCount(entryTitles) + 1;
  const contents: ContentsEntry[] = [];
  const planned = named.map((group) => {
    const groupPage = page;
    contents.push({ level: 1, title: group.name, bookmark: group.bookmark, page: groupPage });
    page += DEPARTMENT_PAGES;
    const roles = group.roles.map((r) => {
      const start = page;
      contents.push({ level: 2, title: r.ctx.role.title, bookmark: r.bookmark, page: start });
      page += pagesOf(r.ctx);
      return { ...r, page: start };
    });
    return { ...group, page: groupPage, roles };
  });
  const closing = withLeftOut
    ? { title: leftOut.title, bookmark: '_RoleFlow_left_out', page, roles: leftOut.roles }
    : null;
  if (closing !== null) {
    contents.push({ level: 1, title: closing.title, bookmark: closing.bookmark, page });
    page += 1;
  }
  return { groups: planned, leftOut: closing, contents, totalPages: page - 1 };
}
