import type { Duty, Role, RoleTemplate } from '../domain';
import type { RoleDetails } from '../roleDetails';
import { classifyDutyOpening } from './actionVerbs';
import { sumWeights } from '../weights';

/*
 * The quality checks for a position description (DOMAIN.md, "Checks for a position
 * description"): duties specific and complete, weights adding up, required sections filled,
 * and the library-wide failures no single role shows — duties copied between roles and the
 * same competency list on every role (千岗一面). Pure functions: main runs them against the
 * whole library, the editor against a draft; both get the same findings.
 */

export const RULE_IDS = [
  'dutyEmpty',
  'dutyNoVerb',
  'dutyWeakVerb',
  'dutyNoFrequency',
  'dutyNoStandard',
  'dutyDuplicate',
  'weightsTotal',
  'weightsMissing',
  'tooManyDuties',
  'titleMissing',
  'purposeMissing',
  'dutiesMissing',
  'authorityMissing',
  'educationMissing',
  'experienceMissing',
  'kpisMissing',
  'workConditionsMissing',
  'sameCompetencies',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export type Severity = 'error' | 'warning';

/** Errors make a description incomplete; warnings ask the author to look again. */
export const RULE_SEVERITY: Readonly<Record<RuleId, Severity>> = {
  dutyEmpty: 'error',
  dutyNoVerb: 'error',
  dutyWeakVerb: 'warning',
  dutyNoFrequency: 'error',
  dutyNoStandard: 'error',
  dutyDuplicate: 'warning',
  weightsTotal: 'error',
  weightsMissing: 'warning',
  tooManyDuties: 'warning',
  titleMissing: 'error',
  purposeMissing: 'error',
  dutiesMissing: 'error',
  authorityMissing: 'error',
  educationMissing: 'error',
  experienceMissing: 'error',
  kpisMissing: 'error',
  workConditionsMissing: 'error',
  sameCompetencies: 'warning',
};

export type FindingTarget =
  | { kind: 'field'; field: string /* a key of RoleBasics or RoleDetails */ }
  | { kind: 'duty'; index: number; field: 'text' | 'frequency' | 'standard' | 'weight' }
  | { kind: 'duties' }
  | { kind: 'competencies' };

export type Finding = {
  roleId: number;
  rule: RuleId;
  severity: Severity;
  target: FindingTarget;
  params: Record<string, string | number>;
};

/** The roles carrying one duty text or competency set: a lone id, or a set once two share it. */
export type RoleIds = number | ReadonlySet<number>;

/**
 * What the library-wide rules need, computed once: which roles carry each normalised duty
 * text and each competency set. Role ids rather than counts, so a draft checked against the
 * index built from its saved version does not count itself. Most texts are on one role only,
 * hence a bare id until a second role turns up: a set per text would double the index's cost.
 */
export type LibraryIndex = {
  dutyRoles: ReadonlyMap<string, RoleIds>;
  competencyRoles: ReadonlyMap<string, RoleIds>;
};

/** More duties than this blur a role's main functions. */
export const MAX_DUTIES = 12;
/** A competency list this short is too small to call "the same generic list". */
export const MIN_SHARED_COMPETENCIES = 3;
/** 千岗一面 starts when this many roles carry the identical competency set. */
export const MIN_ROLES_SAME_COMPETENCIES = 3;

/** A required section: the field it lives in and the rule that reports it empty. */
type RequiredSection = {
  field: keyof RoleDetails;
  rule: RuleId;
};

/**
 * Sections each template requires beyond title, purpose and one duty. The Chinese 职位说明书
 * needs 工作权限, 任职资格 (学历, 经验) and 考核指标; the English job description needs minimum
 * qualifications (education, experience) and physical demands / work environment. Supervisory
 * responsibilities are not required: whether a role has direct reports is not yet modelled.
 */
export const REQUIRED_SECTIONS: Readonly<Record<RoleTemplate, readonly RequiredSection[]>> = {
  zh: [
    { field: 'authority', rule: 'authorityMissing' },
    { field: 'education', rule: 'educationMissing' },
    { field: 'experience', rule: 'experienceMissing' },
    { field: 'kpis', rule: 'kpisMissing' },
  ],
  en: [
    { field: 'education', rule: 'educationMissing' },
    { field: 'experience', rule: 'experienceMissing' },
    { field: 'workConditions', rule: 'workConditionsMissing' },
  ],
};

type DutyField = Extract<FindingTarget, { kind: 'duty' }>['field'];
type Params = Record<string, string | number>;

/** Characters dropped from the end of a duty text before comparing. */
const TRAILING_PUNCTUATION: ReadonlySet<string> = new Set([...'。．.；;，,、！! ']);
/** A run of whitespace, or whitespace other than a plain space: only then is a replace needed. */
const UNUSUAL_WHITESPACE = /[^\S ]| \s/;
const WHITESPACE = /\s+/g;

/**
 * The form in which two duty texts count as the same: trimmed, whitespace collapsed,
 * case-folded, trailing punctuation (。；; . and the like) removed. Written for speed: it runs
 * on every duty of the library, and most texts need no change but the trim.
 */
export function normaliseDutyText(text: string): string {
  let result = text.trim();
  if (UNUSUAL_WHITESPACE.test(result)) result = result.replace(WHITESPACE, ' ');
  let end = result.length;
  while (end > 0 && TRAILING_PUNCTUATION.has(result.charAt(end - 1))) end--;
  return result.slice(0, end).toLowerCase();
}

/** The key of a role's competency set (sorted distinct ids), or null when it has fewer than 3. */
export function competencySetKey(role: Role): string | null {
  const ids = [...new Set(role.competencies.map((c) => c.competencyId))];
  if (ids.length < MIN_SHARED_COMPETENCIES) return null;
  return ids.sort((a, b) => a - b).join(',');
}

/** The normalised text of each duty of a role, in order. */
const dutyKeys = (role: Role): string[] => role.duties.map((duty) => normaliseDutyText(duty.text));

/** Indexes the library once, in O(total duties), for the library-wide rules. */
export function buildLibraryIndex(roles: readonly Role[]): LibraryIndex {
  return indexRoles(roles, roles.map(dutyKeys));
}

/** The index, from duty keys already computed (checkLibrary reuses them for the checks). */
function indexRoles(roles: readonly Role[], keysByRole: readonly string[][]): LibraryIndex {
  const dutyRoles = new Map<string, MutableRoleIds>();
  const competencyRoles = new Map<string, MutableRoleIds>();
  roles.forEach((role, i) => {
    for (const key of keysByRole[i] ?? []) {
      if (key !== '') addTo(dutyRoles, key, role.id);
    }
    const key = competencySetKey(role);
    if (key !== null) addTo(competencyRoles, key, role.id);
  });
  return { dutyRoles, competencyRoles };
}

type MutableRoleIds = number | Set<number>;

function addTo(map: Map<string, MutableRoleIds>, key: string, roleId: number): void {
  const ids = map.get(key);
  if (ids === undefined) map.set(key, roleId);
  else if (typeof ids === 'number') {
    if (ids !== roleId) map.set(key, new Set([ids, roleId]));
  } else ids.add(roleId);
}

/** How many roles other than `roleId` are in `ids`. */
function othersIn(ids: RoleIds | undefined, roleId: number): number {
  if (ids === undefined) return 0;
  if (typeof ids === 'number') return ids === roleId ? 0 : 1;
  return ids.size - (ids.has(roleId) ? 1 : 0);
}

/** Every finding for one role, against a library index (which may or may not contain it). */
export function checkRole(role: Role, library: LibraryIndex): Finding[] {
  return checkRoleWith(role, library, dutyKeys(role));
}

/** Every finding in the library, role by role in the order given. */
export function checkLibrary(roles: readonly Role[]): Finding[] {
  const keysByRole = roles.map(dutyKeys);
  const library = indexRoles(roles, keysByRole);
  return roles.flatMap((role, i) => checkRoleWith(role, library, keysByRole[i] ?? dutyKeys(role)));
}

/** The rules, in the order a reader meets the sections; `keys` are the duties' normalised texts. */
function checkRoleWith(role: Role, library: LibraryIndex, keys: readonly string[]): Finding[] {
  const findings: Finding[] = [];
  const report: Report = (rule, target, params = {}) => {
    findings.push({ roleId: role.id, rule, severity: RULE_SEVERITY[rule], target, params });
  };
  checkRequiredSections(role, report);
  checkDutyCount(role, report);
  const context: DutyContext = { roleId: role.id, library, report };
  role.duties.forEach((duty, index) => checkDuty(duty, index, keys[index] ?? '', context));
  checkWeights(role.duties, report);
  checkSameCompetencies(role, library, report);
  return findings;
}

type Report = (rule: RuleId, target: FindingTarget, params?: Params) => void;

/** What the per-duty rules need besides the duty: whose it is, the library, where to report. */
type DutyContext = { roleId: number; library: LibraryIndex; report: Report };

const isBlank = (text: string): boolean => text.trim() === '';

/** Title, purpose (岗位目的) and the template's required sections must be filled in. */
function checkRequiredSections(role: Role, report: Report): void {
  if (isBlank(role.title)) report('titleMissing', { kind: 'field', field: 'title' });
  if (isBlank(role.purpose)) report('purposeMissing', { kind: 'field', field: 'purpose' });
  for (const { field, rule } of REQUIRED_SECTIONS[role.template]) {
    if (!isSectionFilled(role.details, field)) report(rule, { kind: 'field', field });
  }
}

/** A text section counts when it has non-blank text; 考核指标 when one KPI has a name. */
function isSectionFilled(details: RoleDetails, field: keyof RoleDetails): boolean {
  if (field === 'kpis') return details.kpis.some((kpi) => !isBlank(kpi.name));
  const value = details[field];
  return typeof value === 'string' ? !isBlank(value) : value !== null;
}

/** At least one duty (an error without), and no more than MAX_DUTIES (a warning). */
function checkDutyCount(role: Role, report: Report): void {
  const count = role.duties.length;
  if (count === 0) report('dutiesMissing', { kind: 'duties' });
  if (count > MAX_DUTIES) report('tooManyDuties', { kind: 'duties' }, { count, max: MAX_DUTIES });
}

const dutyTarget = (index: number, field: DutyField): FindingTarget => ({
  kind: 'duty',
  index,
  field,
});

/** The rules on one duty, in the order its columns are read; `key` is its normalised text. */
function checkDuty(duty: Duty, index: number, key: string, context: DutyContext): void {
  const { report } = context;
  if (isBlank(duty.text)) report('dutyEmpty', dutyTarget(index, 'text'));
  else {
    checkOpening(duty.text, index, report);
    checkDuplicate(key, index, context);
  }
  if (duty.frequency === null) report('dutyNoFrequency', dutyTarget(index, 'frequency'));
  if (isBlank(duty.standard)) report('dutyNoStandard', dutyTarget(index, 'standard'));
}

/** A duty opens with an action verb; no verb is an error, a weak opener (负责) a warning. */
function checkOpening(text: string, index: number, report: Report): void {
  const opening = classifyDutyOpening(text);
  if (opening.kind === 'none') report('dutyNoVerb', dutyTarget(index, 'text'));
  else if (opening.kind === 'weak') {
    report('dutyWeakVerb', dutyTarget(index, 'text'), { phrase: opening.phrase });
  }
}

/** The same duty text on other roles: copied rather than written for this one. */
function checkDuplicate(
  key: string,
  index: number,
  { roleId, library, report }: DutyContext,
): void {
  const others = othersIn(library.dutyRoles.get(key), roleId);
  if (others > 0) report('dutyDuplicate', dutyTarget(index, 'text'), { others });
}

/**
 * Weights (权重) add up to 100 once any is set (an error otherwise). With none set, or with the
 * total right but some duties left blank, a warning asks for the missing ones.
 */
function checkWeights(duties: readonly Duty[], report: Report): void {
  if (duties.length === 0) return;
  const total = sumWeights(duties.map((duty) => duty.weight));
  const missing = duties.filter((duty) => duty.weight === null).length;
  const target: FindingTarget = { kind: 'duties' };
  if (missing < duties.length && total !== 100) report('weightsTotal', target, { total });
  else if (missing > 0) report('weightsMissing', target, { missing, duties: duties.length });
}

/** 千岗一面: the identical set of ≥ 3 competencies on ≥ 3 roles (this one included). */
function checkSameCompetencies(role: Role, library: LibraryIndex, report: Report): void {
  const key = competencySetKey(role);
  if (key === null) return;
  const count = othersIn(library.competencyRoles.get(key), role.id) + 1;
  if (count >= MIN_ROLES_SAME_COMPETENCIES) {
    report('sameCompetencies', { kind: 'competencies' }, { count });
  }
}
