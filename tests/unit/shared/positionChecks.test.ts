import { describe, expect, it } from 'vitest';
import type { Duty, Role, RoleTemplate } from '../../../shared/domain';
import { checksMessages } from '../../../shared/i18n/checks';
import { classifyDutyOpening } from '../../../shared/rules/actionVerbs';
import {
  buildLibraryIndex,
  checkLibrary,
  checkRole,
  normaliseDutyText,
  RULE_IDS,
  RULE_SEVERITY,
  type Finding,
  type RuleId,
} from '../../../shared/rules/positionChecks';
import { emptyRoleDetails, type RoleDetails } from '../../../shared/roleDetails';

/** A duty that passes every per-duty rule; tests override one column at a time. */
function duty(text: string, change: Partial<Duty> = {}): Duty {
  return {
    id: 0,
    text,
    category: 'execute',
    weight: null,
    frequency: 'monthly',
    standard: '每月 5 日前完成，差错为零',
    kpi: '',
    source: 'typed',
    steps: [],
    notProcessWork: false,
    minutesPerOccurrence: null,
    occurrencesPerYear: null,
    partnerRoleIds: [],
    ...change,
  };
}

const COMPLETE_ZH_DETAILS: Partial<RoleDetails> = {
  authority: '招聘费用审批权（5 万元以内）',
  education: '本科及以上',
  experience: '3 年以上招聘经验',
  kpis: [{ name: '招聘到岗率', target: '≥ 95%', period: 'quarterly' }],
};

const COMPLETE_EN_DETAILS: Partial<RoleDetails> = {
  education: "Bachelor's degree in HR or related field",
  experience: '3+ years in recruitment',
  workConditions: 'Office environment; occasional travel to campuses.',
};

/** A complete role in the given template: no findings unless a test spoils it. */
function role(change: Partial<Role> = {}, template: RoleTemplate = 'zh'): Role {
  const zh = template === 'zh';
  const texts = zh
    ? ['制定年度招聘计划并组织实施', '审核各部门用人需求', '每月分析招聘渠道效果并提出改进建议']
    : [
        'Develop the annual hiring plan and lead its delivery',
        'Review hiring requests from departments',
        'Analyse channel performance monthly and recommend improvements',
      ];
  return {
    id: 1,
    key: 'role-recruitment-lead',
    title: zh ? '招聘主管' : 'Recruitment Lead',
    code: 'HR-001',
    departmentId: 1,
    reportsToId: null,
    headcount: 1,
    grade: 'P5',
    purpose: zh ? '保障公司人才供给，满足业务发展需要。' : 'Secure the talent the business needs.',
    template,
    status: 'draft',
    version: 0,
    editVersion: 0,
    duties: texts.map((text, i) => duty(text, { id: i + 1, weight: [40, 30, 30][i] ?? 0 })),
    details: { ...emptyRoleDetails(), ...(zh ? COMPLETE_ZH_DETAILS : COMPLETE_EN_DETAILS) },
    competencies: [],
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    ...change,
  };
}

/** Checks one role on its own, as a one-role library. */
function check(subject: Role): Finding[] {
  return checkRole(subject, buildLibraryIndex([subject]));
}

const rulesOf = (findings: Finding[]): RuleId[] => findings.map((f) => f.rule);

/** The findings of one rule only. */
const only = (findings: Finding[], rule: RuleId): Finding[] =>
  findings.filter((f) => f.rule === rule);

describe('a complete role', () => {
  it.each<RoleTemplate>(['zh', 'en'])('has no findings (%s template)', (template) => {
    expect(check(role({}, template))).toEqual([]);
  });

  it('has no findings in a library of different roles', () => {
    const other = role({
      id: 2,
      duties: [duty('编制月度工资表并报财务部审核', { weight: 100 })],
    });
    expect(checkLibrary([role(), other])).toEqual([]);
  });
});

