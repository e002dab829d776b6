import type { FindingParam, FindingSeverity } from '../../analysis/types';

/*
 * The findings of the library-wide checks J1–J8 (PROCESS-ANALYSIS.md §c7, §f): a position
 * description read against the process maps its role works in. Each finding names the role,
 * the process and steps, and the duty it is about, and where the editors show it (`target`).
 */

export const ALIGNMENT_RULE_IDS = ['J1', 'J2', 'J3', 'J4', 'J5', 'J6', 'J7', 'J8'] as const;
export type AlignmentRuleId = (typeof ALIGNMENT_RULE_IDS)[number];

/** §c7's Sev column: J1 error; J2, J5, J8 warning; J3, J4, J6, J7 hint. */
export const ALIGNMENT_SEVERITY: Readonly<Record<AlignmentRuleId, FindingSeverity>> = {
  J1: 'error',
  J2: 'warning',
  J3: 'hint',
  J4: 'hint',
  J5: 'warning',
  J6: 'hint',
  J7: 'hint',
  J8: 'warning',
};

/**
 * The rule families of the checks report: steps and duties (J1–J3), relations and authority
 * (J4–J5), time and load (J6–J8).
 */
export const ALIGNMENT_FAMILIES = {
  coverage: ['J1', 'J2', 'J3'],
  relations: ['J4', 'J5'],
  time: ['J6', 'J7', 'J8'],
} as const satisfies Record<string, readonly AlignmentRuleId[]>;
export type AlignmentFamily = keyof typeof ALIGNMENT_FAMILIES;

/** The role fields a finding can sit beside in the role editor. */
export type AlignmentRoleField = 'duties' | 'authority' | 'relations' | 'headcount';

/** Where a finding shows: a duty's field, a field of the role, or the steps of a map. */
export type AlignmentTarget =
  | { kind: 'duty'; index: number; field: 'text' | 'weight' | 'standard' | 'steps' }
  | { kind: 'field'; field: AlignmentRoleField }
  | { kind: 'step' };

/**
 * The message variants of the rules with more than one: J4 a hand-off partner the description
 * misses vs a listed partner never handed to; J5 no clause vs a band over the clause vs the
 * §f3 备案 proposal; J7 weights not adding up vs a weight far from the time share; J8 the three
 * links of the 时限 chain (§f5).
 */
export type AlignmentVariant =
  | 'missing'
  | 'neverHanded'
  | 'noClause'
  | 'bandExceeded'
  | 'filing'
  | 'weightsTotal'
  | 'share'
  | 'leadTime'
  | 'stepLimits'
  | 'dutyStandard';

export type AlignmentFinding = {
  rule: AlignmentRuleId;
  severity: FindingSeverity;
  /** Stable across edits that do not touch what it names (rule, ids, variant). */
  key: string;
  roleId: number | null;
  processId: number | null;
  /** The steps of `processId` it is about (a click in a map selects them). */
  nodeIds: string[];
  /** The duty it is about; null for a duty of a draft not saved yet (see target.index). */
  dutyId: number | null;
  target: AlignmentTarget;
  /** Named values of the message (`alignment.checks.<rule>.message[.variant]`). */
  params: Record<string, FindingParam>;
  variant?: AlignmentVariant;
};

/** Builds a finding with its key and the rule's severity. */
export function alignmentFinding(
  rule: AlignmentRuleId,
  fields: Omit<AlignmentFinding, 'rule' | 'severity' | 'key'>,
): AlignmentFinding {
  const key = [
    rule,
    fields.variant ?? '',
    fields.roleId ?? '',
    fields.processId ?? '',
    fields.nodeIds.join(','),
    fields.dutyId ?? (fields.target.kind === 'duty' ? `#${fields.target.index}` : ''),
  ].join(':');
  return { rule, severity: ALIGNMENT_SEVERITY[rule], key, ...fields };
}

export const text = (value: string): FindingParam => ({ type: 'text', value });
export const count = (value: number): FindingParam => ({ type: 'count', value });
export const minutes = (value: number): FindingParam => ({ type: 'minutes', value });
export const share = (value: number): FindingParam => ({ type: 'share', value });
export const money = (value: number): FindingParam => ({ type: 'money', value });
