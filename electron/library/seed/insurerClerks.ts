import {
  INSURER_ROLE_CODES as CODES,
  ZH_LOCATION,
  type InsurerDepartmentKey,
} from './insurerCommon';
import type { SampleRole } from './sampleRole';

/*
 * The clerks who did the insurer's as-is policy issuing, one per department the file passed
 * through (the underwriter is in insurerCase.ts): they are the R of the as-is steps, so the
 * analysis knows who works each step and at what cost. Their descriptions are of the jobs as
 * they were — each a slice of one customer's case — which is what the redesign replaced.
 */

type Role = SampleRole<InsurerDepartmentKey>;

const SERVICE_CLERK: Role = {
  code: CODES.serviceClerk,
  title: '客户服务专员',
  department: 'customerService',
  reportsTo: CODES.newBusinessManager,
  headcount: 4,
  grade: 'P1',
  template: 'zh',
  purpose:
    '受理客户和代理人递交的投保申请，检查申请资料是否齐全并录入前台系统，把完整的投保卷宗按时移送信用审查部，保证每份申请都有据可查。',
  duties: [
    [
      '接收投保申请书，加盖收件章并登记收件台账',
      'execute',
      20,
      'daily',
      '收件当天盖章登记，台账与实物卷宗一一对应',
      '台账漏登 0 件',
    ],
    [
      '检查申请书的签名、告知事项和受益人是否填写完整',
      'execute',
      25,
      'daily',
      '对照《投保单填写须知》逐项检查，缺项在检查单上标出',
      '检查漏项 ≤ 1%',
    ],
    [
      '通知客户补齐缺漏资料并跟踪补件进度',
      'execute',
      15,
      'daily',
      '缺项当天寄出补件通知；10 天未补齐的电话催办',
      '补件 10 天内办结率 ≥ 85%',
    ],
    [
      '录入投保信息到前台系统',
      'execute',
      25,
      'daily',
      '收件后 1 个工作日内录入，录入后自行复核一遍',
      '录入差错率 ≤ 0.5%',
    ],
    [
      '整理投保卷宗并移交信用审查部',
      'execute',
      15,
      'daily',
      '复印留底后填写交接单，随上午或下午的内部邮件移送',
      '卷宗遗失 0 件',
    ],
  ],
  details: {
    location: ZH_LOCATION,
    monthlyWage: 7000,
    directReports: '无',
    authority: '退回资料不全的投保申请的权力；要求客户补充资料的权力。',
    relationsInternal: '信用审查部（卷宗移交）；新契约部经理',
    relationsExternal: '投保客户和代理人',
    education: '大专及以上学历',
    major: '保险、金融或市场营销',
    experience: '1 年以上保险柜面或客户服务经验',
    knowledge: '投保规则和常见险种条款；客户身份识别要求',
    skills: '熟练使用前台系统和办公软件；普通话标准',
    training: '上岗前：投保单填写须知和柜面服务规范；每年：服务礼仪和反洗钱培训不少于 16 学时',
    workConditions: '柜面办公环境，需长时间接待客户',
    kpis: [
      ['录入差错率', '≤ 0.5%', 'monthly'],
      ['补件 10 天内办结率', '≥ 85%', 'monthly'],
    ],
    careerPath: '客户服务专员 → 高级客户服务专员 → 专案经理',
  },
  competencies: [
    ['Customer Service Orientation', 3, 5],
    ['Attention to Detail', 3, 4],
    ['Office Software Proficiency', 2, 3],
    ['Teamwork', 2, 3],
  ],
};