describe('duty opening', () => {
  const cases: [string, 'strong' | 'weak' | 'none'][] = [
    // Chinese
    ['制定年度招聘计划并组织实施', 'strong'],
    ['审核月度工资表', 'strong'],
    ['每月核对社保缴纳明细', 'strong'],
    ['定期组织员工满意度调查', 'strong'],
    ['1. 编制部门年度预算', 'strong'],
    ['（2）监控招聘进度', 'strong'],
    ['根据公司战略，制定人力资源规划', 'strong'],
    ['对供应商进行年度评估', 'strong'],
    ['与各部门协调用人需求', 'strong'],
    ['参与制定薪酬福利方案', 'strong'],
    ['协助财务部完成年度审计', 'strong'],
    ['开展招聘工作', 'strong'],
    ['根据业务需要，及时补充人员', 'strong'],
    ['为新员工提供入职培训', 'strong'],
    ['负责招聘工作', 'weak'],
    ['主要负责员工关系管理', 'weak'],
    ['全面负责人力资源部的管理', 'weak'],
    ['做好员工培训工作', 'weak'],
    ['协助处理相关事宜', 'weak'],
    ['完成上级交办的其他工作', 'weak'],
    ['在总经理领导下，负责公司财务工作', 'weak'],
    ['招聘工作', 'none'],
    ['员工培训', 'none'],
    ['薪酬核算', 'none'],
    ['日常事务', 'none'],
    ['人事档案管理', 'none'],
    ['岗位说明书编制', 'none'],
    ['KPI指标制定', 'none'],
    ['按照公司制度，负责考勤管理', 'weak'],
    ['', 'none'],
    // English
    ['Develop the annual hiring plan', 'strong'],
    ['Develops the annual hiring plan', 'strong'],
    ['develop the annual hiring plan', 'strong'],
    ['Analyzes payroll variances', 'strong'],
    ['Identifies training needs across departments', 'strong'],
    ['Planning the quarterly budget', 'strong'],
    ['Regularly review access rights', 'strong'],
    ['To prepare monthly reports for the CFO', 'strong'],
    ['- Reconcile bank statements weekly', 'strong'],
    ['Participate in salary benchmarking', 'strong'],
    ['Assist the HR manager with onboarding', 'strong'],
    ['Develop 年度招聘计划', 'strong'],
    ['Responsible for payroll', 'weak'],
    ['Works with managers to forecast headcount', 'weak'],
    ['Is responsible for payroll', 'weak'],
    ['In charge of the warehouse', 'weak'],
    ['Handles employee queries', 'weak'],
    ['Help with the month-end close', 'weak'],
    ['Be involved in audits', 'weak'],
    ['Perform other duties as assigned', 'weak'],
    ['Payroll.', 'none'],
    ['Recruitment and selection', 'none'],
    ['Recruit.', 'none'],
  ];

  it.each(cases)('"%s" opens %s', (text, kind) => {
    expect(classifyDutyOpening(text).kind).toBe(kind);
  });

  it('names the weak phrase it found', () => {
    expect(classifyDutyOpening('主要负责员工关系管理')).toEqual({ kind: 'weak', phrase: '负责' });
    expect(classifyDutyOpening('Responsible for payroll')).toEqual({
      kind: 'weak',
      phrase: 'responsible for',
    });
  });

  it.each<[string, RuleId | null]>([
    ['制定年度招聘计划并组织实施', null],
    ['负责招聘工作', 'dutyWeakVerb'],
    ['招聘工作', 'dutyNoVerb'],
    ['Develop the annual hiring plan', null],
    ['Responsible for payroll', 'dutyWeakVerb'],
    ['Payroll.', 'dutyNoVerb'],
  ])('"%s" gives %s', (text, rule) => {
    const findings = check(role({ duties: [duty(text, { weight: 100 })] }));
    expect(rulesOf(findings)).toEqual(rule === null ? [] : [rule]);
    if (rule === null) return;
    expect(findings[0]?.target).toEqual({ kind: 'duty', index: 0, field: 'text' });
    expect(findings[0]?.severity).toBe(rule === 'dutyNoVerb' ? 'error' : 'warning');
  });

  it('passes the weak phrase to the message', () => {
    const [finding] = check(role({ duties: [duty('负责招聘工作', { weight: 100 })] }));
    expect(finding?.params).toEqual({ phrase: '负责' });
  });

  it('reports an empty duty once, not as a missing verb', () => {
    const findings = check(role({ duties: [duty('   ', { weight: 100 })] }));
    expect(rulesOf(findings)).toEqual(['dutyEmpty']);
  });
});

