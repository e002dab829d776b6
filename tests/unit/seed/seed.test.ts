import { describe, expect, it } from 'vitest';
import {
  FAULTY_SAMPLE_ROLE_CODES,
  SAMPLE_COMPANY,
  seedSampleLibrary,
} from '../../../electron/library/seed/sampleLibrary';
import {
  PROFICIENCY_LEVELS,
  STARTER_COMPETENCIES,
  seedStarterDictionary,
} from '../../../electron/library/seed/starterCompetencies';
import type { Repositories } from '../../../electron/library/librarySession';
import { COMPETENCY_KINDS, type Role } from '../../../shared/domain';
import { checkLibrary } from '../../../shared/rules/positionChecks';
import { openTempSession } from '../helpers/tempFiles';

/**
 * "中文 / English": exactly one separator (so the UI can split on it), Chinese before it and
 * English without Chinese after it.
 */
function isBilingual(text: string): boolean {
  const parts = text.split(' / ');
  const [zh, en] = parts.map((part) => part.trim());
  if (parts.length !== 2 || zh === undefined || en === undefined) return false;
  return /\p{Script=Han}/u.test(zh) && /[A-Za-z]/.test(en) && !/\p{Script=Han}/u.test(en);
}

function allRoles(repositories: Repositories): Role[] {
  return repositories.roles.list(null).map((summary) => {
    const role = repositories.roles.get(summary.id);
    if (!role) throw new Error(`role ${summary.id} listed but not readable`);
    return role;
  });
}

function seededSample(): { repositories: Repositories; roles: Role[]; complete: Role[] } {
  const repositories = openTempSession().session.repositories();
  seedSampleLibrary(repositories);
  const roles = allRoles(repositories);
  const complete = roles.filter((role) => !FAULTY_SAMPLE_ROLE_CODES.includes(role.code));
  return { repositories, roles, complete };
}

const sum = (values: readonly (number | null)[]): number =>
  values.reduce<number>((total, value) => total + (value ?? 0), 0);

describe('starter competency dictionary', () => {
  it('has at least 30 entries across all four kinds, with unique names', () => {
    expect(STARTER_COMPETENCIES.length).toBeGreaterThanOrEqual(30);
    const kinds = new Set(STARTER_COMPETENCIES.map((c) => c.kind));
    expect([...kinds].sort()).toEqual([...COMPETENCY_KINDS].sort());
    for (const kind of COMPETENCY_KINDS) {
      expect(STARTER_COMPETENCIES.filter((c) => c.kind === kind).length).toBeGreaterThanOrEqual(6);
    }
    const zh = STARTER_COMPETENCIES.map((c) => c.nameZh);
    const en = STARTER_COMPETENCIES.map((c) => c.nameEn.toLowerCase());
    expect(new Set(zh).size).toBe(zh.length);
    expect(new Set(en).size).toBe(en.length);
  });

  it('gives every entry a bilingual description and four bilingual levels, 1 to 4', () => {
    expect(PROFICIENCY_LEVELS.map((l) => l.level)).toEqual([1, 2, 3, 4]);
    for (const competency of STARTER_COMPETENCIES) {
      expect(isBilingual(competency.description), competency.nameEn).toBe(true);
      expect(competency.levels.map((l) => l.level)).toEqual([1, 2, 3, 4]);
      for (const level of competency.levels) {
        expect(isBilingual(level.indicator), `${competency.nameEn} L${level.level}`).toBe(true);
      }
      // A level that repeats another says nothing about proficiency.
      expect(new Set(competency.levels.map((l) => l.indicator)).size).toBe(4);
    }
  });

  it('includes the role-specific entries roles need so they do not share one generic list', () => {
    const names = new Set(STARTER_COMPETENCIES.map((c) => c.nameZh));
    for (const name of [
      '劳动法规知识',
      '财务分析',
      '招聘面试技巧',
      '客户服务意识',
      '质量管理体系知识',
      '数据分析',
      '项目管理',
      '谈判能力',
      '沟通协调能力',
      '领导力',
      '团队合作',
      '学习能力',
      '责任心',
      '诚信正直',
      '安全意识',
    ]) {
      expect(names.has(name), name).toBe(true);
    }
  });

  it('seeds into a library once, with its levels, and a second seed adds nothing', () => {
    const repositories = openTempSession().session.repositories();
    const first = seedStarterDictionary(repositories);
    expect(first.size).toBe(STARTER_COMPETENCIES.length);

    const stored = repositories.competencies.list();
    expect(stored).toHaveLength(STARTER_COMPETENCIES.length);
    const labour = stored.find((c) => c.nameEn === 'Labour Law Knowledge');
    expect(labour?.id).toBe(first.get('Labour Law Knowledge'));
    expect(labour?.kind).toBe('knowledge');
    expect(labour?.levels).toHaveLength(4);

    const second = seedStarterDictionary(repositories);
    expect(repositories.competencies.list()).toHaveLength(STARTER_COMPETENCIES.length);
    expect(second).toEqual(first);
  });
});

