import { seedAlignmentSample, withStructuredDetails } from './alignmentSample';
import type { DutyDraft } from '../../../shared/domain';
import type { ProcessGraph } from '../../../shared/process';
import { roleDetailsSchema, type RoleDetails } from '../../../shared/roleDetails';
import type { Repositories } from '../librarySession';
import { INSURER_DEPARTMENTS, INSURER_ROLES, type InsurerDepartmentKey } from './insurerCase';
import { insurerProcesses } from './insurerProcess';
import { seedInspectionSample } from './inspectionSample';
import type { DutyRow, NeedRow, SampleDepartment, SampleRole as SampleRoleOf } from './sampleRole';
import { seedStarterDictionary } from './starterCompetencies';
import { storeSampleStructures } from './sampleStructures';

/**
 * The sample library: a small auto-parts maker, the first thing a newcomer sees. It has to read
 * like a real company's position descriptions, so it carries complete Chinese 职位说明书 and
 * English job descriptions — and two roles written the way weak descriptions usually are, so
 * the quality check has something true to point at (负责…, no 频次 or 工作标准, weights that
 * do not add up, a generic competency list copied from role to role). Next to the company sits
 * the insurer of the classic re-engineering case (insurerCase.ts), with its policy issuing
 * drawn as it was and as redesigned (insurerProcess.ts), for the process analysis to work on.
 */

export const SAMPLE_COMPANY = {
  nameZh: '恒信制造有限公司',
  nameEn: 'Hengxin Manufacturing Co., Ltd.',
} as const;

/** Codes of the two roles written with typical faults on purpose; every other role is complete. */
export const FAULTY_SAMPLE_ROLE_CODES: readonly string[] = ['ADM-001', 'WH-001'];

type DepartmentKey = 'admin' | 'hr' | 'recruitment' | 'manufacturing' | InsurerDepartmentKey;

/** Parents come before their children: departments are created in this order. */
const DEPARTMENTS: readonly SampleDepartment<DepartmentKey>[] = [
  { key: 'admin', name: '综合管理部 / General Administration', parent: null },
  { key: 'hr', name: '人力资源部 / Human Resources', parent: null },
  { key: 'recruitment', name: '招聘组 / Recruitment', parent: 'hr' },
  { key: 'manufacturing', name: '生产制造部 / Manufacturing', parent: null },
  ...INSURER_DEPARTMENTS,
];

type SampleRole = SampleRoleOf<DepartmentKey>;

const ZH_LOCATION = '江苏省苏州市工业园区 · 恒信制造苏州工厂';
const EN_LOCATION = 'Suzhou plant, Suzhou Industrial Park, Jiangsu, China';
const EN_DISCLAIMER =
  'This job description lists the essential functions of the position; it is not an exhaustive list of duties. Hengxin Manufacturing may change duties and assignments with reasonable notice, consistent with the employment contract and applicable law.';

const GENERAL_MANAGER: SampleRole = {
  code: 'GM-001',
  title: '总经理',
  department: 'admin',
  reportsTo: null,
  headcount: 1,
  grade: 'M5',
  template: 'zh',
  purpose:
    '依据董事会确定的经营方针，统筹公司战略、经营和组织管理，确保年度营业收入、利润、质量与安全目标全面达成，推动公司持续健康发展。',
  duties: [
    [
      '制定公司三年发展战略和年度经营计划，将目标分解到各部门并报董事会批准',
      'manage',
      25,
      'yearly',
      '每年 12 月 15 日前提交下一年度经营计划；目标分解到部门并签订目标责任书',
      '年度经营目标达成率 ≥ 100%',
    ],
    [
      '组织召开月度经营分析会，审视各部门目标完成情况并确定纠偏措施',
      'manage',
      20,
      'monthly',
      '每月 10 日前召开；会议纪要 2 个工作日内发布，纠偏措施明确责任人和完成时限',
      '纠偏措施按期关闭率 ≥ 90%',
    ],
    [
      '审核年度财务预算及 50 万元以上的投资和采购项目',
      'manage',
      15,
      'asNeeded',
      '依据《授权审批管理制度》在 3 个工作日内完成审批；投资项目须附可行性分析和回报测算',
      '预算外支出占比 ≤ 3%',
    ],
    [
      '指导各部门负责人开展管理工作，组织中层管理人员季度述职和年度考核',
      'manage',
      15,
      'quarterly',
      '每季度完成中层述职评议；考核结果用于薪酬调整和人才盘点',
      '关键岗位继任者覆盖率 ≥ 80%',
    ],
    [
      '监控公司安全生产和产品质量状况，主持重大安全、质量事故的调查处理',
      'manage',
      15,
      'weekly',
      '每周审阅安全与质量周报；重大事故 24 小时内启动调查，按“四不放过”原则处理',
      '重大安全事故 0 起；客户重大投诉 0 起',
    ],
    [
      '协调与主要客户、政府主管部门和合作银行的关系，维护公司对外形象',
      'participate',
      10,
      'asNeeded',
      '每年走访前十大客户不少于一次；重大对外事项有记录和跟进',
      '前十大客户满意度 ≥ 90 分',
    ],
  ],
  details: {
    location: ZH_LOCATION,
    directReports: '财务经理、人力资源经理、Production Manager（生产经理）、行政专员',
    authority:
      '公司经营计划和组织架构调整方案的提议权；年度预算内资金支出的审批权（单笔 200 万元以内）；中层管理人员的任免建议权和考核权；公司规章制度的审批和发布权。',
    relationsInternal: '董事会；公司各部门负责人',
    relationsExternal: '主要客户和供应商高层；工信、应急管理、税务等政府主管部门；合作银行',
    education: '本科及以上学历，MBA 优先',
    major: '机械工程、工业工程、工商管理等相关专业',
    experience: '15 年以上制造业工作经验，其中 5 年以上汽车零部件企业总经理或副总经理经验',
    knowledge: '汽车零部件行业知识；企业战略与经营管理；财务管理与成本控制；劳动和安全生产法规',
    skills: '经营分析与决策；商务谈判；英语可作为工作语言',
    training: '上岗前：公司治理、授权审批制度和董事会议事规则；每年：高级管理研修不少于 40 学时',
    workConditions: '办公室环境；经常出差（约占工作时间的 25%），需参加客户和政府会议',
    kpis: [
      ['营业收入达成率', '≥ 100%', 'yearly'],
      ['净利润率', '≥ 8%', 'yearly'],
      ['重大安全事故', '0 起', 'yearly'],
    ],
    careerPath: '可发展为集团副总裁或事业部总经理',
  },
  competencies: [
    ['Strategic Thinking', 4, 5],
    ['Leadership', 4, 5],
    ['Decision Making', 4, 5],
    ['Financial Analysis', 3, 4],
    ['Product & Industry Knowledge', 4, 4],
    ['Integrity', 4, 4],
  ],
};

