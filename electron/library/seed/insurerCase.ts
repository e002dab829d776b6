import { INSURER_CLERKS } from './insurerClerks';
import { INSURER_ROLE_CODES, ZH_LOCATION, type InsurerDepartmentKey } from './insurerCommon';
import { INSURER_SUPERVISORS } from './insurerSupervisors';
import type { SampleDepartment, SampleRole } from './sampleRole';

export { INSURER_ROLE_CODES, type InsurerDepartmentKey } from './insurerCommon';

/*
 * The insurer of DOMAIN.md's classic re-engineering case, added to the sample library so the
 * process analysis has its textbook example to show: policy issuing passed through five
 * departments and took days for 17 minutes of real work, until one case manager (专案经理),
 * backed by a shared system, did the whole process. The departments are the five the file
 * travelled through. The roles are those the redesign story needs — the process owner, the
 * case manager, and the underwriter the case manager consults on hard cases — and the clerks
 * and supervisors who did the as-is work (insurerClerks.ts, insurerSupervisors.ts), so that
 * both processes have a cost per case. Each has a wage, and each is written to pass the
 * position-description checks like every complete sample role.
 */

export const INSURER_DEPARTMENTS: readonly SampleDepartment<InsurerDepartmentKey>[] = [
  { key: 'insurance', name: '保险业务示例 / Insurance case', parent: null },
  { key: 'customerService', name: '客户服务部 / Customer Service', parent: 'insurance' },
  { key: 'credit', name: '信用审查部 / Credit Review', parent: 'insurance' },
  { key: 'underwriting', name: '核保部 / Underwriting', parent: 'insurance' },
  { key: 'rating', name: '定价部 / Rating & Pricing', parent: 'insurance' },
  { key: 'issuance', name: '出单部 / Policy Issuance', parent: 'insurance' },
];

const EN_LOCATION = 'New-business centre, Pudong, Shanghai (insurance case)';
const EN_DISCLAIMER =
  'This job description lists the essential functions of the position; it is not an exhaustive list of duties. The company may change duties and assignments with reasonable notice, consistent with the employment contract and applicable law.';

const NEW_BUSINESS_MANAGER: SampleRole<InsurerDepartmentKey> = {
  code: INSURER_ROLE_CODES.newBusinessManager,
  title: 'New Business Manager',
  department: 'insurance',
  // The head of the case: the insurer is a separate organisation from the demo manufacturer.
  reportsTo: null,
  headcount: 1,
  grade: 'M3',
  template: 'en',
  purpose:
    'Own the policy-issuing process from application to issued policy: run the five new-business departments as they work today and lead their redesign into case-manager teams, so that routine applications are issued within one working day at the required underwriting quality.',
  duties: [
    [
      'Lead the redesign of policy issuing from five hand-off departments to case-manager teams backed by one shared policy system',
      'manage',
      25,
      'quarterly',
      'Charter, as-is and to-be process maps and a cut-over plan approved by the COO; progress reported monthly against the target of 60% higher efficiency',
      'Cycle time of routine applications ≤ 1 working day',
    ],
    [
      'Monitor the cycle time, work in progress and process cycle efficiency of new-business applications',
      'manage',
      20,
      'weekly',
      'Dashboard by Monday 10:00 listing applications older than 5 days by owner; cycle efficiency (work time ÷ elapsed time) tracked every month',
      'Applications older than 5 days ≤ 5% of work in progress',
    ],
    [
      'Approve underwriting and pricing exceptions beyond the case managers’ authority',
      'manage',
      15,
      'daily',
      'Decided within 4 working hours; every exception recorded with its reason in the policy system',
      'Exceptions decided within 4 hours ≥ 95%',
    ],
    [
      'Develop the underwriting and pricing rules the shared system applies to routine cases, with the underwriters and the actuaries',
      'manage',
      15,
      'quarterly',
      'Rules reviewed every quarter against claims experience; each change tested on a sample of past cases before release',
      'Routine cases decided by the rules ≥ 80%',
    ],
    [
      'Coach case managers through the whole process, from application to issued policy, and certify them before they work alone',
      'manage',
      15,
      'monthly',
      'Each new case manager trained on the work of all five former departments and certified on 20 supervised cases; 10 cases per case manager reviewed each month',
      'Certified case managers 100%',
    ],
    [
      'Review customer complaints about new business and confirm that the corrective actions remove their causes',
      'participate',
      10,
      'monthly',
      'Complaints answered within 2 working days; causes reviewed monthly with Customer Service',
      'New-business complaints per 1,000 policies ≤ 2',
    ],
  ],
  details: {
    location: EN_LOCATION,
    // Yearly cost of the post (pay, bonus, social insurance): the analysis's cost rate.
    annualCost: 520000,
    directReports: 'Case Managers (专案经理), Underwriters (核保员)',
    education:
      "Bachelor's degree in insurance, actuarial science, business administration or a related field",
    experience:
      '8 years in life-insurance operations, including 3 years leading new-business or underwriting teams',
    preferredQualifications:
      'Lean Six Sigma Green Belt; experience of a process re-engineering project; FLMI or an equivalent insurance qualification',
    workConditions:
      'Office environment. Works at a computer most of the day; occasional evening work at month-end and during the system cut-over.',
    travel: 'Under 10%, to branch offices',
    supervisoryResponsibilities:
      'Directly supervises the case managers and underwriters of the new-business centre; hires, trains, appraises and disciplines within the department.',
    otherDuties:
      'Represents new business in product-launch and IT steering meetings; other duties as assigned.',
    disclaimer: EN_DISCLAIMER,
    flsaStatus: 'exempt',
    payRange: 'CNY 25,000–35,000 per month (grade M3)',
    kpis: [
      ['Cycle time of routine applications', '≤ 1 working day', 'monthly'],
      ['Process cycle efficiency', '≥ 5%', 'quarterly'],
      ['New-business complaints per 1,000 policies', '≤ 2', 'quarterly'],
    ],
    careerPath: 'Head of Operations',
  },
  competencies: [
    ['Customer Service Orientation', 3, 5],
    ['Leadership', 3, 5],
    ['Project Management', 3, 4],
    ['Data Analysis', 3, 4],
    ['Decision Making', 3, 4],
  ],
};

