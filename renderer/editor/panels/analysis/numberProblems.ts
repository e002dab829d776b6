import type { z } from 'zod';
import { issueText, type Translate } from '../../../../shared/i18n/errorText';
import { fieldIssues, reportInput } from '../../../../shared/requestIssues';

/**
 * What is wrong with a typed number, checked against the contract's own schema and said in the
 * interface language. The value is kept as typed and marked, never clamped (−5 stays −5).
 */
export function numberProblems(t: Translate, schema: z.ZodType, value: unknown): string[] {
  const checked = schema.safeParse(value, reportInput);
  return checked.success ? [] : fieldIssues(checked.error).map((issue) => issueText(t, issue));
}