const FINANCE_MANAGER: SampleRole = {
  code: 'FIN-001',
  title: '财务经理',
  department: 'admin',
  reportsTo: 'GM-001',
  headcount: 1,
  grade: 'M3',
  template: 'zh',
  purpose:
    '建立并运行公司财务管理和内部控制体系，保证会计信息真实、准确、及时，通过预算、成本和资金管理为经营决策提供支持，控制财务风险。',
  duties: [
    [
      '编制公司年度财务预算，跟踪月度执行情况并分析差异原因',
      'manage',
      20,
      'monthly',
      '年度预算于 11 月 30 日前提交；月度预算执行分析报告于次月 8 日前报总经理，差异超过 ±5% 的项目须说明原因',
      '预算执行偏差 ≤ ±5%',
    ],
    [
      '审核会计凭证和费用报销单据，确保符合会计准则和公司报销制度',
      'manage',
      20,
      'daily',
      '单据 2 个工作日内审核完毕；不合规单据退回并注明原因',
      '凭证差错率 ≤ 0.5%',
    ],
    [
      '组织月度结账，编制资产负债表、利润表和现金流量表',
      'execute',
      20,
      'monthly',
      '次月第 5 个工作日前完成结账并出具报表，报表勾稽关系正确',
      '报表按时出具率 100%',
    ],
    [
      '分析各产品族的成本构成和毛利变动，提出降本建议',
      'execute',
      15,
      'monthly',
      '按产品族出具成本分析报告，区分材料、人工和制造费用偏差；每季度至少提出 2 项可落地的降本建议',
      '降本建议采纳 ≥ 4 项 / 年',
    ],
    [
      '监控公司资金收支和应收账款，编制资金周计划',
      'manage',
      15,
      'weekly',
      '每周一 12:00 前提交资金周计划；账龄超过 90 天的应收账款逐笔列明催收责任人',
      '应收账款周转天数 ≤ 60 天',
    ],
    [
      '协调年度外部审计和企业所得税汇算清缴，按时提供资料并落实审计建议',
      'participate',
      10,
      'yearly',
      '审计报告于次年 4 月 30 日前出具且为标准无保留意见；审计建议 3 个月内整改完毕',
      '重大审计调整 0 项',
    ],
  ],
  details: {
    location: ZH_LOCATION,
    directReports: '总账会计、成本会计、出纳',
    authority:
      '费用报销和付款的审核权；单笔 20 万元以内付款的审批权；对违反财务制度的支出的拒付权；财务人员工作安排和考核建议权。',
    relationsInternal: '总经理；各部门负责人（预算与费用）；人力资源部（薪资与社保核算）',
    relationsExternal: '税务机关；开户银行；会计师事务所',
    education: '本科及以上学历',
    major: '会计、财务管理',
    experience: '8 年以上财务工作经验，其中 3 年以上制造企业财务主管或财务经理经验',
    knowledge: '企业会计准则；增值税和企业所得税法规；制造业成本核算（标准成本法）',
    skills: '中级会计师及以上职称；熟练使用 ERP 财务模块；能用 Excel 建立财务模型',
    training: '每年会计人员继续教育不少于 90 学时；新税收政策专题培训',
    workConditions: '办公室环境；月末、年末结账期间需加班；偶尔前往银行和税务机关',
    kpis: [
      ['财务报表按时出具率', '100%', 'monthly'],
      ['应收账款周转天数', '≤ 60 天', 'quarterly'],
      ['预算执行偏差', '≤ ±5%', 'yearly'],
    ],
    careerPath: '财务经理 → 财务总监',
  },
  competencies: [
    ['Financial Accounting Knowledge', 4, 5],
    ['Tax Regulations Knowledge', 3, 4],
    ['Financial Analysis', 4, 5],
    ['Analytical Judgement', 3, 3],
    ['Integrity', 4, 5],
    ['Confidentiality', 4, 4],
  ],
};

