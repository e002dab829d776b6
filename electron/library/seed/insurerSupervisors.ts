import {
  INSURER_ROLE_CODES as CODES,
  ZH_LOCATION,
  type InsurerDepartmentKey,
} from './insurerCommon';
import type { SampleRole } from './sampleRole';

/*
 * The supervisors of the insurer's as-is process, one for each of its three 主管 approvals
 * (underwriting, pricing, issuing): they are the R and A of those steps, so the RACI rules see
 * the approver as the Accountable, and the analysis prices the approvals at a supervisor's
 * rate. Their descriptions are of the jobs as they were, before the redesign.
 */

type Role = SampleRole<InsurerDepartmentKey>;

const UNDERWRITING_SUPERVISOR: Role = {
  code: CODES.underwritingSupervisor,
  title: '核保主管',
  department: 'underwriting',
  reportsTo: CODES.newBusinessManager,
  headcount: 1,
  grade: 'M1',
  template: 'zh',
  purpose:
    '审批核保员作出的核保结论，控制核保标准的统一和承保风险，组织核保部按时处理待办卷宗，带领核保员提升专业能力。',
  duties: [
    [
      '审批核保员的核保结论，对加费、除外和拒保结论签字',
      'manage',
      35,
      'daily',
      '当天到件当天审批；不同意的写明理由退回重新评估',
      '审批改判后理赔争议 0 件',
    ],
    [
      '调度核保待办队列，督促超时卷宗的办理',
      'manage',
      20,
      'daily',
      '每天上午检查待办清单，超过 3 个工作日的卷宗当天过问',
      '超时卷宗 ≤ 5%',
    ],
    [
      '组织核保案例讨论，统一疑难风险的评点尺度',
      'manage',
      15,
      'weekly',
      '每周一次，讨论结论记入案例集',
      '同类案件评点偏差 ≤ 10%',
    ],
    [
      '培养核保员，考核其授权限额内的核保质量',
      'manage',
      15,
      'monthly',
      '每月抽查每名核保员 10 件结论并面谈反馈',
      '核保员抽查合格率 ≥ 95%',
    ],
    [
      '参与核保规则和授权制度的修订',
      'participate',
      15,
      'yearly',
      '每年提出修订意见，附理赔数据分析',
      '修订意见被采纳 ≥ 2 项 / 年',
    ],
  ],
  details: {
    location: ZH_LOCATION,
    monthlyWage: 16000,
    directReports: '核保员',
    authority: '核保结论的最终审批权；授权限额内的拒保和加费决定权；核保员的工作分派权。',
    relationsInternal: '新契约部经理；核保员；信用审查部；定价部',
    relationsExternal: '再保险公司；体检机构',
    education: '本科及以上学历',
    major: '临床医学、保险或精算',
    experience: '6 年以上寿险核保经验，其中 2 年以上带领团队',
    knowledge: '核保医学和财务核保；再保险自留额规定；《保险法》',
    skills: '高级核保人资格；熟练使用核保系统',
    training: '每年：核保医学、再保险和管理能力培训不少于 40 学时',
    workConditions: '办公室环境；审批高峰期需加班',
    kpis: [
      ['核保待办超时卷宗占比', '≤ 5%', 'monthly'],
      ['核保员抽查合格率', '≥ 95%', 'quarterly'],
    ],
    careerPath: '核保主管 → 核保经理 → 新契约部经理',
  },
  competencies: [
    ['Analytical Judgement', 4, 5],
    ['Decision Making', 3, 5],
    ['Coaching & Developing Others', 3, 4],
    ['Integrity', 3, 4],
    ['Leadership', 2, 3],
  ],
};

