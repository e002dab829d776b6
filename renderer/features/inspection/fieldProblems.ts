import type { z } from 'zod';
import { issueText, type Translate } from '../../../shared/i18n/errorText';
import { fieldIssues, pathKey, reportInput } from '../../../shared/requestIssues';

/*
 * A form's value checked against the contract's own zod schema before it is sent, each
 * problem kept at the path of its field ("kpis.0.name") in the interface language. Refinements
 * that zod names only "invalid" get the form's own sentence through `custom`.
 */

export type Problems = ReadonlyMap<string, string[]>;

export function problemsOf(
  schema: z.ZodType,
  value: unknown,
  t: Translate,
  custom: Readonly<Record<string, string>> = {},
): Problems {
  const checked = schema.safeParse(value, reportInput);
  const problems = new Map<string, string[]>();
  if (checked.success) return problems;
  for (const issue of fieldIssues(checked.error)) {
    const at = pathKey(issue.path);
    const text = issue.problem === 'invalid' && custom[at] ? custom[at] : issueText(t, issue);
    const list = problems.get(at) ?? [];
    if (!list.includes(text)) problems.set(at, [...list, text]);
  }
  return problems;
}

/** The problems at one path ([] when none). */
export function at(problems: Problems, path: string): string[] {
  return problems.get(path) ?? [];
}