const HR_MANAGER: SampleRole = {
  code: 'HR-001',
  title: '人力资源经理',
  department: 'hr',
  reportsTo: 'GM-001',
  headcount: 1,
  grade: 'M3',
  template: 'zh',
  purpose:
    '围绕公司经营目标规划和管理人力资源，建立招聘、培训、绩效、薪酬和员工关系体系，确保关键岗位人员及时到位、员工队伍稳定、用工合法合规。',
  duties: [
    [
      '制定年度人力资源规划和人工成本预算，报总经理审核后组织实施',
      'manage',
      20,
      'yearly',
      '每年 12 月 10 日前完成；规划包含各部门编制、招聘需求和人工成本测算',
      '人工成本预算偏差 ≤ 3%',
    ],
    [
      '审核各部门招聘需求和录用决定，监控关键岗位招聘进度',
      'manage',
      15,
      'weekly',
      '招聘需求单 2 个工作日内审核；关键岗位每周跟踪，空缺超过 45 天须上报总经理',
      '关键岗位到岗及时率 ≥ 90%',
    ],
    [
      '组织季度和年度绩效考核，指导部门负责人完成绩效面谈和结果应用',
      'manage',
      15,
      'quarterly',
      '季度结束后 15 日内完成考核和面谈；考核结果 100% 归档并用于调薪和奖金分配',
      '绩效面谈完成率 100%',
    ],
    [
      '编制年度培训计划，组织新员工入职培训和管理人员培训',
      'manage',
      15,
      'yearly',
      '培训计划于 1 月 15 日前发布；新员工入职 3 天内完成公司级培训；每期培训有签到、考核和效果评估',
      '培训计划完成率 ≥ 95%',
    ],
    [
      '审核月度工资表和社保、公积金缴纳明细',
      'manage',
      10,
      'monthly',
      '每月 8 日前审核完毕，保证工资按时、准确发放',
      '工资发放差错 0 次',
    ],
    [
      '指导劳动合同管理和员工关系处理，预防和化解劳动争议',
      'manage',
      15,
      'asNeeded',
      '劳动合同到期前 30 日完成续签评估；员工投诉 3 个工作日内响应；处理过程符合《劳动合同法》',
      '劳动仲裁败诉 0 起',
    ],
    [
      '分析员工流失率和敬业度调查结果，提出改进方案',
      'execute',
      10,
      'quarterly',
      '每季度出具流失分析报告，按部门、司龄和离职原因分类；年度敬业度调查参与率 ≥ 85%',
      '年度员工主动流失率 ≤ 12%',
    ],
  ],
  details: {
    location: ZH_LOCATION,
    directReports: '招聘主管、薪酬绩效专员',
    authority:
      '人力资源制度的起草和解释权；部门编制内招聘录用的审核权；员工奖惩和调岗的审核权；人力资源部员工的考核权。',
    relationsInternal: '总经理；各部门负责人；财务部（人工成本与薪资核算）',
    relationsExternal: '人力资源和社会保障局；社保和公积金中心；招聘渠道和猎头公司；培训机构',
    education: '本科及以上学历',
    major: '人力资源管理、心理学、工商管理',
    experience: '8 年以上人力资源工作经验，其中 3 年以上制造企业人力资源经理经验',
    knowledge:
      '《劳动合同法》《社会保险法》等劳动法规；人力资源管理各模块知识；制造业用工特点（倒班、劳务派遣）',
    skills: '企业人力资源管理师二级及以上优先；熟练使用 HR 系统和 Excel',
    training: '上岗前：公司制度和组织架构；每年：劳动法规更新培训不少于 16 学时',
    workConditions: '办公室环境；需定期到生产车间了解一线员工的工作和想法',
    kpis: [
      ['关键岗位到岗及时率', '≥ 90%', 'quarterly'],
      ['员工主动流失率', '≤ 12%', 'yearly'],
      ['劳动仲裁败诉', '0 起', 'yearly'],
    ],
    careerPath: '人力资源经理 → 人力资源总监 / 人事行政副总经理',
  },
  competencies: [
    ['Labour Law Knowledge', 4, 5],
    ['Communication & Coordination', 4, 5],
    ['Leadership', 3, 4],
    ['Coaching & Developing Others', 3, 4],
    ['Planning & Organising', 3, 3],
    ['Integrity', 3, 4],
  ],
};

const PAYROLL_SPECIALIST: SampleRole = {
  code: 'HR-002',
  title: '薪酬绩效专员',
  department: 'hr',
  reportsTo: 'HR-001',
  headcount: 1,
  grade: 'P2',
  template: 'zh',
  purpose:
    '准确、及时地完成薪酬核算、社保公积金缴纳和绩效数据管理，保证员工收入发放准确合规，为薪酬和绩效决策提供数据支持。',
  duties: [
    [
      '编制月度工资表，核算加班费、绩效奖金和个人所得税',
      'execute',
      30,
      'monthly',
      '依据锁定的考勤和绩效结果核算；每月 5 日前提交人力资源经理审核，15 日发放',
      '工资核算差错 0 次',
    ],
    [
      '执行社保和公积金的增减员、基数调整和月度缴纳',
      'execute',
      20,
      'monthly',
      '入离职当月完成增减员；每年 7 月按新基数调整；缴纳明细与财务对账一致',
      '社保漏缴、错缴 0 人次',
    ],
    [
      '检查各部门考勤记录，核实并处理考勤异常',
      'execute',
      15,
      'daily',
      '每日导出考勤系统异常数据，2 个工作日内与部门确认；月度考勤于次月 2 日前锁定',
      '考勤数据准确率 100%',
    ],
    [
      '编制季度绩效考核表单，汇总考核结果并建立绩效档案',
      'execute',
      15,
      'quarterly',
      '考核启动前 5 日发放表单；考核结束后 10 日内完成汇总和归档，数据可追溯',
      '绩效档案完整率 100%',
    ],
    [
      '分析薪酬数据，编制月度人工成本报表和年度薪酬调研报告',
      'execute',
      10,
      'monthly',
      '人工成本报表于次月 10 日前提交，按部门和岗位序列分析；每年参加 1 次区域薪酬调研',
      '报表按时提交率 100%',
    ],
    [
      '确认并答复员工关于工资、社保和个税的咨询',
      'assist',
      10,
      'asNeeded',
      '一般咨询当天答复；需核查的问题 3 个工作日内答复并记录',
      '咨询按时答复率 ≥ 98%',
    ],
  ],
  details: {
    location: ZH_LOCATION,
    directReports: '无',
    authority: '考勤异常的核实权；工资和社保数据的查询权；对不合规考勤和加班申请的退回权。',
    relationsInternal: '人力资源经理；各部门考勤员；财务部',
    relationsExternal: '社保中心、公积金中心；税务机关（个税申报）',
    education: '大专及以上学历',
    major: '人力资源管理、会计、统计',
    experience: '3 年以上薪酬或社保相关工作经验',
    knowledge: '《个人所得税法》；苏州社保和公积金政策；计件和倒班工资核算方法',
    skills: '熟练使用 Excel（函数、数据透视表）和薪资系统',
    training: '上岗前：公司薪酬制度和保密制度；每年：个税和社保政策更新培训',
    workConditions: '办公室环境；每月工资核算期间工作集中',
    kpis: [
      ['工资核算差错', '0 次', 'monthly'],
      ['社保漏缴、错缴', '0 人次', 'monthly'],
      ['人工成本报表按时提交率', '100%', 'quarterly'],
    ],
    careerPath: '薪酬绩效专员 → 薪酬绩效主管 → 人力资源经理',
  },
  competencies: [
    ['Compensation & Benefits Knowledge', 3, 5],
    ['Labour Law Knowledge', 2, 3],
    ['Office Software Proficiency', 3, 4],
    ['Attention to Detail', 3, 5],
    ['Confidentiality', 3, 4],
  ],
};