const CASE_MANAGER: SampleRole<InsurerDepartmentKey> = {
  code: INSURER_ROLE_CODES.caseManager,
  title: '专案经理',
  department: 'insurance',
  reportsTo: INSURER_ROLE_CODES.newBusinessManager,
  headcount: 6,
  grade: 'P3',
  template: 'zh',
  purpose:
    '作为投保客户的单一联系人，依托共享投保信息系统独自完成从受理投保申请到签发保单的全过程，减少交接、排队和重复录入，使常规保单在一个工作日内签发。',
  duties: [
    [
      '受理客户的投保申请，当场核实资料完整性并在共享系统中一次录入建档',
      'execute',
      20,
      'daily',
      '收件当天建档；缺项当场或 2 小时内一次性告知客户，不分次退件',
      '一次建档完整率 ≥ 95%',
    ],
    [
      '评估投保风险并依据核保规则作出常规件的核保结论',
      'execute',
      25,
      'daily',
      '按《核保手册》和系统规则逐项评估；规则外的疑难风险提请核保员会签，结论和理由记入系统',
      '常规件核保差错率 ≤ 1%',
    ],
    [
      '确认系统计算的保费和保险条款，签发并寄送保单',
      'execute',
      20,
      'daily',
      '常规件自受理起 1 个工作日内签发；保单信息与系统记录自动比对一致后方可打印',
      '常规件 1 个工作日签发率 ≥ 90%',
    ],
    [
      '跟踪名下在办案件的进度，主动答复客户对投保进度的询问',
      'execute',
      15,
      'daily',
      '每日开工和收工前检查在办清单；客户询问当场答复，需核查的 2 小时内回电',
      '客户进度投诉 0 起',
    ],
    [
      '协调体检机构、征信机构和核保员，推动例外案件在时限内办结',
      'participate',
      10,
      'asNeeded',
      '当天发出体检或补充资料通知；超过 3 个工作日未办结的案件上报新契约部经理',
      '例外案件 5 个工作日办结率 ≥ 90%',
    ],
    [
      '分析每月退件、补件和超时案件的原因，提出表单和系统规则的改进建议',
      'participate',
      10,
      'monthly',
      '每月 5 日前提交，按原因分类并附案例；每季度至少提出 1 项可落地的建议',
      '改进建议被采纳 ≥ 4 项 / 年',
    ],
  ],
  details: {
    location: ZH_LOCATION,
    monthlyWage: 12000,
    directReports: '无',
    authority:
      '常规件（保额在授权限额内、风险在核保规则内）的核保决定权和保单签发权；要求客户补充资料和安排体检的权力；对规则外案件提出处理建议的权力。',
    relationsInternal:
      '新契约部经理；核保员（疑难风险会签）；财务部（保费收付）；信息技术部（共享系统）',
    relationsExternal: '投保客户和代理人；体检机构；征信机构',
    education: '本科及以上学历',
    major: '保险、金融、医学或相关专业',
    experience: '3 年以上寿险核保、保全或客户服务经验',
    knowledge: '《保险法》及监管对新契约的要求；核保规则和费率结构；反洗钱和客户身份识别要求',
    skills: '中级核保资格或同等能力证明；熟练使用新契约核心系统和办公软件',
    training:
      '上岗前：受理、信用审查、核保、定价、出单五个环节的轮岗培训和 20 件带教案例认证；每年：核保规则更新培训不少于 24 学时',
    workConditions: '办公室环境；主要通过电话和系统与客户沟通，偶尔陪同客户体检',
    kpis: [
      ['常规件 1 个工作日签发率', '≥ 90%', 'monthly'],
      ['核保差错率', '≤ 1%', 'quarterly'],
      ['投保客户满意度', '≥ 95%', 'quarterly'],
    ],
    careerPath: '专案经理 → 高级专案经理 → 新契约部经理',
  },
  competencies: [
    ['Customer Service Orientation', 4, 5],
    ['Analytical Judgement', 3, 5],
    ['Decision Making', 3, 4],
    ['Communication & Coordination', 3, 4],
    ['Office Software Proficiency', 3, 3],
    ['Accountability', 3, 4],
  ],
};

