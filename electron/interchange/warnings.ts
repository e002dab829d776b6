import { type ModdleWarning } from 'bpmn-moddle';
import { type BpmnProblem } from '../../shared/bpmnImport';
import { idOf, isModdleObject } from './moddle';

/*
 * bpmn-moddle reads leniently: an element it does not know, or one whose id is already
 * taken, is dropped with a warning and the import goes on. The user must hear about it as a
 * problem with a code, its values and the line — the raw messages carry tabs, line/column
 * blocks and internal type names, and are English only.
 */

const UNPARSABLE =
  /^unparsable content (<[^>\s]*>?)?\s*detected\s+line: (\d+)\s+column: (\d+)\s+nested error: ([\s\S]*)$/;
/** More would bury the list; the last entry says how many were left out. */
export const MAX_PROBLEMS = 100;

/** The parser's warnings as problems; `lineOf` finds the line an element id is written on. */
export function parserProblems(
  warnings: ModdleWarning[],
  lineOf: (id: string) => number | null,
): BpmnProblem[] {
  const out: BpmnProblem[] = [];
  const seen = new Set<string>();
  for (const warning of warnings) {
    const problem = toProblem(warning, lineOf);
    const key = problem && JSON.stringify(problem);
    if (problem === null || key === null || seen.has(key)) continue;
    seen.add(key);
    out.push(problem);
  }
  return out;
}

/** Keeps the list to MAX_PROBLEMS entries, the last saying how many more there were. */
export function capProblems(problems: BpmnProblem[]): BpmnProblem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const more = problems.length - MAX_PROBLEMS;
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    { code: 'moreProblems', params: { count: more }, line: null },
  ];
}

function toProblem(
  warning: ModdleWarning,
  lineOf: (id: string) => number | null,
): BpmnProblem | null {
  const message = warning.message;
  // RoleFlow decodes the file itself (xmlGuard), so the parser's encoding fallback is moot.
  if (message.startsWith('unsupported document encoding')) return null;
  const unparsable = UNPARSABLE.exec(message);
  if (unparsable) {
    const [, tag = '', line = '', , nested = ''] = unparsable;
    const element = tag.replace(/\/?>?$/, '>').replace(/^<?/, '<');
    // The parser counts lines from 0; editors count from 1.
    const at = /^\d+$/.test(line) ? Number(line) + 1 : null;
    return { ...nestedReason(element, nested.trim()), line: at };
  }
  const owner = isModdleObject(warning.element) ? idOf(warning.element) : undefined;
  const line = owner === undefined ? null : lineOf(owner);
  const unknownAttribute = /^unknown attribute <(.+)>$/.exec(message);
  if (unknownAttribute) {
    return { code: 'unknownAttribute', params: { attribute: unknownAttribute[1] ?? '' }, line };
  }
  const unresolved = /^unresolved reference <(.+)>$/.exec(message);
  if (unresolved) {
    return { code: 'unresolvedReference', params: { reference: unresolved[1] ?? '' }, line };
  }
  return { code: 'parserNote', params: { detail: message.replace(/\s+/g, ' ') }, line };
}

function nestedReason(element: string, nested: string): Omit<BpmnProblem, 'line'> {
  const duplicate = /^duplicate ID <(.+)>$/.exec(nested);
  if (duplicate) return { code: 'duplicateId', params: { element, id: duplicate[1] ?? '' } };
  const illegal = /^illegal ID <(.+)>$/.exec(nested);
  if (illegal) return { code: 'illegalId', params: { element, id: illegal[1] ?? '' } };
  if (/^(unknown type|unrecognized element)/.test(nested)) {
    return { code: 'unknownElement', params: { element } };
  }
  return { code: 'unreadableElement', params: { element, detail: nested.replace(/\s+/g, ' ') } };
}

/**
 * English text of a problem, for logs and tests: the codes are what the user gets, rendered
 * in the interface language.
 */
export function describeProblem(problem: BpmnProblem): string {
  const values = Object.entries(problem.params)
    .map(([key, value]) => `${key}=${value}`)
    .join(' ');
  return `${problem.line === null ? '' : `line ${problem.line}: `}${problem.code} ${values}`.trim();
}
