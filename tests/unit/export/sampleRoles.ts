import type { Competency, Duty, Role } from '../../../shared/domain';
import { emptyRoleDetails, type RoleDetails } from '../../../shared/roleDetails';
import type { RoleExportContext } from '../../../electron/export/roleDocument';

/*
 * Realistic roles for the export tests and the export benchmark: a Chinese 人力资源经理 with
 * every section filled in, an English HR Manager job description, and a generator of many
 * roles for handbooks.
 */

export const EXPORTED_AT = new Date('2024-06-18T09:30:00');

export const DICTIONARY: Competency[] = [
  {
    id: 1,
    editVersion: 0,
    kind: 'ability',
    nameZh: '沟通协调',
    nameEn: 'Communication',
    descriptionZh: '',
    descriptionEn: '',
    levels: [
      { level: 1, indicatorZh: '能清楚表达自己的意见', indicatorEn: '' },
      { level: 2, indicatorZh: '能倾听并准确理解他人意见', indicatorEn: '' },
      { level: 3, indicatorZh: '能协调跨部门分歧，推动达成一致', indicatorEn: '' },
      { level: 4, indicatorZh: '能在复杂利益关系中建立共识', indicatorEn: '' },
    ],
  },
  {
    id: 2,
    editVersion: 0,
    kind: 'knowledge',
    nameZh: '劳动法规',
    nameEn: 'Employment law',
    descriptionZh: '',
    descriptionEn: '',
    levels: [
      { level: 1, indicatorZh: '了解劳动合同法基本条款', indicatorEn: '' },
      { level: 2, indicatorZh: '能运用劳动法规处理常见劳动关系问题', indicatorEn: '' },
      { level: 3, indicatorZh: '能识别并防范用工风险，处理劳动争议', indicatorEn: '' },
    ],
  },
  {
    id: 3,
    editVersion: 0,
    kind: 'skill',
    nameZh: '数据分析',
    nameEn: 'Data analysis',
    descriptionZh: '',
    descriptionEn: '',
    levels: [
      { level: 1, indicatorZh: '', indicatorEn: 'Builds simple reports from HR data' },
      {
        level: 2,
        indicatorZh: '',
        indicatorEn: 'Analyses turnover and cost trends and explains their causes',
      },
      {
        level: 3,
        indicatorZh: '',
        indicatorEn: 'Designs HR dashboards that drive management decisions',
      },
    ],
  },
];

export function duty(id: number, fields: Partial<Duty> & { text: string }): Duty {
  return {
    id,
    category: 'manage',
    weight: null,
    frequency: null,
    standard: '',
    kpi: '',
    source: 'typed',
    steps: [],
    notProcessWork: false,
    minutesPerOccurrence: null,
    occurrencesPerYear: null,
    partnerRoleIds: [],
    ...fields,
  };
}

const ZH_DUTIES: Duty[] = [
  duty(1, {
    text: '制定公司年度人力资源规划，报总经理审批后组织实施',
    category: 'manage',
    weight: 20,
    frequency: 'yearly',
    standard: '每年 12 月底前提交年度规划，经审批后分解到季度',
    kpi: '规划按时完成率 100%',
  }),
  duty(2, {
    text: '组织招聘与配置，审核各部门用人需求，确保关键岗位及时到岗',
    category: 'execute',
    weight: 25,
    frequency: 'weekly',
    standard: '需求确认后 30 天内到岗；录用审批手续完整',
    kpi: '关键岗位到岗及时率 ≥ 90%',
  }),
  duty(3, {
    text: '监控薪酬福利的核算与发放，确认社保公积金缴纳准确',
    category: 'manage',
    weight: 20,
    frequency: 'monthly',
    standard: '每月 5 日前完成核算，差错为零',
    kpi: '薪酬核算差错 0 次',
  }),
  duty(4, {
    text: '指导各部门开展绩效考核，分析考核结果并提出改进建议',
    category: 'execute',
    weight: 15,
    frequency: 'quarterly',
    standard: '季度结束后 10 个工作日内出具绩效分析报告',
    kpi: '考核按时完成率 ≥ 95%',
  }),
  duty(5, {
    text: '参与公司组织架构调整与岗位体系优化',
    category: 'participate',
    weight: 10,
    frequency: 'asNeeded',
    standard: '提出岗位设置与职责分配方案',
    kpi: '',
  }),
  duty(6, {
    text: '协助处理劳动关系事务与劳动争议',
    category: 'assist',
    weight: 10,
    frequency: 'asNeeded',
    standard: '争议发生后 3 个工作日内提出处理意见',
    kpi: '劳动争议败诉 0 起',
  }),
];