describe('work requirements of a duty', () => {
  it('needs a frequency (频次)', () => {
    const findings = check(
      role({ duties: [duty('审核月度工资表', { weight: 100, frequency: null })] }),
    );
    expect(findings).toEqual([
      {
        roleId: 1,
        rule: 'dutyNoFrequency',
        severity: 'error',
        target: { kind: 'duty', index: 0, field: 'frequency' },
        params: {},
      },
    ]);
  });

  it('needs a standard or output (工作标准)', () => {
    const findings = check(
      role({
        duties: [duty('Review payroll', { weight: 100 }), duty('Approve leave', { standard: ' ' })],
      }),
    );
    expect(only(findings, 'dutyNoStandard').map((f) => f.target)).toEqual([
      { kind: 'duty', index: 1, field: 'standard' },
    ]);
  });
});

describe('duty weights (权重)', () => {
  const withWeights = (weights: (number | null)[]) =>
    role({ duties: weights.map((weight, i) => duty(`审核第 ${i + 1} 类报表`, { weight })) });

  it.each<[(number | null)[], RuleId[], Record<string, number>]>([
    [[50, 30, 20], [], {}],
    [[0, 100], [], {}],
    // One decimal place: tenths add up exactly, not to 99.99999999999999.
    [[0.1, 64.1, 35.8], [], {}],
    [[12.5, 87.4], ['weightsTotal'], { total: 99.9 }],
    [[50, 30, 30], ['weightsTotal'], { total: 110 }],
    [[50, 30], ['weightsTotal'], { total: 80 }],
    [[50, null, 20], ['weightsTotal'], { total: 70 }],
    [[null, null], ['weightsMissing'], { missing: 2, duties: 2 }],
    [[60, 40, null], ['weightsMissing'], { missing: 1, duties: 3 }],
  ])('%j gives %j', (weights, rules, params) => {
    const findings = check(withWeights(weights));
    expect(rulesOf(findings)).toEqual(rules);
    if (rules.length > 0) {
      expect(findings[0]?.params).toEqual(params);
      expect(findings[0]?.target).toEqual({ kind: 'duties' });
    }
  });

  it('calls a wrong total an error and missing weights a warning', () => {
    expect(RULE_SEVERITY.weightsTotal).toBe('error');
    expect(RULE_SEVERITY.weightsMissing).toBe('warning');
  });
});

describe('required sections', () => {
  const blank = (fields: (keyof RoleDetails)[]) =>
    Object.fromEntries(fields.map((f) => [f, f === 'kpis' ? [] : '  '])) as Partial<RoleDetails>;
  const missingIn = (subject: Role) =>
    check(subject)
      .filter((f) => f.target.kind === 'field' || f.rule === 'dutiesMissing')
      .map((f) => [f.rule, f.target]);

  it('requires title, purpose and one duty in every template', () => {
    for (const template of ['zh', 'en'] as const) {
      const subject = role({ title: ' ', purpose: '', duties: [] }, template);
      expect(missingIn(subject)).toEqual([
        ['titleMissing', { kind: 'field', field: 'title' }],
        ['purposeMissing', { kind: 'field', field: 'purpose' }],
        ['dutiesMissing', { kind: 'duties' }],
      ]);
    }
  });

  it('requires 工作权限, 学历, 经验 and 考核指标 in the Chinese template', () => {
    const base = role();
    const subject = {
      ...base,
      details: { ...base.details, ...blank(['authority', 'education', 'experience', 'kpis']) },
    };
    expect(missingIn(subject)).toEqual([
      ['authorityMissing', { kind: 'field', field: 'authority' }],
      ['educationMissing', { kind: 'field', field: 'education' }],
      ['experienceMissing', { kind: 'field', field: 'experience' }],
      ['kpisMissing', { kind: 'field', field: 'kpis' }],
    ]);
  });

  it('does not count a KPI without a name', () => {
    const base = role();
    const kpis = [{ name: ' ', target: '95%', period: null }];
    expect(rulesOf(check({ ...base, details: { ...base.details, kpis } }))).toEqual([
      'kpisMissing',
    ]);
  });

  it('requires education, experience and work conditions in the English template', () => {
    const base = role({}, 'en');
    const subject = {
      ...base,
      details: { ...base.details, ...blank(['education', 'experience', 'workConditions']) },
    };
    expect(missingIn(subject)).toEqual([
      ['educationMissing', { kind: 'field', field: 'education' }],
      ['experienceMissing', { kind: 'field', field: 'experience' }],
      ['workConditionsMissing', { kind: 'field', field: 'workConditions' }],
    ]);
  });

  it('does not require the other template’s sections', () => {
    const zh = role();
    const en = role({}, 'en');
    expect(check({ ...zh, details: { ...zh.details, workConditions: '' } })).toEqual([]);
    expect(check({ ...en, details: { ...en.details, authority: '', kpis: [] } })).toEqual([]);
    expect(check({ ...en, details: { ...en.details, supervisoryResponsibilities: '' } })).toEqual(
      [],
    );
  });
});