const RATING_SUPERVISOR: Role = {
  code: CODES.ratingSupervisor,
  title: '定价主管',
  department: 'rating',
  reportsTo: CODES.newBusinessManager,
  headcount: 1,
  grade: 'M1',
  template: 'zh',
  purpose:
    '复算并审批定价员计算的保费，保证保费准确、符合报备的费率，组织定价部按时处理卷宗，与精算部协调费率表的更新。',
  duties: [
    [
      '复核定价员计算的保费并签字批准',
      'manage',
      40,
      'daily',
      '逐件复算，当天到件当天签批；差错退回并记录原因',
      '签批后保费差错 0 件',
    ],
    [
      '安排定价部的每日工作量，跟踪卷宗的办理时限',
      'manage',
      20,
      'daily',
      '每天收工前检查在办卷宗，积压超过 2 天的调配人手',
      '定价环节平均办理时间 ≤ 2 个工作日',
    ],
    [
      '协调精算部发布的费率更新，组织定价员培训新费率',
      'manage',
      15,
      'asNeeded',
      '新费率生效前完成培训和试算',
      '费率切换差错 0 次',
    ],
    [
      '分析定价差错和退回原因，提出改进措施',
      'manage',
      15,
      'monthly',
      '每月 5 日前出具分析，附改进计划',
      '复核退回率逐季下降',
    ],
    [
      '参与新产品上线前的定价系统测试',
      'participate',
      10,
      'asNeeded',
      '上线前完成测试案例并签署测试报告',
      '上线后定价缺陷 0 个',
    ],
  ],
  details: {
    location: ZH_LOCATION,
    monthlyWage: 15000,
    directReports: '定价员',
    // No clause for 审批保费, though the map has the supervisor approve it: rule J5's case.
    authority: '对费率适用有疑问的卷宗的暂停权；定价员的工作分派权。',
    relationsInternal: '新契约部经理；定价员；核保部；精算部；出单部',
    relationsExternal: '无',
    education: '本科及以上学历',
    major: '精算、数学或保险',
    experience: '5 年以上保险定价或精算经验，其中 1 年以上带领团队',
    knowledge: '寿险定价原理；费率报备要求；定价系统规则',
    skills: '熟练使用定价系统和数据分析工具',
    training: '每年：精算和新产品培训不少于 24 学时',
    workConditions: '办公室环境；月末和新产品上线前工作量大',
    kpis: [
      ['签批后保费差错件数', '0 件', 'monthly'],
      ['定价环节平均办理时间', '≤ 2 个工作日', 'monthly'],
    ],
    careerPath: '定价主管 → 精算经理',
  },
  competencies: [
    ['Data Analysis', 3, 5],
    ['Quality Mindset', 3, 4],
    ['Planning & Organising', 3, 4],
    ['Attention to Detail', 3, 4],
    ['Leadership', 2, 3],
  ],
};

const ISSUE_SUPERVISOR: Role = {
  code: CODES.issueSupervisor,
  title: '出单主管',
  department: 'issuance',
  reportsTo: CODES.newBusinessManager,
  headcount: 1,
  grade: 'M1',
  template: 'zh',
  purpose:
    '审批签发每份保单并加盖签章，保证寄出的保单内容准确、手续完备，组织出单部按时出单和寄送，管理保单印刷品和印章。',
  duties: [
    [
      '审批签发保单并加盖保单签章，使保单生效',
      'manage',
      35,
      'daily',
      '核对出单员的核对单后签章；当天到件当天签发',
      '签发后错单 0 件',
    ],
    [
      '管理保单印章和空白保单印刷品的领用',
      'manage',
      20,
      'daily',
      '印章专人保管，印刷品领用逐份登记，每月盘点',
      '印刷品盘点差异 0 份',
    ],
    [
      '调度出单部的工作，监控出单和寄送时限',
      'manage',
      20,
      'daily',
      '每天检查待出单清单，超时卷宗当天处理',
      '出单环节平均办理时间 ≤ 1 个工作日',
    ],
    [
      '处理客户对保单内容的投诉和更正申请',
      'manage',
      15,
      'asNeeded',
      '投诉 1 个工作日内答复，更正 2 个工作日内办结',
      '保单内容投诉 ≤ 1 件 / 千件',
    ],
    [
      '参与出单规范和条款版本的更新',
      'participate',
      10,
      'quarterly',
      '每季度核对条款版本，规范更新后当周培训出单员',
      '使用过期条款 0 次',
    ],
  ],
  details: {
    location: ZH_LOCATION,
    monthlyWage: 13000,
    directReports: '出单员',
    authority: '保单签发权；保单印章的保管和使用权；对不合规卷宗的拒签权。',
    relationsInternal: '新契约部经理；出单员；定价部；客户服务部',
    relationsExternal: '印刷厂；邮政和快递公司',
    education: '本科及以上学历',
    major: '保险、法律或工商管理',
    experience: '4 年以上保险出单或运营管理经验',
    knowledge: '保单要素和签发规定；印章管理制度；《保险法》对保险合同的要求',
    skills: '熟练使用出单系统；文书审核能力',
    training: '每年：运营管理和合规培训不少于 24 学时',
    workConditions: '办公室环境；保管印章，须遵守用印制度',
    kpis: [
      ['签发后错单件数', '0 件', 'monthly'],
      ['出单环节平均办理时间', '≤ 1 个工作日', 'monthly'],
    ],
    careerPath: '出单主管 → 运营经理',
  },
  competencies: [
    ['Accountability', 3, 5],
    ['Integrity', 3, 5],
    ['Planning & Organising', 2, 4],
    ['Communication & Coordination', 2, 3],
  ],
};

/** Created before the clerks who report to them. */
export const INSURER_SUPERVISORS: readonly Role[] = [
  UNDERWRITING_SUPERVISOR,
  RATING_SUPERVISOR,
  ISSUE_SUPERVISOR,
];
