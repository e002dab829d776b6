import type { Duty, Role } from './domain';
import type { RoleDetails } from './roleDetails';

/*
 * Comparing two versions of a role (持续改进: each revision records what changed). Fields
 * compare as text; duties are aligned by a longest-common-subsequence over their texts, so
 * an inserted duty shows as one addition rather than every later duty as changed.
 */

export type FieldChange = {
  /** A key of RoleBasics or RoleDetails; the screen labels it in the template's language. */
  field: string;
  before: string;
  after: string;
};

export type DutyLine =
  | { kind: 'same'; before: Duty; after: Duty; changedAttributes: string[] }
  | { kind: 'removed'; before: Duty }
  | { kind: 'added'; after: Duty };

export type RoleDiff = { fields: FieldChange[]; duties: DutyLine[]; competenciesChanged: boolean };

const BASIC_FIELDS = ['title', 'code', 'headcount', 'grade', 'purpose', 'template'] as const;
const DUTY_ATTRIBUTES = ['category', 'weight', 'frequency', 'standard', 'kpi'] as const;

export function diffRoles(before: Role, after: Role): RoleDiff {
  const fields: FieldChange[] = [];
  for (const field of BASIC_FIELDS) {
    pushIfChanged(fields, field, before[field], after[field]);
  }
  pushIfChanged(fields, 'departmentId', before.departmentId, after.departmentId);
  pushIfChanged(fields, 'reportsToId', before.reportsToId, after.reportsToId);
  for (const key of Object.keys(after.details) as (keyof RoleDetails)[]) {
    pushIfChanged(fields, key, before.details[key], after.details[key]);
  }
  return {
    fields,
    duties: alignDuties(before.duties, after.duties),
    competenciesChanged: stringify(before.competencies) !== stringify(after.competencies),
  };
}

function pushIfChanged(changes: FieldChange[], field: string, a: unknown, b: unknown): void {
  const before = stringify(a);
  const after = stringify(b);
  if (before !== after) changes.push({ field, before, after });
}

function stringify(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    return value
      .map((item) =>
        typeof item === 'object' && item !== null ? Object.values(item).join(' · ') : String(item),
      )
      .join('\n');
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** Aligns two duty lists by text (LCS), pairing unmatched neighbours as edits. */
export function alignDuties(before: Duty[], after: Duty[]): DutyLine[] {
  const n = before.length;
  const m = after.length;
  // lengths[i][j] = LCS length of before[i..] and after[j..]
  const lengths = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      const row = lengths[i];
      if (!row) continue;
      row[j] =
        before[i]?.text === after[j]?.text
          ? (lengths[i + 1]?.[j + 1] ?? 0) + 1
          : Math.max(lengths[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const lines: DutyLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    const a = before[i];
    const b = after[j];
    if (a && b && a.text === b.text) {
      lines.push({ kind: 'same', before: a, after: b, changedAttributes: changedAttributes(a, b) });
      i += 1;
      j += 1;
    } else if (a && (!b || (lengths[i + 1]?.[j] ?? 0) >= (lengths[i]?.[j + 1] ?? 0))) {
      // On a tie the old text goes first: a replaced duty reads "removed, then added".
      lines.push({ kind: 'removed', before: a });
      i += 1;
    } else if (b) {
      lines.push({ kind: 'added', after: b });
      j += 1;
    }
  }
  return lines;
}

function changedAttributes(a: Duty, b: Duty): string[] {
  return DUTY_ATTRIBUTES.filter((key) => a[key] !== b[key]);
}
