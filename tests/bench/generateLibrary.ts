import {
  DUTY_CATEGORIES,
  DUTY_FREQUENCIES,
  type DutyCategory,
  type DutyDraft,
  type DutyFrequency,
  type RoleBasics,
} from '../../shared/domain';
import type { Repositories } from '../../electron/library/librarySession';
import type { Random } from './prng';
import { roleDetails } from './roleDetails';
import {
  FUNCTIONS,
  OBJECTS_EN,
  OBJECTS_ZH,
  RANKS_EN,
  RANKS_ZH,
  RESULTS_EN,
  RESULTS_ZH,
  VERBS_EN,
  VERBS_ZH,
  WHEN_ZH,
} from './vocabulary';

export type LibrarySize = { roles: number; duties: number };

/** Roles written per transaction: big enough that commits do not dominate, small enough to
 * keep one transaction's undo/WAL growth modest. */
export const ROLES_PER_BATCH = 500;

export function zhDuty(random: Random): string {
  return `${random.pick(WHEN_ZH)}${random.pick(VERBS_ZH)}${random.pick(OBJECTS_ZH)}${random.pick(RESULTS_ZH)}`;
}

export function enDuty(random: Random): string {
  return `${random.pick(VERBS_EN)} ${random.pick(OBJECTS_EN)} ${random.pick(RESULTS_EN)}`;
}

function dutyDraft(text: string, random: Random): DutyDraft {
  return {
    text,
    category: random.pick<DutyCategory>(DUTY_CATEGORIES),
    weight: random.int(1, 6) * 5,
    frequency: random.pick<DutyFrequency>(DUTY_FREQUENCIES),
    standard: '',
    kpi: random.chance(0.3) ? '按时完成率 ≥ 95%' : '',
    source: 'typed',
  };
}

/**
 * Duty counts per role that vary (6–14) yet add up to exactly `total`: roles are paired,
 * one gets 10 + d and the next 10 − d, so the library has the promised size every run.
 */
function dutyCounts(roles: number, total: number, random: Random): number[] {
  const base = Math.floor(total / roles);
  const counts: number[] = [];
  for (let i = 0; i < roles; i += 2) {
    const d = random.int(0, Math.min(4, base - 1));
    counts.push(base + d);
    if (i + 1 < roles) counts.push(base - d);
  }
  let rest = total - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; rest !== 0; i = (i + 1) % roles) {
    const step = Math.sign(rest);
    counts[i] = (counts[i] ?? 0) + step;
    rest -= step;
  }
  return counts;
}

/**
 * Fills an empty library through the real repositories: one department per function, roles
 * spread over them (60 % Chinese template, 40 % English), each reporting to its department's
 * first role, with duties and filled-in sections in the role's language. Each batch is one transaction, as an import
 * would be.
 */
export function generateLibrary(repos: Repositories, size: LibrarySize, random: Random): void {
  const departments = FUNCTIONS.map(([code, zh, en]) => ({
    code,
    zh,
    en,
    id: repos.departments.create(`${zh}部 ${en}`, null).id,
    head: null as number | null,
    next: 1,
  }));
  const counts = dutyCounts(size.roles, size.duties, random);
  for (let start = 0; start < size.roles; start += ROLES_PER_BATCH) {
    const end = Math.min(size.roles, start + ROLES_PER_BATCH);
    repos.roles.transaction(() => {
      for (let i = start; i < end; i += 1) {
        const department = random.pick(departments);
        const zh = random.chance(0.6);
        const basics: RoleBasics = {
          title: zh
            ? `${department.zh}${random.pick(RANKS_ZH)}`
            : `${department.en} ${random.pick(RANKS_EN)}`,
          code: `${department.code}-${String(department.next).padStart(4, '0')}`,
          departmentId: department.id,
          reportsToId: department.head,
          headcount: random.int(1, 5),
          grade: `${random.pick(['P', 'M'])}${random.int(1, 8)}`,
          purpose: zh ? zhDuty(random) : enDuty(random),
          template: zh ? 'zh' : 'en',
        };
        department.next += 1;
        const id = repos.roles.create(basics);
        department.head ??= id;
        const duties = Array.from({ length: counts[i] ?? 0 }, () =>
          dutyDraft(zh ? zhDuty(random) : enDuty(random), random),
        );
        const details = roleDetails(random, zh, () => (zh ? zhDuty(random) : enDuty(random)));
        repos.roles.save({ id, ...basics, duties, details, competencies: [] }, 0);
      }
    });
  }
}