const ZH_DETAILS: RoleDetails = {
  ...emptyRoleDetails(),
  location: '上海总部',
  directReports: '招聘专员 2 人',
  authority:
    '对部门内人员招聘有初审权\n对薪酬调整方案有建议权\n对本部门费用有审批权（5,000 元以内）',
  relationsInternal: '总经理、各部门负责人、财务部',
  relationsExternal: '人才服务机构、社保中心、劳动仲裁部门',
  education: '本科及以上',
  major: '人力资源管理、工商管理等相关专业',
  experience: '5 年以上人力资源管理工作经验，其中 2 年以上同等职位经验',
  knowledge: '熟悉劳动合同法、社会保险法等法规；掌握现代人力资源管理理论',
  skills: '熟练使用办公软件及人力资源信息系统；持有人力资源管理师证书者优先',
  training: '入职培训、劳动法规年度更新培训、管理技能培训',
  workConditions: '办公室环境，偶尔出差',
  kpis: [
    { name: '关键岗位到岗及时率', target: '≥ 90%', period: 'quarterly' },
    { name: '员工主动离职率', target: '≤ 8%', period: 'yearly' },
    { name: '薪酬核算差错', target: '0 次', period: 'monthly' },
  ],
  careerPath: '人力资源经理 → 人力资源总监 → 行政人事副总',
};

export function zhRole(overrides: Partial<Role> = {}): Role {
  return {
    id: 1,
    key: 'role-hr-manager',
    title: '人力资源经理',
    code: 'HR-001',
    departmentId: 1,
    reportsToId: 2,
    headcount: 1,
    grade: 'M3',
    purpose: '建立和完善公司人力资源管理体系，为公司发展提供人才保障，做到适才适所。',
    template: 'zh',
    status: 'approved',
    version: 3,
    editVersion: 5,
    duties: ZH_DUTIES,
    details: ZH_DETAILS,
    competencies: [
      { competencyId: 1, requiredLevel: 3, importance: 5 },
      { competencyId: 2, requiredLevel: 2, importance: 4 },
      { competencyId: 3, requiredLevel: 2, importance: 3 },
    ],
    createdAt: '2024-01-08T02:00:00.000Z',
    updatedAt: '2024-05-20T06:30:00.000Z',
    ...overrides,
  };
}

export function zhContext(overrides: Partial<RoleExportContext> = {}): RoleExportContext {
  return {
    role: zhRole(),
    departmentName: '人力资源部',
    managerTitle: '总经理',
    subordinateTitles: ['招聘专员', '薪酬专员'],
    competencies: DICTIONARY,
    template: 'zh',
    exportedAt: EXPORTED_AT,
    ...overrides,
  };
}

const EN_DUTIES: Duty[] = [
  duty(1, {
    text: 'Recruit and place staff for all departments, confirming each hiring request',
    category: 'execute',
    weight: 25,
    frequency: 'weekly',
    standard: 'Key positions filled within 30 days of approval',
  }),
  duty(2, {
    text: 'Formulate the annual workforce plan and monitor its execution',
    category: 'manage',
    weight: 35,
    frequency: 'yearly',
    standard: 'Plan approved by December 31',
  }),
  duty(3, {
    text: 'Analyse payroll and benefits accuracy each month',
    category: 'manage',
    weight: 30,
    frequency: 'monthly',
    standard: 'Zero payroll errors',
  }),
  duty(4, {
    text: 'Assist managers with employee relations cases',
    category: 'assist',
    weight: 10,
    frequency: 'asNeeded',
    standard: 'Written recommendation within 3 working days',
  }),
];

export function enContext(overrides: Partial<RoleExportContext> = {}): RoleExportContext {
  return {
    role: {
      ...zhRole(),
      id: 7,
      title: 'HR Manager',
      code: 'HR-100',
      grade: 'G7',
      purpose:
        'Leads the human resources function so the company hires, pays and develops the right people for each role.',
      template: 'en',
      duties: EN_DUTIES,
      details: {
        ...emptyRoleDetails(),
        location: 'Chicago, IL',
        flsaStatus: 'exempt',
        payRange: '$85,000 – $110,000',
        education: "Bachelor's degree",
        major: 'Human resources or business administration',
        experience: 'Five years in HR, two of them managing a team',
        knowledge: 'Federal and state employment law; HRIS',
        skills: 'SHRM-CP or PHR preferred',
        preferredQualifications: "Master's degree in human resources",
        supervisoryResponsibilities: 'Supervises two HR generalists.',
        workConditions: 'Office environment; occasionally lifts up to 10 kg.',
        travel: 'Up to 10% regional travel.',
        disclaimer:
          'This description is not an exhaustive list of duties; duties may change at any time.',
      },
      competencies: [
        { competencyId: 3, requiredLevel: 3, importance: 5 },
        { competencyId: 1, requiredLevel: 2, importance: 4 },
      ],
    },
    departmentName: 'Human Resources',
    managerTitle: 'Chief Operating Officer',
    subordinateTitles: ['HR Generalist'],
    competencies: DICTIONARY,
    template: 'en',
    exportedAt: EXPORTED_AT,
    ...overrides,
  };
}

/** `count` roles for a handbook, alternating the samples with distinct titles and codes. */
export function manyContexts(count: number, template: 'zh' | 'en' = 'zh'): RoleExportContext[] {
  const base = template === 'zh' ? zhContext() : enContext();
  const mark = (n: number) => (template === 'zh' ? `（${n}）` : ` (${n})`);
  return Array.from({ length: count }, (_, i) => ({
    ...base,
    role: {
      ...base.role,
      id: i + 1,
      title: `${base.role.title} ${i + 1}`,
      code: `R-${String(i + 1).padStart(4, '0')}`,
      duties: base.role.duties.map((d) => ({ ...d, text: `${d.text}${mark(i + 1)}` })),
    },
  }));
}
