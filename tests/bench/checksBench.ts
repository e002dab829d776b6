import {
  DUTY_FREQUENCIES,
  type Duty,
  type DutyFrequency,
  type Role,
  type RoleTemplate,
} from '../../shared/domain';
import { emptyRoleDetails, type RoleDetails } from '../../shared/roleDetails';
import { checkLibrary } from '../../shared/rules/positionChecks';
import { seededRandom, type Random } from './prng';
import { elapsedMs } from './stats';
import {
  OBJECTS_EN,
  OBJECTS_ZH,
  RESULTS_EN,
  RESULTS_ZH,
  VERBS_EN,
  VERBS_ZH,
  WHEN_ZH,
} from './vocabulary';

/*
 * Times the position-description checks over a whole library in memory: 10,000 roles of
 * 10 duties, written from the same vocabulary as the search bench so duplicates across
 * roles and weak openers (负责) occur at realistic rates. No database: this measures the
 * rules and the library index alone.
 */

const SEED = 0xc4ec45;
const ROLES = 10_000;
const DUTIES_PER_ROLE = 10;
const RUNS = 5;
/** Competency ids drawn from a small pool, so identical sets (千岗一面) do occur. */
const COMPETENCY_POOL = 12;

function dutyText(template: RoleTemplate, random: Random): string {
  return template === 'zh'
    ? `${random.pick(WHEN_ZH)}${random.pick(VERBS_ZH)}${random.pick(OBJECTS_ZH)}${random.pick(RESULTS_ZH)}`
    : `${random.pick(VERBS_EN)} ${random.pick(OBJECTS_EN)} ${random.pick(RESULTS_EN)}`;
}

function syntheticDuty(id: number, template: RoleTemplate, random: Random): Duty {
  return {
    id,
    text: dutyText(template, random),
    category: null,
    // Mostly 10 % each (a total of 100), sometimes off or missing, as in a real library.
    weight: random.chance(0.9) ? 10 : random.chance(0.5) ? null : 15,
    frequency: random.chance(0.95) ? random.pick<DutyFrequency>(DUTY_FREQUENCIES) : null,
    standard: random.chance(0.8) ? '按时完成，差错为零' : '',
    kpi: '',
    source: 'typed',
    steps: [],
    notProcessWork: false,
    minutesPerOccurrence: null,
    occurrencesPerYear: null,
    partnerRoleIds: [],
  };
}

function syntheticDetails(random: Random): RoleDetails {
  const filled = (text: string) => (random.chance(0.85) ? text : '');
  return {
    ...emptyRoleDetails(),
    authority: filled('审批权'),
    education: filled('本科'),
    experience: filled('3 年'),
    workConditions: filled('Office'),
    kpis: random.chance(0.8) ? [{ name: '完成率', target: '≥ 95%', period: 'monthly' }] : [],
  };
}

function syntheticRole(id: number, random: Random): Role {
  const template: RoleTemplate = random.chance(0.6) ? 'zh' : 'en';
  const competencyIds = new Set(Array.from({ length: 4 }, () => random.int(1, COMPETENCY_POOL)));
  return {
    id,
    key: `role-${id}`,
    title: `Role ${id}`,
    code: `R-${id}`,
    departmentId: 1 + (id % 40),
    reportsToId: null,
    headcount: 1,
    grade: '',
    purpose: random.chance(0.9) ? '保障业务目标达成' : '',
    template,
    status: 'draft',
    version: 0,
    editVersion: 0,
    duties: Array.from({ length: DUTIES_PER_ROLE }, (_, d) =>
      syntheticDuty(id * DUTIES_PER_ROLE + d, template, random),
    ),
    details: syntheticDetails(random),
    competencies: [...competencyIds].map((competencyId) => ({
      competencyId,
      requiredLevel: random.int(1, 5),
      importance: 1,
    })),
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
  };
}

/** Builds the library in memory and returns the median of 5 timed `checkLibrary` runs. */
export async function benchChecks(): Promise<{ roles: number; duties: number; ms: number }> {
  const random = seededRandom(SEED);
  const roles = Array.from({ length: ROLES }, (_, i) => syntheticRole(i + 1, random));
  checkLibrary(roles); // warm-up: JIT, and the regexes and sets of the rules module
  const samples: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = process.hrtime.bigint();
    checkLibrary(roles);
    samples.push(elapsedMs(start));
    // Yield between runs so a caller's progress output and timers are not starved.
    await new Promise((resolve) => setImmediate(resolve));
  }
  const sorted = samples.sort((a, b) => a - b);
  return { roles: ROLES, duties: ROLES * DUTIES_PER_ROLE, ms: sorted[Math.floor(RUNS / 2)] ?? 0 };
}