const UNDERWRITER: SampleRole<InsurerDepartmentKey> = {
  code: INSURER_ROLE_CODES.underwriter,
  title: '核保员',
  department: 'underwriting',
  reportsTo: INSURER_ROLE_CODES.newBusinessManager,
  headcount: 3,
  grade: 'P3',
  template: 'zh',
  purpose:
    '依据核保规则和再保险条件评估投保风险，作出承保、加费、除外或拒保的结论，为专案经理处理疑难案件提供专业意见，控制公司的承保风险。',
  duties: [
    [
      '审核疑难和大额投保案件的健康、财务和职业风险，作出核保结论',
      'execute',
      30,
      'daily',
      '按《核保手册》评点；大额案件同时核对财务证明；结论和评点依据记入系统，2 个工作日内完成',
      '核保结论被复核改判率 ≤ 2%',
    ],
    [
      '评估体检报告和补充病历，确定加费、除外责任或延期承保',
      'execute',
      20,
      'daily',
      '资料到齐后 1 个工作日内出具意见；加费和除外条款使用标准措辞',
      '体检件平均处理时间 ≤ 1 个工作日',
    ],
    [
      '指导专案经理处理规则外的案件，答复会签请求',
      'participate',
      15,
      'daily',
      '会签请求 4 个工作小时内答复并写明依据；典型案例每月汇编成案例集',
      '会签按时答复率 ≥ 95%',
    ],
    [
      '复核专案经理已签发的常规件，抽查核保结论的正确性',
      'execute',
      15,
      'weekly',
      '每周按 5% 的比例随机抽查；发现差错当天通知专案经理更正并记录原因',
      '抽查差错率 ≤ 1%',
    ],
    [
      '分析理赔经验和核保差错，提出核保规则和系统规则的修订建议',
      'participate',
      10,
      'quarterly',
      '每季度出具分析报告，用理赔数据检验现行规则；修订建议附测试案例',
      '规则修订建议被采纳 ≥ 2 项 / 季度',
    ],
    [
      '编制超自留额案件的再保险分出资料，确认再保险安排',
      'assist',
      10,
      'asNeeded',
      '核保结论作出前取得再保险人意见；分出资料完整准确，当月报送',
      '再保险分出差错 0 次',
    ],
  ],
  details: {
    location: ZH_LOCATION,
    monthlyWage: 14000,
    directReports: '无',
    authority:
      '授权限额内的核保决定权（承保、加费、除外、延期、拒保）；要求补充体检和财务资料的权力；对专案经理核保结论的复核和纠正权。',
    relationsInternal: '新契约部经理；专案经理；理赔部；精算部',
    relationsExternal: '再保险公司；体检机构和医院',
    education: '本科及以上学历',
    major: '临床医学、预防医学、保险或精算',
    experience: '3 年以上寿险核保经验',
    knowledge: '核保医学和风险评点方法；《保险法》；再保险合同条款和自留额规定',
    skills: '保险行业核保人资格（中级及以上）；熟练使用核保系统',
    training: '上岗前：《核保手册》和授权制度；每年：核保医学和再保险培训不少于 40 学时',
    workConditions: '办公室环境；长时间阅读病历和体检报告',
    kpis: [
      ['核保结论被复核改判率', '≤ 2%', 'quarterly'],
      ['会签按时答复率', '≥ 95%', 'monthly'],
    ],
    careerPath: '核保员 → 高级核保员 → 核保经理',
  },
  competencies: [
    ['Analytical Judgement', 4, 5],
    ['Attention to Detail', 3, 5],
    ['Financial Analysis', 2, 3],
    ['Integrity', 3, 4],
    ['Confidentiality', 3, 4],
  ],
};

/** The insurer's roles, managers before their reports (roles are created in list order). */
export const INSURER_ROLES: readonly SampleRole<InsurerDepartmentKey>[] = [
  NEW_BUSINESS_MANAGER,
  CASE_MANAGER,
  UNDERWRITER,
  ...INSURER_SUPERVISORS,
  ...INSURER_CLERKS,
];
