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
import { INSURER_ROLE_CODES } from '../../../electron/library/seed/insurerCase';
import {
  INSURER_AS_IS_CODE,
  INSURER_CASE_MANAGER_CODE,
} from '../../../electron/library/seed/insurerProcess';
import { COMPETENCY_KINDS, type Role } from '../../../shared/domain';
import type { ActivityDetails, Process, ProcessGraph, ProcessNode } from '../../../shared/process';
import { countSteps, flowOrder, isStep, numberSteps } from '../../../shared/stepNumbers';
import { checkLibrary } from '../../../shared/rules/positionChecks';
import { openTempSession } from '../helpers/tempFiles';
import { DAY_MINUTES, durationMinutes } from '../../../shared/analysis/settings';

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

/** A dictionary text of one language: Chinese, without an English half after " / ". */
function isChineseOnly(text: string): boolean {
  return /\p{Script=Han}/u.test(text) && !/ \/ [A-Za-z]/.test(text) && text === text.trim();
}

function isEnglishOnly(text: string): boolean {
  return /[A-Za-z]/.test(text) && !/\p{Script=Han}/u.test(text) && text === text.trim();
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

/** The insurance case department and the five under it. */
function insurerDepartmentIds(repositories: Repositories): Set<number> {
  const departments = repositories.departments.list();
  const caseId = departments.find((d) => d.name === '保险业务示例 / Insurance case')?.id;
  return new Set(
    departments.filter((d) => d.id === caseId || d.parentId === caseId).map((d) => d.id),
  );
}

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

  it('gives every entry a description and four levels, 1 to 4, each in Chinese and in English', () => {
    expect(PROFICIENCY_LEVELS.map((l) => l.level)).toEqual([1, 2, 3, 4]);
    for (const competency of STARTER_COMPETENCIES) {
      const name = competency.nameEn;
      expect(isChineseOnly(competency.descriptionZh), name).toBe(true);
      expect(isEnglishOnly(competency.descriptionEn), name).toBe(true);
      expect(competency.levels.map((l) => l.level)).toEqual([1, 2, 3, 4]);
      for (const level of competency.levels) {
        expect(isChineseOnly(level.indicatorZh), `${name} L${level.level}`).toBe(true);
        expect(isEnglishOnly(level.indicatorEn), `${name} L${level.level}`).toBe(true);
      }
      // A level that repeats another says nothing about proficiency.
      expect(new Set(competency.levels.map((l) => l.indicatorZh)).size).toBe(4);
      expect(new Set(competency.levels.map((l) => l.indicatorEn)).size).toBe(4);
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

  it('seeds 4 departments of the company, 6 of the insurer, and the starter dictionary once', () => {
    const { repositories } = seededSample();
    const departments = repositories.departments.list();
    expect(departments).toHaveLength(10);
    const childrenOf = (name: string) => {
      const parent = departments.find((d) => d.name === name);
      return departments.filter((d) => parent !== undefined && d.parentId === parent.id);
    };
    // The company: 招聘组 under 人力资源部, nothing else nested.
    expect(childrenOf('人力资源部 / Human Resources').map((d) => d.name)).toEqual([
      '招聘组 / Recruitment',
    ]);
    // The insurer: the five departments the policy file travelled through, under the case.
    expect(childrenOf('保险业务示例 / Insurance case')).toHaveLength(5);
    expect(departments.filter((d) => d.parentId !== null)).toHaveLength(6);
    for (const department of departments) {
      expect(isBilingual(department.name), department.name).toBe(true);
    }
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

  it('links 直接上级 into one tree per organisation: the company and the insurance case', () => {
    const { repositories, roles } = seededSample();
    const byId = new Map(roles.map((r) => [r.id, r]));
    const top = roles.filter((r) => r.reportsToId === null);
    expect(top.map((r) => r.title).sort()).toEqual(['New Business Manager', '总经理']);
    for (const role of roles) {
      if (role.reportsToId !== null) expect(byId.has(role.reportsToId), role.code).toBe(true);
    }
    // Each role's chain of managers ends at the head of its own organisation.
    const insurer = insurerDepartmentIds(repositories);
    const headOf = (role: Role): Role => {
      const manager = role.reportsToId === null ? undefined : byId.get(role.reportsToId);
      return manager ? headOf(manager) : role;
    };
    for (const role of roles) {
      const expected = insurer.has(role.departmentId) ? 'New Business Manager' : '总经理';
      expect(headOf(role).title, role.code).toBe(expected);
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

  it('numbers the steps of every sample map 10, 20 … in flow order, as the editor would', () => {
    const { repositories } = seededSample();
    const summaries = repositories.processes.list({ processClass: null, departmentId: null });
    expect(summaries.length).toBeGreaterThanOrEqual(3);
    for (const summary of summaries) {
      const graph = repositories.processes.get(summary.id)?.graph;
      if (!graph) throw new Error(`process ${summary.code} listed but not readable`);
      // Numbering the stored map again changes nothing: the seed numbered it as the editor does.
      expect(numberSteps(graph, graph), summary.code).toBe(graph);
      const steps = flowOrder(graph).filter((node) => isStep(node.kind));
      expect(
        steps.map((node) => node.stepNumber),
        summary.code,
      ).toEqual(steps.map((_, i) => (i + 1) * 10));
      const others = graph.nodes.filter((node) => !isStep(node.kind));
      expect(others.every((node) => node.stepNumber === undefined)).toBe(true);
    }
  });
});

const MINUTES_PER_DAY = 24 * 60;

type Box = Pick<ProcessNode, 'x' | 'y' | 'width' | 'height'>;

const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The vertical band of each lane: lanes are stacked from y = 0 in array order. */
function laneBands(graph: ProcessGraph): Map<string, { top: number; bottom: number }> {
  let top = 0;
  return new Map(
    graph.lanes.map((lane) => {
      const band = { top, bottom: top + lane.size };
      top = band.bottom;
      return [lane.id, band];
    }),
  );
}

const activitiesIn = (graph: ProcessGraph): ProcessNode[] =>
  graph.nodes.filter((node) => node.kind === 'activity');

/** Every wait of the map in minutes on the working-day basis (each step once, no visits). */
const waitOf = (graph: ProcessGraph): number =>
  sum(
    activitiesIn(graph).map((n) =>
      durationMinutes(n.activity?.waitDays, n.activity?.waitMinutes, 'working'),
    ),
  );

describe('sample insurer: policy issuing', () => {
  function seededInsurer() {
    const repositories = openTempSession().session.repositories();
    const seeded = seedSampleLibrary(repositories);
    const process = (code: string): Process => {
      const id = seeded.processIds.get(code);
      const found = id === undefined ? undefined : repositories.processes.get(id);
      if (!found) throw new Error(`process ${code} not seeded`);
      return found;
    };
    const roleId = (code: string): number => {
      const id = seeded.roleIds.get(code);
      if (id === undefined) throw new Error(`role ${code} not seeded`);
      return id;
    };
    return {
      repositories,
      asIs: process(INSURER_AS_IS_CODE),
      redesign: process(INSURER_CASE_MANAGER_CODE),
      roleId,
      insurer: insurerDepartmentIds(repositories),
    };
  }

  it('records the as-is process as a key process of the insurance case, with its KPIs', () => {
    const { asIs, roleId, repositories } = seededInsurer();
    expect(asIs.name).toBe('保单签发（现状） / Policy issuing (as-is)');
    expect(asIs.processClass).toBe('key');
    expect(asIs.ownerRoleId).toBe(roleId(INSURER_ROLE_CODES.newBusinessManager));
    const department = repositories.departments.list().find((d) => d.id === asIs.departmentId);
    expect(department?.name).toBe('保险业务示例 / Insurance case');
    for (const text of [asIs.purpose, asIs.trigger, asIs.output]) expect(text).not.toBe('');
    expect(asIs.kpis.timeLimit).toBe('5–25 天');
    for (const kpi of Object.values(asIs.kpis)) expect(kpi).not.toBe('');
  });

  it('draws 5 lanes, each bound to a distinct department of the case', () => {
    const { asIs, insurer } = seededInsurer();
    const { lanes } = asIs.graph;
    expect(lanes).toHaveLength(5);
    const departmentIds = lanes.map((lane) =>
      lane.owner.kind === 'department' ? lane.owner.departmentId : null,
    );
    expect(new Set(departmentIds).size).toBe(5);
    for (const id of departmentIds) {
      expect(id !== null && insurer.has(id)).toBe(true);
    }
  });

  it('has over 30 steps, one start and one end, every one inside its lane', () => {
    const { asIs } = seededInsurer();
    const { nodes } = asIs.graph;
    expect(nodes.length).toBeGreaterThanOrEqual(30);
    expect(nodes.length).toBeLessThanOrEqual(36);
    expect(nodes.filter((n) => n.kind === 'start')).toHaveLength(1);
    expect(nodes.filter((n) => n.kind === 'end')).toHaveLength(1);
    expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
    const bands = laneBands(asIs.graph);
    for (const node of nodes) {
      const band = node.laneId === null ? undefined : bands.get(node.laneId);
      expect(band, node.id).toBeDefined();
      expect(node.y, node.id).toBeGreaterThanOrEqual(band?.top ?? Infinity);
      expect(node.y + node.height, node.id).toBeLessThanOrEqual(band?.bottom ?? -Infinity);
    }
  });

  it('adds up to exactly 17 minutes of work, waiting whole days in days and hours in minutes', () => {
    const { asIs } = seededInsurer();
    const activities = activitiesIn(asIs.graph);
    for (const node of activities) {
      expect(node.activity?.workMinutes, node.id).not.toBeNull();
      expect(node.activity?.waitMinutes, node.id).not.toBeNull();
      // A day of waiting is a day (480 or 1,440 minutes by the basis), never minutes.
      expect(node.activity?.waitMinutes, node.id).toBeLessThan(DAY_MINUTES.working);
      expect(node.activity?.valueClass, node.id).not.toBeNull();
      expect(node.activity?.instruction, node.id).not.toBe('');
    }
    const inDays = activities.filter((n) => (n.activity?.waitDays ?? 0) >= 1);
    expect(inDays.length).toBeGreaterThanOrEqual(5);
    const work = sum(activities.map((n) => n.activity?.workMinutes ?? null));
    const wait = waitOf(asIs.graph);
    expect(work).toBe(17);
    expect(wait).toBeGreaterThanOrEqual(5 * DAY_MINUTES.working);
    expect(work / (work + wait)).toBeLessThan(0.01);
  });

  it('marks few steps value-adding, and the approvals, inspections and hand-offs', () => {
    const { asIs } = seededInsurer();
    const activities = activitiesIn(asIs.graph);
    const count = (test: (a: ActivityDetails) => boolean) =>
      activities.filter((n) => n.activity && test(n.activity)).length;
    expect(count((a) => a.valueClass === 'VA')).toBeLessThan(count((a) => a.valueClass === 'NVA'));
    expect(count((a) => a.isApproval)).toBeGreaterThanOrEqual(2);
    // The same file is checked again in later departments: the waste ESIA eliminates first.
    expect(count((a) => a.isInspection)).toBeGreaterThanOrEqual(2);
    // Every connector from one department to another leaves from a hand-off step.
    const byId = new Map(asIs.graph.nodes.map((n) => [n.id, n]));
    const crossings = asIs.graph.edges.filter(
      (e) => byId.get(e.source)?.laneId !== byId.get(e.target)?.laneId,
    );
    expect(crossings).toHaveLength(4);
    for (const edge of crossings) {
      expect(byId.get(edge.source)?.activity?.isHandOff, edge.source).toBe(true);
    }
  });

  it('gives every decision a 是 and a 否 branch, and joins only existing steps', () => {
    const { asIs } = seededInsurer();
    const { nodes, edges } = asIs.graph;
    const decisions = nodes.filter((n) => n.kind === 'decision');
    expect(decisions.length).toBeGreaterThanOrEqual(2);
    for (const decision of decisions) {
      const labels = edges.filter((e) => e.source === decision.id).map((e) => e.label);
      expect(labels.sort(), decision.id).toEqual(['否', '是']);
    }
    const ids = new Set(nodes.map((n) => n.id));
    for (const edge of edges) {
      expect(ids.has(edge.source), edge.id).toBe(true);
      expect(ids.has(edge.target), edge.id).toBe(true);
    }
    expect(new Set(edges.map((e) => e.id)).size).toBe(edges.length);
    // Every step but the start is reached, and every step but the end leads on.
    for (const node of nodes) {
      if (node.kind !== 'start')
        expect(
          edges.some((e) => e.target === node.id),
          node.id,
        ).toBe(true);
      if (node.kind !== 'end')
        expect(
          edges.some((e) => e.source === node.id),
          node.id,
        ).toBe(true);
    }
  });

  it('lays both processes out at the editor sizes with no two steps overlapping', () => {
    const { asIs, redesign } = seededInsurer();
    const sizes: Partial<Record<ProcessNode['kind'], [number, number]>> = {
      start: [44, 44],
      end: [44, 44],
      activity: [140, 64],
      decision: [80, 80],
      data: [110, 64],
    };
    for (const { graph } of [asIs, redesign]) {
      graph.nodes.forEach((a, i) => {
        expect([a.width, a.height], a.id).toEqual(sizes[a.kind]);
        for (const b of graph.nodes.slice(i + 1)) {
          expect(overlaps(a, b), `${a.id} / ${b.id}`).toBe(false);
        }
      });
    }
  });

  it('indexes every activity, and shows the underwriter the steps it does', () => {
    const { repositories, asIs, redesign, roleId } = seededInsurer();
    const summaries = repositories.processes.list({ processClass: null, departmentId: null });
    for (const process of [asIs, redesign]) {
      const summary = summaries.find((s) => s.id === process.id);
      expect(summary?.stepCount, process.code).toBe(countSteps(process.graph));
    }
    const underwriter = repositories.processes.activitiesOf(roleId(INSURER_ROLE_CODES.underwriter));
    const asIsSteps = underwriter.filter((a) => a.processId === asIs.id);
    // Every underwriting step but the supervisor's approval (核保主管 is its R and A).
    expect(asIsSteps.map((a) => a.nodeId).sort()).toEqual([
      'uw-assess',
      'uw-check',
      'uw-queue',
      'uw-request',
      'uw-send',
      'uw-wait',
    ]);
    expect(asIsSteps.every((a) => a.raci === 'R')).toBe(true);
    expect(underwriter.filter((a) => a.processId === redesign.id).map((a) => a.raci)).toEqual([
      'C',
    ]);
  });

  it('redesigns it around one case manager on a shared system: fewer steps, far less waiting', () => {
    const { repositories, asIs, redesign, roleId } = seededInsurer();
    const caseManager = roleId(INSURER_ROLE_CODES.caseManager);
    expect(redesign.name).toBe('保单签发（专案经理） / Policy issuing (case manager)');
    expect(redesign.graph.lanes.map((lane) => lane.owner)).toEqual([
      { kind: 'role', roleId: caseManager },
    ]);
    const laneId = redesign.graph.lanes[0]?.id;
    expect(redesign.graph.nodes.every((n) => n.laneId === laneId)).toBe(true);
    expect(redesign.graph.nodes.some((n) => n.kind === 'data')).toBe(true);
    expect(redesign.graph.nodes.length).toBeLessThan(asIs.graph.nodes.length / 2);

    expect(waitOf(redesign.graph)).toBeLessThan(MINUTES_PER_DAY);
    expect(waitOf(redesign.graph) * 10).toBeLessThan(waitOf(asIs.graph));
    for (const node of activitiesIn(redesign.graph)) {
      expect(node.activity?.workMinutes, node.id).not.toBeNull();
      expect(node.activity?.isHandOff, node.id).toBe(false);
    }
    // The case manager's description lists every step of the redesigned process.
    const own = repositories.processes
      .activitiesOf(caseManager)
      .filter((a) => a.processId === redesign.id);
    expect(own).toHaveLength(activitiesIn(redesign.graph).length);
    expect(own.every((a) => a.raci === 'R')).toBe(true);
  });
});