const RECRUITMENT_SUPERVISOR: SampleRole = {
  code: 'HR-101',
  title: '招聘主管',
  department: 'recruitment',
  reportsTo: 'HR-001',
  headcount: 1,
  grade: 'P3',
  template: 'zh',
  purpose:
    '根据年度人力资源规划和用人部门需求，建立稳定的招聘渠道，及时招到符合岗位要求的人员，控制招聘成本和试用期流失。',
  duties: [
    [
      '制定季度招聘计划，与用人部门确认各岗位的任职要求和到岗时间',
      'manage',
      15,
      'quarterly',
      '每季度第一周发布；逐岗位与用人部门确认职位说明书和到岗日期',
      '招聘计划完成率 ≥ 95%',
    ],
    [
      '组织简历筛选和初试，评估候选人与岗位要求的匹配度',
      'execute',
      25,
      'daily',
      '收到简历 2 个工作日内反馈；初试使用结构化面试题库，面试评价表当天录入系统',
      '初试通过者的复试通过率 ≥ 50%',
    ],
    [
      '协调用人部门安排复试，跟踪面试评价和录用决策',
      'execute',
      15,
      'weekly',
      '复试在初试后 5 个工作日内安排；录用决策在最后一轮面试后 3 个工作日内确定',
      '招聘周期（需求到录用）≤ 30 天',
    ],
    [
      '执行背景调查、薪资谈判和录用通知发放',
      'execute',
      15,
      'asNeeded',
      '管理岗和财务岗 100% 背景调查；录用薪资不超出薪酬带宽，超出须经人力资源经理批准',
      'offer 接受率 ≥ 85%',
    ],
    [
      '分析各招聘渠道的效果和成本，维护校园、网络和劳务合作渠道',
      'manage',
      15,
      'monthly',
      '每月统计各渠道简历量、到面率、录用数和单位成本；每年 9—11 月组织不少于 3 场校园招聘',
      '单位招聘成本不超过预算',
    ],
    [
      '检查新员工试用期表现，组织转正评估并分析试用期离职原因',
      'participate',
      15,
      'monthly',
      '入职第 30 天、第 60 天各沟通一次并记录；试用期离职者 100% 进行离职面谈',
      '试用期离职率 ≤ 10%',
    ],
  ],
  details: {
    location: ZH_LOCATION,
    directReports: '无',
    authority:
      '预算内招聘渠道选择和费用使用的建议权；初试淘汰决定权；对不符合任职要求候选人的否决建议权。',
    relationsInternal: '人力资源经理；各用人部门负责人；薪酬绩效专员（定薪）',
    relationsExternal: '招聘网站、猎头公司；高校就业指导中心；劳务派遣公司',
    education: '本科及以上学历',
    major: '人力资源管理、心理学、工商管理',
    experience: '4 年以上招聘工作经验，有制造业一线员工批量招聘和技术岗位招聘经验',
    knowledge: '《劳动合同法》关于录用和试用期的规定；结构化面试和行为面试方法；本地人才市场行情',
    skills: '熟练使用招聘网站和招聘管理系统；有面试官认证者优先',
    training: '上岗前：公司职位体系和薪酬带宽；每年：面试技巧或雇主品牌培训不少于 8 学时',
    workConditions: '办公室环境；校园招聘季需短期出差；需在车间面试一线候选人',
    kpis: [
      ['招聘周期', '≤ 30 天', 'monthly'],
      ['试用期离职率', '≤ 10%', 'quarterly'],
      ['招聘计划完成率', '≥ 95%', 'quarterly'],
    ],
    careerPath: '招聘主管 → 人力资源经理；或转任培训发展主管',
  },
  competencies: [
    ['Interviewing & Selection', 4, 5],
    ['Communication & Coordination', 3, 4],
    ['Negotiation', 3, 3],
    ['Labour Law Knowledge', 2, 3],
    ['Customer Service Orientation', 3, 3],
  ],
};

const PRODUCTION_MANAGER: SampleRole = {
  code: 'MFG-001',
  title: 'Production Manager',
  department: 'manufacturing',
  reportsTo: 'GM-001',
  headcount: 1,
  grade: 'M4',
  template: 'en',
  purpose:
    'Lead the stamping, welding and paint shops so that seat-frame assemblies ship on time, to the agreed quality and at standard cost, with no lost-time injuries, and drive lean improvement across the plant.',
  duties: [
    [
      'Develop the monthly master production schedule from customer call-offs and agree capacity with Planning, Quality and Maintenance',
      'manage',
      20,
      'monthly',
      'Schedule released by the 25th of the previous month; capacity load at most 90% per line; changes after release approved by the Production Manager',
      'On-time delivery ≥ 98%',
    ],
    [
      'Lead the daily production meeting to review output, scrap, downtime and safety of the previous shift',
      'manage',
      15,
      'daily',
      'Held at 08:30 at the shop-floor board, 15 minutes; every deviation gets an owner and a due date on the action list',
      'Overdue actions ≤ 5% of open actions',
    ],
    [
      'Monitor overall equipment effectiveness (OEE), scrap and labour productivity for each line and act on adverse trends',
      'manage',
      15,
      'weekly',
      'Weekly KPI report by Monday noon; any line below 75% OEE for two weeks gets a documented improvement plan',
      'Plant OEE ≥ 80%',
    ],
    [
      'Lead lean improvement projects, including the re-layout of the welding and paint shops so parts flow one way along the shortest path',
      'manage',
      15,
      'quarterly',
      'At least 4 kaizen projects a year, each with a charter, before/after measurement and a closing report; re-layout target: material travel distance −40%',
      'Labour productivity +5% a year',
    ],
    [
      'Review shift staffing, overtime and training plans with the shop supervisors within the approved headcount budget',
      'manage',
      10,
      'weekly',
      'Overtime at most 36 hours per person per month, as labour law allows; every line staffed to its skill matrix',
      'Overtime hours within budget',
    ],
    [
      'Coordinate the handling of customer complaints and internal quality escapes with the Quality Engineer',
      'participate',
      15,
      'asNeeded',
      'Containment confirmed within 24 hours; 8D root cause within 10 working days; actions verified before closure',
      'Customer complaints ≤ 2 per quarter',
    ],
    [
      'Prepare the annual production budget for labour, consumables and maintenance and track spending against it',
      'manage',
      10,
      'yearly',
      'Budget submitted by 30 November; monthly explanation of every line item over ±5% variance',
      'Conversion cost per unit at or below standard',
    ],
  ],
  details: {
    location: EN_LOCATION,
    directReports:
      'Quality Engineers, EHS Coordinator, Production Planners, Welding Team Leaders (焊接班组长), Warehouse Clerks',
    education: "Bachelor's degree in mechanical, industrial or manufacturing engineering",
    experience:
      '10 years in automotive parts manufacturing, including 5 years managing multi-shift production with more than 100 employees',
    preferredQualifications:
      'Lean Six Sigma Green Belt or higher; experience with IATF 16949 customer audits; working Chinese and English',
    workConditions:
      'Office and shop floor, about half of the time each. On the floor: noise, welding fumes and paint-shop solvents; safety shoes, glasses and hearing protection required. Walks the plant for extended periods; occasionally lifts up to 10 kg.',
    travel: 'Up to 10%, mainly customer and supplier visits within China',
    supervisoryResponsibilities:
      'Directly supervises the Quality Engineers, the EHS Coordinator, the Production Planners, the welding team leaders and the warehouse team; indirectly about 150 production employees. Hires, trains, appraises and disciplines within the department.',
    otherDuties:
      'Deputises for the General Manager on plant matters during absence; performs other related duties as assigned.',
    disclaimer: EN_DISCLAIMER,
    flsaStatus: 'exempt',
    payRange: 'CNY 30,000–40,000 per month (grade M4)',
    kpis: [
      ['On-time delivery', '≥ 98%', 'monthly'],
      ['Plant OEE', '≥ 80%', 'monthly'],
      ['Lost-time injuries', '0', 'yearly'],
    ],
    careerPath: 'Operations Director',
  },
  competencies: [
    ['Production Planning & Scheduling', 4, 4],
    ['Lean Manufacturing Knowledge', 4, 5],
    ['Leadership', 3, 5],
    ['Decision Making', 3, 4],
    ['Safety Awareness', 3, 4],
    ['Cost Consciousness', 4, 4],
  ],
};

