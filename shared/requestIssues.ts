import type { z } from 'zod';
import type { ErrorParams } from './errors';

/*
 * What is wrong with a request, as codes and values the renderer can say in the interface
 * language: which field (a key of `fieldNames` in the i18n files), which item of a list, and
 * what kind of problem with its limit. zod's own English messages never reach the user.
 * Main fills INVALID_REQUEST's params from the first issue; the role editor runs the same
 * contract schema on its draft and shows each issue at its field before anything is sent.
 */

/** Kinds of problem with a value (keys of `problems` in the i18n files). */
export const VALUE_PROBLEMS = [
  'required',
  'tooShort',
  'tooLong',
  'tooSmall',
  'tooBig',
  'decimals',
  'wholeNumber',
  'tooFew',
  'tooMany',
  'wrongType',
  'notAllowed',
  'unknownField',
  'invalidFormat',
  'invalid',
] as const;
export type ValueProblem = (typeof VALUE_PROBLEMS)[number];

/** Fields the interface has a name for; any other field is named "a field". */
export const FIELD_NAMES = [
  'name',
  'title',
  'code',
  'grade',
  'purpose',
  'headcount',
  'departmentId',
  'parentId',
  'reportsToId',
  'ownerRoleId',
  'template',
  'text',
  'category',
  'weight',
  'frequency',
  'standard',
  'kpi',
  'note',
  'nameZh',
  'nameEn',
  'description',
  'kind',
  'indicator',
  'level',
  'requiredLevel',
  'importance',
  'target',
  'period',
  'location',
  'directReports',
  'authority',
  'relationsInternal',
  'relationsExternal',
  'education',
  'major',
  'experience',
  'knowledge',
  'skills',
  'training',
  'preferredQualifications',
  'workConditions',
  'careerPath',
  'flsaStatus',
  'payRange',
  'travel',
  'supervisoryResponsibilities',
  'otherDuties',
  'disclaimer',
  'processClass',
  'trigger',
  'output',
  'cost',
  'timeLimit',
  'accuracy',
  'satisfaction',
  'label',
  'inputs',
  'outputs',
  'formsAndSystems',
  'instruction',
  'workMinutes',
  'waitMinutes',
  'annualCost',
  'monthlyWage',
  'waitDays',
  'fixedCost',
  'firstPassYield',
  'probability',
  'outcome',
  'annualVolume',
  'timeLimitDays',
  'timeLimitMinutes',
  'variantOfId',
  'timeBasis',
  'standardHours',
  'reason',
  'id',
  'version',
  'data',
  'limit',
  'locale',
  'descriptionZh',
  'descriptionEn',
  'indicatorZh',
  'indicatorEn',
] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

/** Lists whose items are numbered in a message ("duty 3"): keys of `fieldLists` in i18n. */
export const FIELD_LISTS = [
  'duties',
  'competencies',
  'kpis',
  'levels',
  'lanes',
  'nodes',
  'edges',
] as const;
export type FieldList = (typeof FIELD_LISTS)[number];

/** One problem with one value of a request. */
export type FieldIssue = {
  /** Where the value is, as zod reports it (e.g. `['duties', 2, 'weight']`). */
  path: readonly PropertyKey[];
  field: FieldName | 'other';
  /** The list and the 1-based number of the item the field belongs to, if any. */
  list?: FieldList;
  n?: number;
  problem: ValueProblem;
  /** The limit that was crossed (characters, a bound, decimal places, items). */
  limit?: number;
};

type Issue = z.core.$ZodIssue;

/** Parse options that let issues tell a missing value from a wrong one. */
export const reportInput = { reportInput: true } as const;

/** Every issue of a failed parse, in the order zod found them. */
export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map(describeIssue);
}

/** INVALID_REQUEST's params: the first issue, and how many more there are. */
export function invalidRequestParams(error: z.ZodError): ErrorParams {
  const [first, ...rest] = fieldIssues(error);
  if (!first) return { problem: 'invalid' };
  const { path: _path, ...params } = first;
  return rest.length > 0 ? { ...params, more: rest.length } : params;
}

/** The path as one string, e.g. `duties.2.weight`, to match issues to fields. */
export function pathKey(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

function describeIssue(issue: Issue): FieldIssue {
  const path = issue.path;
  const fieldKey = [...path].reverse().find((part) => typeof part === 'string');
  const field = (FIELD_NAMES as readonly PropertyKey[]).includes(fieldKey ?? '')
    ? (fieldKey as FieldName)
    : 'other';
  const described: FieldIssue = { path, field, ...problemOf(issue) };
  const index = path.findIndex((part) => typeof part === 'number');
  const list = index > 0 ? path[index - 1] : undefined;
  if ((FIELD_LISTS as readonly PropertyKey[]).includes(list ?? '')) {
    described.list = list as FieldList;
    described.n = (path[index] as number) + 1;
  }
  return described;
}

function problemOf(issue: Issue): { problem: ValueProblem; limit?: number } {
  switch (issue.code) {
    case 'too_small': {
      const limit = Number(issue.minimum);
      if (issue.origin === 'string') {
        return limit <= 1 ? { problem: 'required' } : { problem: 'tooShort', limit };
      }
      if (issue.origin === 'array') return { problem: 'tooFew', limit };
      return { problem: 'tooSmall', limit };
    }
    case 'too_big': {
      const limit = Number(issue.maximum);
      if (issue.origin === 'string') return { problem: 'tooLong', limit };
      if (issue.origin === 'array') return { problem: 'tooMany', limit };
      return { problem: 'tooBig', limit };
    }
    case 'not_multiple_of': {
      const divisor = Number(issue.divisor);
      // 0.1 → one decimal place; a whole-number step means "a whole number".
      const places = divisor < 1 ? Math.round(-Math.log10(divisor)) : 0;
      return places > 0 ? { problem: 'decimals', limit: places } : { problem: 'wholeNumber' };
    }
    case 'invalid_type':
      // `.int()` reports a fraction as a type problem; to the user it is a decimal place.
      if (issue.expected === 'int') return { problem: 'wholeNumber' };
      // Only parses with `reportInput` (see `reportInput`) tell a missing value from a wrong one.
      return { problem: 'input' in issue && issue.input !== undefined ? 'wrongType' : 'required' };
    case 'invalid_value':
      return { problem: 'notAllowed' };
    case 'unrecognized_keys':
      return { problem: 'unknownField' };
    case 'invalid_format':
      return { problem: 'invalidFormat' };
    default:
      return { problem: 'invalid' };
  }
}