describe('too many duties', () => {
  const withDuties = (count: number) =>
    role({
      duties: Array.from({ length: count }, (_, i) =>
        duty(`审核第 ${i + 1} 类报表`, { weight: i === 0 ? 100 - (count - 1) : 1 }),
      ),
    });

  it('allows 12 duties', () => {
    expect(check(withDuties(12))).toEqual([]);
  });

  it('warns from 13 on', () => {
    const findings = check(withDuties(13));
    expect(findings).toEqual([
      {
        roleId: 1,
        rule: 'tooManyDuties',
        severity: 'warning',
        target: { kind: 'duties' },
        params: { count: 13, max: 12 },
      },
    ]);
  });
});

describe('duplicate duties across roles', () => {
  const withDuty = (id: number, text: string) =>
    role({ id, duties: [duty(text, { weight: 100 })] });

  it('normalises whitespace, case and trailing punctuation', () => {
    expect(normaliseDutyText('  Review   payroll.  ')).toBe('review payroll');
    expect(normaliseDutyText('审核月度工资表。')).toBe('审核月度工资表');
    expect(normaliseDutyText('审核月度工资表；')).toBe('审核月度工资表');
    expect(normaliseDutyText('Review payroll;')).toBe('review payroll');
  });

  it('warns on every role that shares a duty, with the count of the others', () => {
    const findings = checkLibrary([
      withDuty(1, '审核月度工资表'),
      withDuty(2, ' 审核月度工资表。'),
      withDuty(3, '审核月度工资表；'),
      withDuty(4, '编制月度工资表'),
    ]);
    expect(findings.map((f) => [f.roleId, f.rule, f.params])).toEqual([
      [1, 'dutyDuplicate', { others: 2 }],
      [2, 'dutyDuplicate', { others: 2 }],
      [3, 'dutyDuplicate', { others: 2 }],
    ]);
    expect(findings[0]?.target).toEqual({ kind: 'duty', index: 0, field: 'text' });
  });

  it('is case-insensitive in English', () => {
    const findings = checkLibrary([withDuty(1, 'Review Payroll'), withDuty(2, 'review payroll.')]);
    expect(rulesOf(findings)).toEqual(['dutyDuplicate', 'dutyDuplicate']);
  });

  it('does not count a duty repeated within one role', () => {
    const subject = role({
      duties: [duty('审核月度工资表', { weight: 50 }), duty('审核月度工资表', { weight: 50 })],
    });
    expect(checkLibrary([subject])).toEqual([]);
  });

  it('does not count a draft against its own saved version', () => {
    const saved = withDuty(1, '审核月度工资表');
    const draft = withDuty(1, '审核月度工资表。');
    expect(checkRole(draft, buildLibraryIndex([saved]))).toEqual([]);
    const other = withDuty(2, '审核月度工资表');
    expect(rulesOf(checkRole(draft, buildLibraryIndex([saved, other])))).toEqual(['dutyDuplicate']);
  });
});