const QUALITY_ENGINEER: SampleRole = {
  code: 'QA-001',
  title: 'Quality Engineer',
  department: 'manufacturing',
  reportsTo: 'MFG-001',
  headcount: 2,
  grade: 'P3',
  template: 'en',
  purpose:
    'Make sure every seat-frame part that leaves the plant meets customer and IATF 16949 requirements, by planning and controlling product quality, solving quality problems at their root cause and keeping the quality management system effective.',
  duties: [
    [
      'Develop and update control plans, process FMEAs and inspection instructions for new and changed parts',
      'execute',
      20,
      'asNeeded',
      'Released before PPAP submission; reviewed after every engineering change and at least once a year',
      'PPAP first-time approval ≥ 95%',
    ],
    [
      'Monitor key characteristics with statistical process control and start the reaction plan on out-of-control signals',
      'execute',
      20,
      'daily',
      'SPC charts reviewed every shift; Cpk ≥ 1.33 on all special characteristics; reaction plan started within 2 hours',
      'Special characteristics with Cpk ≥ 1.33: 100%',
    ],
    [
      'Lead 8D problem solving for customer complaints and internal defects',
      'manage',
      20,
      'asNeeded',
      'Containment (D3) within 24 hours; root cause (D4) within 5 working days; 8D closed within 30 days with verified effectiveness',
      'Repeat customer complaints: 0',
    ],
    [
      'Analyse monthly scrap, rework and customer PPM data and present the top defects in the production meeting',
      'execute',
      15,
      'monthly',
      'Pareto by defect type and line by the 5th working day; each of the top 3 defects has an improvement owner',
      'Customer PPM ≤ 50',
    ],
    [
      'Prepare internal process audits and take part in customer and IATF 16949 certification audits',
      'participate',
      15,
      'quarterly',
      'Audit programme covers every process each year; nonconformities closed within 60 days',
      'Major nonconformities at certification audits: 0',
    ],
    [
      'Review supplier quality performance and coordinate corrective actions with suppliers of purchased parts',
      'participate',
      10,
      'monthly',
      'Monthly supplier scorecard issued; supplier 8D requested within 48 hours of a supplier defect',
      'Supplier PPM ≤ 200',
    ],
  ],
  details: {
    location: EN_LOCATION,
    directReports: 'None',
    education:
      "Bachelor's degree in mechanical engineering, materials science or quality management",
    experience: '3 years as a quality engineer in automotive manufacturing',
    preferredQualifications:
      'IATF 16949 internal auditor certificate; Six Sigma Green Belt; experience with weld-quality testing (teardown, ultrasonic)',
    workConditions:
      'Shop floor about 60% of the time, otherwise quality lab and office. Noise and welding fumes on the floor; PPE required. Stands and walks for long periods; handles parts up to 15 kg.',
    travel: 'Up to 15%, to customer plants and supplier sites',
    supervisoryResponsibilities:
      'None. Guides quality inspectors on inspection methods without formal supervisory authority.',
    otherDuties: 'Supports new-product launches and customer visits; other duties as assigned.',
    disclaimer: EN_DISCLAIMER,
    flsaStatus: 'exempt',
    payRange: 'CNY 12,000–18,000 per month (grade P3)',
    kpis: [
      ['Customer PPM', '≤ 50', 'monthly'],
      ['8D reports closed on time', '≥ 95%', 'quarterly'],
    ],
    careerPath: 'Senior Quality Engineer → Quality Manager',
  },
  competencies: [
    ['Quality Management System Knowledge', 4, 5],
    ['Statistical Process Control (SPC)', 3, 4],
    ['Structured Problem Solving (8D)', 4, 5],
    ['Customer Service Orientation', 3, 3],
    ['Quality Mindset', 4, 5],
  ],
};

