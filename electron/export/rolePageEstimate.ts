import type { RoleExportContext } from './context';

/*
 * Interim page count of a role until the templates' exact page plan (pagination.ts) is in:
 * the role's printed text measured in lines of the text column, plus the fixed rows of the
 * template, over the lines a page holds.
 */

/** Lines of fixed layout: title, subtitle, section headings, table heads, signature block. */
const FIXED_LINES = { zh: 58, en: 44 } as const;
const LINES_PER_PAGE = 40;
/** Characters per line of the text column: 46 ideographs or about 95 Latin characters. */
const EMS_PER_LINE = 46;

function ems(text: string): number {
  let total = 0;
  for (const char of text) total += (char.codePointAt(0) ?? 0) >= 0x1100 ? 1 : 0.5;
  return total;
}

/** Lines a text takes in a column `share` of the text width wide. */
const linesOf = (text: string, share = 1) =>
  text
    .split('\n')
    .reduce((n, part) => n + Math.max(1, Math.ceil(ems(part) / (EMS_PER_LINE * share))), 0);

export function estimatedRolePages(ctx: RoleExportContext): number {
  const { role } = ctx;
  const d = role.details;
  let lines = FIXED_LINES[ctx.template];
  lines += linesOf(role.purpose);
  for (const duty of role.duties)
    lines += Math.max(linesOf(duty.text, 0.45), linesOf(duty.standard ?? '', 0.3)) + 0.5;
  for (const text of [d.authority, d.workConditions, d.careerPath]) lines += linesOf(text);
  lines += role.competencies.length * 1.5;
  return Math.max(1, Math.ceil(lines / LINES_PER_PAGE));
}