const CREDIT_REVIEWER: Role = {
  code: CODES.creditReviewer,
  title: '信用审查员',
  department: 'credit',
  reportsTo: CODES.newBusinessManager,
  headcount: 3,
  grade: 'P2',
  template: 'zh',
  purpose:
    '查询和评估投保人的信用与缴费能力，判断保额与收入是否相称，为核保提供书面的信用审查意见，防范带病投保和恶意投保带来的风险。',
  duties: [
    [
      '登记收到的投保卷宗并按工作量分派审查',
      'execute',
      10,
      'daily',
      '到件当天登记；按在办件数平均分派',
      '分派延误 0 件',
    ],
    [
      '申请征信机构查询投保人的信用记录',
      'execute',
      20,
      'daily',
      '分派当天填写查询申请表并传真发出',
      '查询申请差错 0 件',
    ],
    [
      '评估投保人的信用状况、收入与缴费能力',
      'execute',
      40,
      'daily',
      '对照征信报告和申请书所填收入，判断保额是否相称，结论写明依据',
      '审查结论被核保改判率 ≤ 3%',
    ],
    [
      '编制信用审查意见并移交核保部',
      'execute',
      20,
      'daily',
      '回函到达后 1 个工作日内出具意见，附入卷宗移送',
      '审查意见按时出具率 ≥ 95%',
    ],
    [
      '汇总征信异常案例，提出投保信用规则的改进建议',
      'participate',
      10,
      'quarterly',
      '每季度汇总一次，附典型案例',
      '改进建议 ≥ 1 项 / 季度',
    ],
  ],
  details: {
    location: ZH_LOCATION,
    monthlyWage: 9000,
    directReports: '无',
    authority: '向征信机构查询投保人信用的权力；对缴费能力不足的投保提出限额建议的权力。',
    relationsInternal: '客户服务部（卷宗来源）；核保部（审查意见）',
    relationsExternal: '征信机构',
    education: '本科及以上学历',
    major: '金融、会计或经济学',
    experience: '2 年以上信贷审查或保险核保经验',
    knowledge: '个人征信报告的解读；收入证明的审查要点；《征信业管理条例》',
    skills: '熟练使用征信查询系统和办公软件',
    training: '上岗前：征信查询授权和保密制度；每年：反欺诈和征信法规培训不少于 16 学时',
    workConditions: '办公室环境；经手客户信用信息，须遵守保密规定',
    kpis: [
      ['审查意见按时出具率', '≥ 95%', 'monthly'],
      ['审查结论被核保改判率', '≤ 3%', 'quarterly'],
    ],
    careerPath: '信用审查员 → 高级信用审查员 → 核保员',
  },
  competencies: [
    ['Financial Analysis', 3, 5],
    ['Confidentiality', 3, 5],
    ['Integrity', 3, 4],
    ['Analytical Judgement', 2, 4],
  ],
};

const RATER: Role = {
  code: CODES.rater,
  title: '定价员',
  department: 'rating',
  reportsTo: CODES.ratingSupervisor,
  headcount: 2,
  grade: 'P1',
  template: 'zh',
  purpose:
    '依据费率表和核保结论计算每份保单的保费，把投保和核保信息录入定价系统，保证保费计算准确、依据可查，按时把卷宗移送出单部。',
  duties: [
    [
      '录入投保和核保信息到定价系统',
      'execute',
      25,
      'daily',
      '到件当天录入；与卷宗逐项核对后提交',
      '定价录入差错率 ≤ 0.5%',
    ],
    [
      '核算保费，按险种、年龄、保额和核保加费查表计算',
      'execute',
      40,
      'daily',
      '计算过程记入定价单，加费依据注明核保结论编号',
      '保费计算差错率 ≤ 0.3%',
    ],
    [
      '提交定价单和计算依据给定价主管复核',
      'execute',
      10,
      'daily',
      '计算完成当天提交',
      '复核退回率 ≤ 5%',
    ],
    [
      '整理定价卷宗并移交出单部',
      'execute',
      15,
      'daily',
      '主管签字当天填写移交单移送',
      '卷宗移交延误 0 件',
    ],
    [
      '配合精算部更新费率表，核对新费率的试算结果',
      'assist',
      10,
      'asNeeded',
      '新费率生效前完成 20 件试算并报告差异',
      '费率上线差错 0 次',
    ],
  ],
  details: {
    location: ZH_LOCATION,
    monthlyWage: 8500,
    directReports: '无',
    authority: '按费率表计算和调整保费的权力；对核保加费不明确的卷宗退回核保部的权力。',
    // No 出单部 / 出单员, though every file goes there: the gap rule J4 points out.
    relationsInternal: '定价主管；核保部；精算部',
    relationsExternal: '无',
    education: '大专及以上学历',
    major: '保险、精算或数学',
    experience: '1 年以上保险定价或核算经验',
    knowledge: '寿险费率结构和加费规则；定价系统操作规范',
    skills: '熟练使用定价系统和电子表格',
    training: '上岗前：费率表和定价系统培训；每年：新产品费率培训不少于 12 学时',
    workConditions: '办公室环境；长时间使用计算机',
    kpis: [
      ['保费计算差错率', '≤ 0.3%', 'monthly'],
      ['复核退回率', '≤ 5%', 'monthly'],
    ],
    careerPath: '定价员 → 高级定价员 → 定价主管',
  },
  competencies: [
    ['Attention to Detail', 3, 5],
    ['Data Analysis', 2, 4],
    ['Office Software Proficiency', 3, 4],
    ['Quality Mindset', 2, 3],
  ],
};