describe('the same competencies on many roles (千岗一面)', () => {
  const withCompetencies = (id: number, ids: number[]) =>
    role({
      id,
      duties: [duty(`审核第 ${id} 类报表`, { weight: 100 })],
      competencies: ids.map((competencyId) => ({ competencyId, requiredLevel: 3, importance: 1 })),
    });

  it('warns when 3 roles share the exact set, in any order', () => {
    const findings = checkLibrary([
      withCompetencies(1, [1, 2, 3]),
      withCompetencies(2, [3, 1, 2]),
      withCompetencies(3, [2, 3, 1]),
      withCompetencies(4, [1, 2, 3, 4]),
    ]);
    expect(findings.map((f) => [f.roleId, f.rule, f.params, f.target])).toEqual([
      [1, 'sameCompetencies', { count: 3 }, { kind: 'competencies' }],
      [2, 'sameCompetencies', { count: 3 }, { kind: 'competencies' }],
      [3, 'sameCompetencies', { count: 3 }, { kind: 'competencies' }],
    ]);
  });

  it('does not warn for two roles', () => {
    expect(checkLibrary([withCompetencies(1, [1, 2, 3]), withCompetencies(2, [1, 2, 3])])).toEqual(
      [],
    );
  });

  it('does not warn for sets of fewer than 3 competencies', () => {
    const roles = [1, 2, 3, 4].map((id) => withCompetencies(id, [1, 2]));
    expect(checkLibrary(roles)).toEqual([]);
  });

  it('counts a draft once against its saved version', () => {
    const saved = [1, 2, 3].map((id) => withCompetencies(id, [1, 2, 3]));
    const findings = checkRole(withCompetencies(1, [3, 2, 1]), buildLibraryIndex(saved));
    expect(findings.map((f) => f.params)).toEqual([{ count: 3 }]);
  });
});

describe('checkLibrary', () => {
  it('checks a 10,000-role library, finding only what is wrong (speed: npm run bench)', () => {
    const roles = Array.from({ length: 10_000 }, (_, r) =>
      role({
        id: r + 1,
        duties: Array.from({ length: 10 }, (_, d) =>
          duty(`审核第 ${(r * 10 + d) % 30_000} 类报表`, { weight: 10 }),
        ),
      }),
    );
    const findings = checkLibrary(roles);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.rule === 'dutyDuplicate')).toBe(true);
  });
});

describe('check messages', () => {
  it('have a title, reason and fix for every rule in both languages', () => {
    for (const messages of Object.values(checksMessages)) {
      expect(Object.keys(messages).sort()).toEqual([...RULE_IDS].sort());
      for (const rule of RULE_IDS) {
        expect(messages[rule].title).not.toBe('');
        expect(messages[rule].reason).not.toBe('');
        expect(messages[rule].fix).not.toBe('');
      }
    }
  });

  it('only interpolate params the rule provides', () => {
    const params: Record<RuleId, string[]> = {
      ...(Object.fromEntries(RULE_IDS.map((rule) => [rule, []])) as unknown as Record<
        RuleId,
        string[]
      >),
      dutyWeakVerb: ['phrase'],
      dutyDuplicate: ['others'],
      weightsTotal: ['total'],
      weightsMissing: ['missing', 'duties'],
      tooManyDuties: ['count', 'max'],
      sameCompetencies: ['count'],
    };
    for (const messages of Object.values(checksMessages)) {
      for (const rule of RULE_IDS) {
        const text = `${messages[rule].reason} ${messages[rule].fix}`;
        const used = [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]);
        for (const name of used) expect(params[rule]).toContain(name);
      }
    }
  });

  it('use the method’s Chinese terms', () => {
    const zh = JSON.stringify(checksMessages['zh-CN']);
    for (const term of [
      '职责描述',
      '频次',
      '工作标准',
      '权重',
      '千岗一面',
      '岗位目的',
      '工作权限',
      '任职资格',
      '考核指标',
    ]) {
      expect(zh).toContain(term);
    }
  });
});