const EHS_COORDINATOR: SampleRole = {
  code: 'EHS-001',
  title: 'EHS Coordinator',
  department: 'manufacturing',
  reportsTo: 'MFG-001',
  headcount: 1,
  grade: 'P2',
  template: 'en',
  purpose:
    'Protect employees, the plant and its neighbours by running the environment, health and safety programme: keep the plant compliant with Chinese work-safety and environmental law and ISO 45001 / ISO 14001, and reduce incidents year on year.',
  duties: [
    [
      'Coordinate hazard identification and risk assessment for every work area and keep the risk register current',
      'execute',
      20,
      'monthly',
      'Every area assessed at least once a quarter; controls assigned to high risks within 7 days; register reviewed before any new equipment or layout change',
      'High risks without controls: 0',
    ],
    [
      'Lead weekly safety walks on all shifts and follow up hazards until they are closed',
      'execute',
      20,
      'weekly',
      'Every shop walked each week, the night shift at least once a month; hazards recorded with photos; 90% closed within 14 days',
      'Hazards closed on time ≥ 90%',
    ],
    [
      'Prepare and deliver safety training: new-hire induction, hot work and welding safety, chemical handling and emergency drills',
      'execute',
      20,
      'monthly',
      'New hires trained before starting work; welding and forklift licences checked for validity; two fire and evacuation drills a year',
      'Safety training completion 100%',
    ],
    [
      'Review hot-work, confined-space and work-at-height permits on site before work starts',
      'execute',
      15,
      'daily',
      'No high-risk work without a signed permit; gas test, fire watch and extinguisher checked at the work place',
      'Permit violations: 0',
    ],
    [
      'Analyse incidents and near misses, lead root-cause investigations and track corrective actions',
      'manage',
      15,
      'asNeeded',
      'Reported to the Production Manager within 1 hour; investigation report within 3 working days; reportable injuries filed with the authorities as the law requires',
      'Lost-time injury frequency rate ≤ 0.5',
    ],
    [
      'Monitor environmental permits, waste-water discharge, paint-shop VOC emissions and hazardous-waste disposal records',
      'participate',
      10,
      'monthly',
      'Monthly check against permit limits; hazardous waste handed only to licensed contractors, with transfer manifests',
      'Environmental violations: 0',
    ],
  ],
  details: {
    location: EN_LOCATION,
    directReports: 'None',
    education:
      "Associate or bachelor's degree in safety engineering, environmental engineering or a related field",
    experience: '3 years in environment, health and safety in a manufacturing plant',
    preferredQualifications:
      'Registered Safety Engineer (注册安全工程师) certificate; ISO 45001 internal auditor; experience with paint-shop VOC control',
    workConditions:
      'Shop floor about 70% of the time, including night shifts. Noise, welding fumes and solvents; PPE required. Climbs ladders and mezzanines; occasionally lifts up to 15 kg.',
    travel: 'Under 5%, to authorities and training courses',
    supervisoryResponsibilities: 'None. Coordinates the area safety officers named in each shop.',
    otherDuties: 'Acts as deputy emergency coordinator; other duties as assigned.',
    disclaimer: EN_DISCLAIMER,
    flsaStatus: 'nonExempt',
    payRange: 'CNY 9,000–13,000 per month (grade P2)',
    kpis: [
      ['Lost-time injury frequency rate', '≤ 0.5', 'yearly'],
      ['Hazards closed on time', '≥ 90%', 'monthly'],
    ],
    careerPath: 'EHS Manager',
  },
  competencies: [
    ['Work Safety Regulations Knowledge', 4, 5],
    ['Safety Awareness', 4, 5],
    ['Training Delivery', 3, 4],
    ['Communication & Coordination', 3, 3],
    ['Accountability', 3, 4],
  ],
};

const PRODUCTION_PLANNER: SampleRole = {
  code: 'PLN-001',
  title: 'Production Planner',
  department: 'manufacturing',
  reportsTo: 'MFG-001',
  headcount: 2,
  grade: 'P2',
  template: 'en',
  purpose:
    'Turn customer demand into a feasible plan for the stamping, welding and paint lines, keeping deliveries on time while holding finished-goods and material stock at target levels.',
  duties: [
    [
      'Prepare the daily build plan for each line from customer EDI call-offs and released work orders',
      'execute',
      25,
      'daily',
      'Released by 16:00 for the next day with a 3-day frozen zone; respects changeover and capacity limits in the ERP',
      'Schedule adherence ≥ 95%',
    ],
    [
      'Analyse material requirements (MRP) and confirm purchase and call-off quantities with Purchasing',
      'execute',
      20,
      'weekly',
      'MRP run every Monday; any shortage within 2 weeks escalated the same day with a recovery plan',
      'Line stops caused by material shortage: 0',
    ],
    [
      'Monitor finished-goods and work-in-progress stock against min/max levels and adjust the plan',
      'execute',
      15,
      'daily',
      'Stock report by 10:00; stock outside min/max explained and corrected within 3 days',
      'Finished-goods stock ≤ 3 days of demand',
    ],
    [
      'Coordinate urgent customer orders and schedule changes with Production, Quality and Logistics',
      'participate',
      15,
      'asNeeded',
      'Feasibility answer to Sales within 4 working hours; every change logged with reason and approval',
      'Premium freight cost within budget',
    ],
    [
      'Review weekly plan attainment and the causes of deviation and present them in the production meeting',
      'execute',
      15,
      'weekly',
      'Attainment per line with cause codes (material, equipment, quality, labour) by Monday 10:00',
      'Plan attainment ≥ 95%',
    ],
    [
      'Prepare a six-month capacity and demand outlook for the Production Manager',
      'assist',
      10,
      'monthly',
      'Submitted by the 20th; lines above 90% load flagged with options (overtime, extra shift, outsourcing)',
      'Forecast accuracy ≥ 85%',
    ],
  ],
  details: {
    location: EN_LOCATION,
    directReports: 'None',
    education: "Bachelor's degree in logistics, industrial engineering or a related field",
    experience: '2 years of production planning or material control in discrete manufacturing',
    preferredQualifications: 'APICS CPIM; ERP planning-module experience; automotive EDI',
    workConditions:
      'Office, with daily visits to the shop floor and warehouse where PPE is required. Sits at a computer most of the day.',
    travel: 'None',
    supervisoryResponsibilities: 'None.',
    otherDuties: 'Covers for the other planner during leave; other duties as assigned.',
    disclaimer: EN_DISCLAIMER,
    flsaStatus: 'nonExempt',
    payRange: 'CNY 8,000–12,000 per month (grade P2)',
    kpis: [
      ['Schedule adherence', '≥ 95%', 'monthly'],
      ['Forecast accuracy', '≥ 85%', 'quarterly'],
    ],
    careerPath: 'Senior Planner → Supply Chain Manager',
  },
  competencies: [
    ['Production Planning & Scheduling', 3, 5],
    ['Data Analysis', 3, 4],
    ['Office Software Proficiency', 3, 3],
    ['Communication & Coordination', 2, 3],
    ['Initiative', 3, 4],
  ],
};

