import type { ErrorCode, ErrorParams } from '../errors';
import type { FieldIssue } from '../requestIssues';

/** i18next's `t`, narrowed to what is used here (tests pass a fixed-language `t`). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

const MISSING = '\u0000';

/**
 * A failed call in the interface language. The code picks `errors.<CODE>`; a `reason` (or, for
 * NOT_FOUND, `what`) picks a more precise `errorDetails.<CODE>.<reason>`; an INVALID_REQUEST
 * from the contract names the field and the problem. Only the params are used: the English
 * `message` beside them is for logs and never reaches the screen.
 */
export function errorText(
  tr: Translate,
  code: ErrorCode | 'NETWORK',
  params: ErrorParams = {},
): string {
  if (code === 'INVALID_REQUEST' && typeof params.problem === 'string') {
    const text = tr('errorProblems.atField', {
      field: fieldLabel(tr, params),
      problem: problemText(tr, params),
    });
    const more = Number(params.more ?? 0);
    return more > 0 ? `${text}${tr('errorProblems.more', { count: more })}` : text;
  }
  const detail = params.reason ?? params.what;
  if (detail !== undefined) {
    // A reason this build has no words for (a newer main) falls back to the code's message.
    const text = tr(`errorDetails.${code}.${String(detail)}`, { ...params, defaultValue: MISSING });
    if (text !== MISSING) return text;
  }
  return tr(`errors.${code}`, params);
}

/** The message for one issue at its own field: the field is already labelled on screen. */
export function issueText(tr: Translate, issue: FieldIssue): string {
  return problemText(tr, {
    problem: issue.problem,
    ...(issue.limit === undefined ? {} : { limit: issue.limit }),
  });
}

function problemText(tr: Translate, params: ErrorParams): string {
  return tr(`errorProblems.${String(params.problem)}`, {
    limit: params.limit,
    defaultValue: tr('errorProblems.invalid'),
  });
}

function fieldLabel(tr: Translate, params: ErrorParams): string {
  const field = tr(`errorFields.${String(params.field)}`, {
    defaultValue: tr('errorFields.other'),
  });
  if (params.list === undefined || params.n === undefined) return field;
  return tr('errorFields.inList', {
    list: tr(`errorLists.${String(params.list)}`),
    n: params.n,
    field,
  });
}
