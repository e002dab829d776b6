import type { TFunction } from 'i18next';
import type {
  AlignmentFinding,
  AlignmentRuleId,
  AlignmentVariant,
} from '../../../shared/rules/library/types';
import type { FindingParam } from '../../../shared/analysis/types';

/** Writes one param as the analysis writes it (Formatter.param: minutes in the basis, …). */
export type ParamText = (value: FindingParam) => string;

const RULES = 'alignment.checks.rules';

/** The variants with a message of their own; the others (J4 missing, J5 noClause, …) read the rule's. */
const OWN_MESSAGE: ReadonlySet<AlignmentVariant> = new Set([
  'neverHanded',
  'bandExceeded',
  'filing',
  'weightsTotal',
  'stepLimits',
  'dutyStandard',
]);

/** A J finding's rule title (§c7's Rule column) in the interface language. */
export function alignmentTitle(t: TFunction, rule: AlignmentRuleId): string {
  return t(`${RULES}.${rule}.title`);
}

/**
 * The finding's message (§c7's 消息 / Message, or the variant's second message) filled with
 * its params formatted as the analysis formats them (minutes in the basis, money in yuan).
 */
export function alignmentMessage(
  t: TFunction,
  param: ParamText,
  finding: AlignmentFinding,
): string {
  const params = Object.fromEntries(
    Object.entries(finding.params).map(([name, value]) => [name, param(value)]),
  );
  const rule = `${RULES}.${finding.rule}`;
  const key = finding.variant && OWN_MESSAGE.has(finding.variant) ? finding.variant : 'message';
  return t(`${rule}.${key}`, { ...params, interpolation: { escapeValue: false } });
}

export function alignmentFix(t: TFunction, finding: AlignmentFinding): string {
  return t(`${RULES}.${finding.rule}.fix`);
}

/** "Message Fix", as the position checks' findings read beside a field. */
export function alignmentLine(t: TFunction, param: ParamText, finding: AlignmentFinding): string {
  return `${alignmentMessage(t, param, finding)} ${alignmentFix(t, finding)}`;
}