const WELDING_TEAM_LEADER: SampleRole = {
  code: 'MFG-010',
  title: '焊接班组长',
  department: 'manufacturing',
  reportsTo: 'MFG-001',
  headcount: 3,
  grade: 'O4',
  template: 'zh',
  purpose:
    '带领焊接班组按生产计划安全、保质、按时完成座椅骨架的焊接任务，持续降低焊接不良和工时浪费。',
  duties: [
    [
      '组织班前会，分配当班焊接任务和人员，确认设备与夹具点检结果',
      'manage',
      20,
      'daily',
      '开班前 10 分钟完成；人员按技能矩阵上岗；点检表 100% 填写并签字',
      '当班计划达成率 ≥ 98%',
    ],
    [
      '监控焊接工艺参数和首件、巡检结果，发现异常立即停线并上报',
      'manage',
      20,
      'daily',
      '首件检验合格后方可批量生产；每 2 小时巡检一次；参数超出工艺卡范围立即停机，30 分钟内报告工艺员',
      '焊接一次合格率 ≥ 99%',
    ],
    [
      '执行关键焊缝的焊接和返修作业',
      'execute',
      15,
      'daily',
      '按作业指导书操作；返修件单独标识并 100% 复检',
      '返修件复检合格率 100%',
    ],
    [
      '指导新员工和多能工的焊接操作培训，更新班组技能矩阵',
      'manage',
      15,
      'monthly',
      '新员工按“讲解—示范—试做—跟踪”四步法培训，考核合格后方可独立上岗；技能矩阵每月更新',
      '多能工比例 ≥ 60%',
    ],
    [
      '检查班组 5S 和焊接烟尘、弧光、防火等安全防护，纠正不安全行为',
      'manage',
      15,
      'daily',
      '每班检查不少于 2 次；劳保用品佩戴率 100%；隐患当班整改或上报',
      '工伤事故 0 起',
    ],
    [
      '分析每周焊接不良和停机数据，在质量改进小组中提出并落实改善措施',
      'participate',
      15,
      'weekly',
      '每周五提交班组不良和停机前三项分析；改善措施有责任人和完成日期',
      '月度焊接不良率同比下降 ≥ 10%',
    ],
  ],
  details: {
    location: '江苏省苏州市工业园区 · 恒信制造苏州工厂焊接车间',
    directReports: '焊工（每班 12 人）',
    authority: '班组内人员调配权；发现质量或安全异常时的停线权；班组员工考勤确认和绩效初评权。',
    relationsInternal:
      'Production Manager（生产经理）；质量工程师；EHS 协调员；设备维修组；生产计划员',
    relationsExternal: '必要时配合客户现场审核',
    education: '中专、技校及以上学历',
    major: '焊接技术、机械制造',
    experience: '5 年以上汽车零部件焊接经验，其中 1 年以上班组管理经验',
    knowledge: 'CO₂ 气体保护焊和机器人焊接工艺；焊缝缺陷识别；IATF 16949 对过程控制的要求',
    skills: '焊工职业资格证书（中级工及以上）；特种作业操作证（焊接与热切割作业）',
    training: '上岗前：班组长管理技能、焊接安全；每年：焊接工艺更新和安全复训',
    workConditions:
      '焊接车间，存在弧光、烟尘、噪声和高温；须穿戴阻燃工作服、焊接面罩和防护手套；两班倒',
    kpis: [
      ['焊接一次合格率', '≥ 99%', 'monthly'],
      ['当班计划达成率', '≥ 98%', 'monthly'],
      ['工伤事故', '0 起', 'yearly'],
    ],
    careerPath: '焊接班组长 → 车间主任；或转任焊接工艺员',
  },
  competencies: [
    ['Welding Skills', 4, 5],
    ['Manufacturing Process Knowledge', 3, 4],
    ['Safety Awareness', 4, 5],
    ['Quality Mindset', 3, 4],
    ['Coaching & Developing Others', 2, 3],
    ['Teamwork', 3, 3],
  ],
};

/** The generic list weak descriptions copy onto every role (千岗一面); both faulty roles carry it. */
const GENERIC_COMPETENCIES: readonly NeedRow[] = [
  ['Communication & Coordination', 3, 3],
  ['Teamwork', 3, 3],
  ['Accountability', 3, 3],
  ['Learning Agility', 3, 3],
];

/**
 * Faulty on purpose: duties begin with 负责, most have no 频次 or 工作标准, there are 14 of them
 * and their weights add up to 90.
 */
const ADMIN_ASSISTANT: SampleRole = {
  code: 'ADM-001',
  title: '行政专员',
  department: 'admin',
  reportsTo: 'GM-001',
  headcount: 2,
  grade: 'P1',
  template: 'zh',
  purpose: '负责公司的行政后勤工作，为各部门提供服务。',
  duties: [
    ['负责公司日常行政工作', null, 10, 'daily', '', ''],
    ['负责办公用品的采购和发放', null, 10, null, '', ''],
    ['负责会议室管理', null, 5, null, '', ''],
    ['负责来访客人的接待', null, 5, null, '', ''],
    ['负责公司车辆管理', null, 5, null, '', ''],
    ['负责文件收发和档案管理', null, 5, null, '按要求完成', ''],
    ['负责员工食堂和宿舍管理', null, 10, null, '', ''],
    ['负责办公设备的维护', null, 5, null, '', ''],
    ['负责公司固定资产管理', null, 5, 'yearly', '', ''],
    ['负责公司环境卫生', null, 5, 'daily', '', ''],
    ['负责组织公司活动', null, 10, null, '', ''],
    ['负责营业执照等证照的年检', null, 5, null, '', ''],
    ['负责快递的收发', null, 5, null, '', ''],
    ['完成领导交办的其他工作', null, 5, null, '', ''],
  ],
  details: {
    location: ZH_LOCATION,
    authority: '按领导安排开展工作。',
    relationsInternal: '公司各部门',
    relationsExternal: '供应商',
    education: '大专及以上学历',
    major: '不限',
    experience: '1 年以上行政工作经验',
    knowledge: '行政管理知识',
    skills: '熟练使用办公软件',
    workConditions: '办公室环境',
    kpis: [['工作完成情况', '领导满意', null]],
  },
  competencies: GENERIC_COMPETENCIES,
};

