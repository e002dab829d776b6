import type { z } from 'zod';
import { issueText, type Translate } from '../../../../../shared/i18n/errorText';
import { fieldIssues, pathKey } from '../../../../../shared/requestIssues';

/**
 * What is wrong with a dialog's draft, by field: the contract's own zod schema checks the
 * aggregate the draft would save, and each issue is shown at the field its path names
 * ('period.end', 'dimensions.empathy.perception'), in the interface language. Nothing is
 * clamped: the value stays as typed and marked.
 */
export type FieldProblems = Record<string, string[]>;

/**
 * The dialog's own words for an issue at `path`, or null for the usual text. Needed for the
 * schema's refinements (zod code 'custom'), whose messages are English only.
 */
export type CustomIssueText = (path: string, code: string) => string | null;

export function add(problems: FieldProblems, path: string, text: string): void {
  const list = (problems[path] ??= []);
  if (!list.includes(text)) list.push(text);
}

export function problemsOf(
  t: Translate,
  error: z.ZodError | undefined,
  custom: CustomIssueText,
): FieldProblems {
  const problems: FieldProblems = {};
  if (!error) return problems;
  const described = fieldIssues(error);
  error.issues.forEach((issue, index) => {
    const path = pathKey(issue.path);
    const own = custom(path, issue.code);
    const issueDescribed = described[index];
    const text =
      own ??
      (issueDescribed && issue.code !== 'custom'
        ? issueText(t, issueDescribed)
        : t('errorProblems.invalid'));
    add(problems, path, text);
  });
  return problems;
}

/** A draft's number: null (an empty box) becomes undefined, so zod says "required". */
export function numberOrMissing(value: number | null): number | undefined {
  return value ?? undefined;
}

/** The result of checking a draft: the aggregate to save, or the problems at their fields. */
export type Checked<T> =
  { value: T; problems: FieldProblems } | { value: null; problems: FieldProblems };

/** The stable parts of a new aggregate (the server overwrites the timestamps). */
export type AggregateBase = {
  key: string;
  editVersion: number;
  createdAt: string;
  updatedAt: string;
  processKey: string;
};

export function newAggregate(processKey: string): AggregateBase {
  const now = new Date().toISOString();
  return { key: crypto.randomUUID(), editVersion: 0, createdAt: now, updatedAt: now, processKey };
}

/** The base of an aggregate being edited: everything the dialog does not change. */
export function baseOf(item: AggregateBase): AggregateBase {
  const { key, editVersion, createdAt, updatedAt, processKey } = item;
  return { key, editVersion, createdAt, updatedAt, processKey };
}
