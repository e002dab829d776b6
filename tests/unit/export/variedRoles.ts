import type { Duty } from '../../../shared/domain';
import type { RoleExportContext } from '../../../electron/export/roleDocument';
import { duty, enContext, zhContext, zhRole } from './sampleRoles';

/*
 * Roles of many shapes for the page-plan checks: the samples, eight-duty roles with
 * sample-like texts in both languages and both Chinese layouts, empty and overlong ones,
 * and the English table at about 71 % of a page that the old estimate split.
 */

const ZH_DUTY_TEXTS = [
  [
    '制定公司年度人力资源规划，报总经理审批后组织实施',
    '每年 12 月底前提交年度规划，经审批后分解到季度',
  ],
  [
    '组织招聘与配置，审核各部门用人需求，确保关键岗位及时到岗',
    '需求确认后 30 天内到岗；录用审批手续完整',
  ],
  ['监控薪酬福利的核算与发放，确认社保公积金缴纳准确', '每月 5 日前完成核算，差错为零'],
  [
    '指导各部门开展绩效考核，分析考核结果并提出改进建议',
    '季度结束后 10 个工作日内出具绩效分析报告',
  ],
  ['参与公司组织架构调整与岗位体系优化', '提出岗位设置与职责分配方案'],
  ['协助处理劳动关系事务与劳动争议', '争议发生后 3 个工作日内提出处理意见'],
  ['组织编制年度培训计划，评估培训效果并持续改进', '培训计划覆盖率 100%，满意度不低于 85%'],
  ['维护人力资源信息系统，确保员工档案完整准确', '信息变更 2 个工作日内更新，档案抽查差错为零'],
] as const;

const EN_DUTY_TEXTS = [
  [
    'Recruit and place staff for all departments, confirming each hiring request with the budget owner',
    'Key positions filled within 30 days of approval',
  ],
  [
    'Formulate the annual workforce plan and monitor its execution across the business units',
    'Plan approved by December 31 and reviewed each quarter',
  ],
  [
    'Analyse payroll and benefits accuracy each month and correct the causes of any error',
    'Zero payroll errors; corrections within two working days',
  ],
  [
    'Coach managers through the performance review cycle and calibrate ratings across teams',
    'Reviews completed on time for 95% of employees',
  ],
  [
    'Assist managers with employee relations cases, investigations and disciplinary hearings',
    'Written recommendation within 3 working days',
  ],
  [
    'Maintain the HR information system so that records, reports and dashboards are accurate',
    'Audit finds no record older than two working days',
  ],
  [
    'Design and deliver onboarding so that new starters are productive within their first month',
    'Satisfaction of new starters at least 85%',
  ],
  [
    'Review job descriptions with line managers and keep the grading structure consistent',
    'Every description reviewed at least once a year',
  ],
] as const;

const FREQUENCIES: Duty['frequency'][] = ['yearly', 'weekly', 'monthly', 'quarterly', 'asNeeded'];

function duties(texts: readonly (readonly [string, string])[], count: number, repeat = 1): Duty[] {
  return Array.from({ length: count }, (_, i) => {
    const [text, standard] = texts[i % texts.length] ?? ['', ''];
    return duty(i + 1, {
      text: Array.from({ length: repeat }, () => text).join(' '),
      standard,
      weight: i < count - 1 ? Math.floor(100 / count) : 100 - Math.floor(100 / count) * (count - 1),
      frequency: FREQUENCIES[i % FREQUENCIES.length] ?? null,
      kpi: i % 2 === 0 ? '按时完成率 ≥ 95%' : '',
    });
  });
}

export function zhEightDuties(layout: 'form' | 'sectioned' = 'form'): RoleExportContext {
  return zhContext({ layout, role: zhRole({ duties: duties(ZH_DUTY_TEXTS, 8) }) });
}

export function enEightDuties(): RoleExportContext {
  const base = enContext();
  return { ...base, role: { ...base.role, duties: duties(EN_DUTY_TEXTS, 8) } };
}

/** An English duty table (Latin text) of about 71 % of a page: it must stay whole. */
export function enLargeTable(): RoleExportContext {
  const base = enContext();
  return { ...base, role: { ...base.role, duties: duties(EN_DUTY_TEXTS, 12) } };
}

export function variedContexts(): [string, RoleExportContext][] {
  const zh = zhContext();
  const en = enContext();
  const empty = zhRole({
    purpose: '',
    duties: [],
    competencies: [],
    details: { ...zh.role.details, kpis: [], authority: '', careerPath: '' },
  });
  return [
    ['zh sample, form', zh],
    ['zh sample, sectioned', zhContext({ layout: 'sectioned' })],
    ['en sample', en],
    ['zh 8 duties, form', zhEightDuties('form')],
    ['zh 8 duties, sectioned', zhEightDuties('sectioned')],
    ['en 8 duties', enEightDuties()],
    ['en table at ~71 % of a page', enLargeTable()],
    ['zh 14 duties, form', zhContext({ role: zhRole({ duties: duties(ZH_DUTY_TEXTS, 14) }) })],
    ['zh 40 duties, form', zhContext({ role: zhRole({ duties: duties(ZH_DUTY_TEXTS, 40, 2) }) })],
    [
      'zh 40 duties, sectioned',
      zhContext({ layout: 'sectioned', role: zhRole({ duties: duties(ZH_DUTY_TEXTS, 40) }) }),
    ],
    ['en 30 duties', { ...en, role: { ...en.role, duties: duties(EN_DUTY_TEXTS, 30, 2) } }],
    ['zh almost empty, form', zhContext({ role: empty })],
    [
      'zh 3 long duties, form',
      zhContext({ role: zhRole({ duties: duties(ZH_DUTY_TEXTS, 3, 6) }) }),
    ],
  ];
}