/** Faulty on purpose: "Responsible for…" duties, no purpose, and the copied generic competency list. */
const WAREHOUSE_CLERK: SampleRole = {
  code: 'WH-001',
  title: 'Warehouse Clerk',
  department: 'manufacturing',
  reportsTo: 'MFG-001',
  headcount: 4,
  grade: 'O2',
  template: 'en',
  purpose: '',
  duties: [
    ['Responsible for receiving materials', 'execute', 30, 'daily', 'As required', ''],
    ['Responsible for the warehouse inventory', 'execute', 20, 'daily', 'As required', ''],
    ['Responsible for issuing parts to production', 'execute', 20, 'daily', 'On time', ''],
    ['Responsible for shipping finished goods', 'execute', 15, 'daily', 'On time', ''],
    ['Responsible for keeping the warehouse clean and tidy', 'assist', 10, 'weekly', 'Clean', ''],
    ['Other tasks assigned by the supervisor', 'assist', 5, 'asNeeded', 'As required', ''],
  ],
  details: {
    location: EN_LOCATION,
    education: 'High school diploma',
    experience: '1 year of warehouse experience',
    workConditions:
      'Warehouse. Standing and walking all shift; lifts up to 25 kg; forklift traffic.',
    flsaStatus: 'nonExempt',
    kpis: [],
  },
  competencies: GENERIC_COMPETENCIES,
};

/** Every sample role, each manager before the roles that report to it. */
const SAMPLE_ROLES: readonly SampleRole[] = [
  GENERAL_MANAGER,
  FINANCE_MANAGER,
  HR_MANAGER,
  PAYROLL_SPECIALIST,
  RECRUITMENT_SUPERVISOR,
  PRODUCTION_MANAGER,
  QUALITY_ENGINEER,
  EHS_COORDINATOR,
  PRODUCTION_PLANNER,
  WELDING_TEAM_LEADER,
  ADMIN_ASSISTANT,
  WAREHOUSE_CLERK,
  ...INSURER_ROLES,
];

function toDuty([text, category, weight, frequency, standard, kpi]: DutyRow): DutyDraft {
  return { text, category, weight, frequency, standard, kpi, source: 'typed' };
}

function toDetails({ kpis, ...sections }: SampleRole['details']): RoleDetails {
  // Parsing fills every section not written here and holds the text to the schema's limits.
  return roleDetailsSchema.parse({
    ...sections,
    kpis: kpis.map(([name, target, period]) => ({ name, target, period })),
  });
}

function withVariantOf(graph: ProcessGraph, variantOfId: number): ProcessGraph {
  return { ...graph, analysis: { ...graph.analysis, variantOfId } };
}

/** Looks a key up in a map the seed built itself; a miss is a mistake in the data above. */
function lookup<K>(map: Map<K, number>, key: K, what: string): number {
  const id = map.get(key);
  if (id === undefined) throw new Error(`Sample library: unknown ${what} "${String(key)}".`);
  return id;
}

export type SeededSample = {
  /** Department ids by name. */
  departmentIds: Map<string, number>;
  /** Role ids by role code. */
  roleIds: Map<string, number>;
  /** Process ids by process code. */
  processIds: Map<string, number>;
};

/**
 * Writes the sample — the starter dictionary; the company's 4 departments and 12 roles; the
 * insurer's 6 departments, 10 roles and 2 policy-issuing processes (the redesign linked to the
 * as-is as its to-be variant) — into the library in one transaction, so a failure leaves the
 * library as it was. Meant for a new, empty library: it
 * adds to whatever is there and does not look for an earlier sample.
 */
export function seedSampleLibrary(repositories: Repositories): SeededSample {
  return repositories.transaction(() => {
    const competencyIds = seedStarterDictionary(repositories);

    const departmentIds = new Map<DepartmentKey, number>();
    for (const department of DEPARTMENTS) {
      const parentId =
        department.parent === null ? null : lookup(departmentIds, department.parent, 'department');
      departmentIds.set(
        department.key,
        repositories.departments.create(department.name, parentId).id,
      );
    }

    const roleIds = new Map<string, number>();
    for (const role of SAMPLE_ROLES) {
      const basics = {
        title: role.title,
        code: role.code,
        departmentId: lookup(departmentIds, role.department, 'department'),
        reportsToId: role.reportsTo === null ? null : lookup(roleIds, role.reportsTo, 'manager'),
        headcount: role.headcount,
        grade: role.grade,
        purpose: role.purpose,
        template: role.template,
      };
      const id = repositories.roles.create(basics);
      repositories.roles.save(
        {
          ...basics,
          id,
          duties: role.duties.map(toDuty),
          details: withStructuredDetails(role.code, toDetails(role.details)),
          competencies: role.competencies.map(([nameEn, requiredLevel, importance]) => ({
            competencyId: lookup(competencyIds, nameEn, 'competency'),
            requiredLevel,
            importance,
          })),
        },
        0,
      ); // just created: edit version 0
      roleIds.set(role.code, id);
    }
    storeSampleStructures(repositories, roleIds.values());

    const processIds = new Map<string, number>();
    const ids = {
      department: (key: InsurerDepartmentKey) => lookup(departmentIds, key, 'department'),
      role: (code: string) => lookup(roleIds, code, 'role'),
    };
    for (const { basics, graph, variantOf } of insurerProcesses(ids)) {
      // create writes the record with an empty drawing; save adds the graph and its index.
      const id = repositories.processes.create(basics);
      // A to-be variant names its as-is by id, known only once the as-is is created.
      const variantOfId = variantOf === null ? null : lookup(processIds, variantOf, 'process');
      const linked = variantOfId === null ? graph : withVariantOf(graph, variantOfId);
      repositories.processes.save(id, 0, basics, linked);
      processIds.set(basics.code, id);
    }

    seedAlignmentSample(repositories, roleIds, processIds);
    seedInspectionSample(repositories, roleIds, processIds);

    return {
      departmentIds: new Map(
        DEPARTMENTS.map((d) => [d.name, lookup(departmentIds, d.key, 'department')]),
      ),
      roleIds,
      processIds,
    };
  });
}