const ISSUE_CLERK: Role = {
  code: CODES.issueClerk,
  title: '出单员',
  department: 'issuance',
  reportsTo: CODES.issueSupervisor,
  headcount: 3,
  grade: 'P1',
  template: 'zh',
  purpose:
    '根据定价后的卷宗录入保单信息、打印装订保单并寄送客户，保证保单内容与投保申请一致、按时送达客户手中。',
  duties: [
    [
      '录入保单信息到出单系统',
      'execute',
      25,
      'daily',
      '到件当天录入，与定价单逐项核对',
      '出单录入差错率 ≤ 0.5%',
    ],
    [
      '制作保单，打印保单、条款和现金价值表并装订',
      'execute',
      25,
      'daily',
      '使用当期有效的条款版本；装订顺序符合出单规范',
      '保单制作返工率 ≤ 1%',
    ],
    [
      '核对保单与投保申请书的姓名、证件号、险种和保额',
      'execute',
      20,
      'daily',
      '逐项核对并在核对单上签字',
      '错单寄出 0 件',
    ],
    [
      '办理签发保单的邮寄并登记邮寄台账',
      'execute',
      20,
      'daily',
      '签章当天交邮寄出，台账记录邮件编号',
      '保单寄送延误 0 件',
    ],
    [
      '协助客户服务部处理保单内容的查询和更正',
      'assist',
      10,
      'asNeeded',
      '更正申请 2 个工作日内办结',
      '更正办结率 ≥ 95%',
    ],
  ],
  details: {
    location: ZH_LOCATION,
    monthlyWage: 6500,
    directReports: '无',
    authority: '对信息不一致的卷宗暂停出单并退回的权力。',
    relationsInternal: '出单主管；定价部；客户服务部',
    relationsExternal: '邮政和快递公司',
    education: '大专及以上学历',
    major: '保险、文秘或相关专业',
    experience: '1 年以上保险出单或文书工作经验',
    knowledge: '保单要素和出单规范；条款版本管理',
    skills: '熟练使用出单系统、打印和装订设备',
    training: '上岗前：出单规范和系统操作；每年：条款更新培训不少于 8 学时',
    workConditions: '办公室环境；需操作打印和装订设备',
    kpis: [
      ['错单寄出件数', '0 件', 'monthly'],
      ['保单寄送延误件数', '0 件', 'monthly'],
    ],
    careerPath: '出单员 → 高级出单员 → 出单主管',
  },
  competencies: [
    ['Attention to Detail', 2, 4],
    ['Office Software Proficiency', 2, 4],
    ['Accountability', 2, 3],
    ['Customer Service Orientation', 2, 3],
  ],
};

/** Created after the supervisors they report to (insurerCase.ts lists them in that order). */
export const INSURER_CLERKS: readonly Role[] = [SERVICE_CLERK, CREDIT_REVIEWER, RATER, ISSUE_CLERK];