describe('sample library', () => {
  it('names a bilingual demo company', () => {
    expect(SAMPLE_COMPANY.nameZh).toBe('恒信制造有限公司');
    expect(SAMPLE_COMPANY.nameEn).toMatch(/Hengxin/);
  });

  it('seeds 4 departments, one nested, and the starter dictionary once', () => {
    const { repositories } = seededSample();
    const departments = repositories.departments.list();
    expect(departments).toHaveLength(4);
    const nested = departments.filter((d) => d.parentId !== null);
    expect(nested).toHaveLength(1);
    expect(departments.some((d) => d.id === nested[0]?.parentId)).toBe(true);
    expect(repositories.competencies.list()).toHaveLength(STARTER_COMPETENCIES.length);
  });

  it('does not duplicate the dictionary in a library already seeded at creation', () => {
    const repositories = openTempSession().session.repositories();
    seedStarterDictionary(repositories);
    seedSampleLibrary(repositories);
    expect(repositories.competencies.list()).toHaveLength(STARTER_COMPETENCIES.length);
  });

  it('has at least 10 roles: at least 8 complete (5+ Chinese, 3+ English) and the 2 faulty ones', () => {
    const { roles, complete } = seededSample();
    expect(roles.length).toBeGreaterThanOrEqual(10);
    expect(roles.length - complete.length).toBe(2);
    expect(complete.length).toBeGreaterThanOrEqual(8);
    expect(complete.filter((r) => r.template === 'zh').length).toBeGreaterThanOrEqual(5);
    expect(complete.filter((r) => r.template === 'en').length).toBeGreaterThanOrEqual(3);
    const faulty = roles.filter((r) => FAULTY_SAMPLE_ROLE_CODES.includes(r.code));
    expect(faulty.map((r) => r.template).sort()).toEqual(['en', 'zh']);
  });

  it('links 直接上级 into one tree with a single top role', () => {
    const { roles } = seededSample();
    const ids = new Set(roles.map((r) => r.id));
    const top = roles.filter((r) => r.reportsToId === null);
    expect(top.map((r) => r.title)).toEqual(['总经理']);
    for (const role of roles) {
      if (role.reportsToId !== null) expect(ids.has(role.reportsToId), role.code).toBe(true);
    }
  });

  it('fills in every complete role: basics, 5–8 duties with weights adding to 100, sections', () => {
    const { complete } = seededSample();
    for (const role of complete) {
      const label = `${role.code} ${role.title}`;
      expect(role.code, label).toMatch(/^[A-Z]+-\d{3}$/);
      expect(role.grade, label).not.toBe('');
      expect(role.headcount, label).toBeGreaterThan(0);
      expect(role.purpose.length, label).toBeGreaterThan(20);
      expect(role.duties.length, label).toBeGreaterThanOrEqual(5);
      expect(role.duties.length, label).toBeLessThanOrEqual(8);
      expect(sum(role.duties.map((d) => d.weight)), label).toBe(100);
      for (const duty of role.duties) {
        expect(duty.category, duty.text).not.toBeNull();
        expect(duty.frequency, duty.text).not.toBeNull();
        expect(duty.standard.trim(), duty.text).not.toBe('');
        expect(duty.kpi.trim(), duty.text).not.toBe('');
      }
      const d = role.details;
      const sections =
        role.template === 'zh'
          ? [
              d.authority,
              d.relationsInternal,
              d.relationsExternal,
              d.education,
              d.major,
              d.experience,
              d.knowledge,
              d.skills,
              d.training,
              d.workConditions,
              d.careerPath,
              d.location,
            ]
          : [
              d.education,
              d.experience,
              d.preferredQualifications,
              d.workConditions,
              d.travel,
              d.supervisoryResponsibilities,
              d.otherDuties,
              d.disclaimer,
              d.payRange,
              d.location,
            ];
      for (const section of sections) expect(section.trim(), label).not.toBe('');
      if (role.template === 'en') expect(d.flsaStatus, label).not.toBeNull();
      expect(d.kpis.length, label).toBeGreaterThanOrEqual(2);
      for (const kpi of d.kpis) {
        expect(kpi.target, label).not.toBe('');
        expect(kpi.period, label).not.toBeNull();
      }
      expect(role.competencies.length, label).toBeGreaterThanOrEqual(4);
      expect(role.competencies.length, label).toBeLessThanOrEqual(6);
    }
  });

  it('gives no two complete roles the same competency set, and repeats no duty text', () => {
    const { roles, complete } = seededSample();
    const sets = complete.map((r) =>
      r.competencies
        .map((c) => c.competencyId)
        .sort((a, b) => a - b)
        .join(','),
    );
    expect(new Set(sets).size).toBe(complete.length);

    const texts = roles.flatMap((r) => r.duties.map((d) => d.text.trim().toLowerCase()));
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('writes the faulty Chinese role with the faults the checks are meant to catch', () => {
    const { roles } = seededSample();
    const role = roles.find((r) => r.code === 'ADM-001');
    expect(role?.template).toBe('zh');
    const duties = role?.duties ?? [];
    expect(duties).toHaveLength(14);
    expect(sum(duties.map((d) => d.weight))).toBe(90);
    expect(duties.filter((d) => d.text.startsWith('负责')).length).toBeGreaterThan(10);
    expect(duties.some((d) => d.frequency === null)).toBe(true);
    expect(duties.some((d) => d.standard === '')).toBe(true);
  });

  it('writes the faulty English role without a purpose and with a copied competency set', () => {
    const { roles } = seededSample();
    const clerk = roles.find((r) => r.code === 'WH-001');
    const admin = roles.find((r) => r.code === 'ADM-001');
    expect(clerk?.template).toBe('en');
    expect(clerk?.purpose).toBe('');
    expect(clerk?.duties.some((d) => d.text.startsWith('Responsible for'))).toBe(true);
    expect(clerk?.competencies).toEqual(admin?.competencies);
  });

  it('gets findings from the position checks on the two faulty roles only', () => {
    const { roles } = seededSample();
    const codeOf = new Map(roles.map((r) => [r.id, r.code]));
    const findings = checkLibrary(roles);
    const flagged = new Set(findings.map((f) => codeOf.get(f.roleId)));
    expect([...flagged].sort()).toEqual([...FAULTY_SAMPLE_ROLE_CODES].sort());

    const rulesOf = (code: string) =>
      new Set(findings.filter((f) => codeOf.get(f.roleId) === code).map((f) => f.rule));
    expect([...rulesOf('ADM-001')]).toEqual(
      expect.arrayContaining([
        'dutyWeakVerb',
        'dutyNoFrequency',
        'dutyNoStandard',
        'weightsTotal',
        'tooManyDuties',
      ]),
    );
    expect([...rulesOf('WH-001')]).toEqual(
      expect.arrayContaining(['dutyWeakVerb', 'purposeMissing']),
    );
  });
});
