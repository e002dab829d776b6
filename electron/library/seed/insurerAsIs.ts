import { INSURER_AS_IS_CODE, INSURER_ROLE_CODES as CODES } from './insurerCommon';
import {
  days,
  department,
  hours,
  minutes,
  type ActivityRow,
  type ProcessData,
  type RaciRow,
  type StepObjects,
} from './insurerRows';

/*
 * The insurer's policy issuing as it was (DOMAIN.md, "Cases the users know"): the file
 * travels through five departments in 35 steps whose work adds up to 17 minutes. On the
 * working-day basis the best case (complete papers, no medical, approved at once) takes about
 * 5 working days and the critical path, with the expected rework (papers back to the customer,
 * medical evidence asked for), about 25 — process cycle efficiency far under 1 % on either
 * basis, which the analysis must be able to show.
 *
 * A step's wait is the time the file waits before the step is worked on (its in-tray, the
 * post, a reply from outside): whole days for the queues and replies from outside, hours for
 * the in-department delays.
 */

const INSTRUCTIONS: Readonly<Record<string, string>> = {
  'cs-receive': '在申请书首页加盖收件章并写明日期：各部门的时限都从这一天起算。',
  'cs-log': '在本部门的纸质台账上登记投保人、险种和收件日期；其他部门各记各的台账。',
  'cs-check': '对照《投保单填写须知》逐项检查签名、告知事项和受益人，缺项在检查单上标出。',
  'cs-return': '寄出补件通知，列明缺项；等待时间是客户补交资料的平均在途时间。补交后重新检查。',
  'cs-key': '第一次录入：前台系统与定价、出单系统不互通，后面还要录入两次。',
  'cs-send': '复印留底，原件装入卷宗，填写交接单后放入内部邮件筐；邮件每天上午、下午各收一次。',
  'credit-queue': '按到达顺序排队，审查员办完手头案件才取下一件。',
  'credit-log': '在本部门台账上再登记一次，按审查员的工作量分派。',
  'credit-request': '填写查询申请表并传真至征信机构。',
  'credit-wait': '征信机构成批处理查询，回函以传真或邮寄送达。',
  'credit-assess': '对照征信报告和申请书所填收入，判断缴费能力与保额是否相称。',
  'credit-send': '在审查意见表上写明结论，附入卷宗，经内部邮件移送核保部。',
  'uw-queue': '核保员按到达顺序处理，加急件需主管另行批示。',
  'uw-check': '再次检查申请书是否齐全——客户服务部已经检查过同一件事。',
  'uw-assess': '按《核保手册》评点健康、职业和财务风险，作出承保、加费、除外或拒保的结论。',
  'uw-request': '列明体检项目和指定体检机构，寄给客户或代理人。',
  'uw-wait': '客户预约体检、体检机构出具报告并寄回的时间。',
  'uw-approve': '每件都送主管签字，不分金额和风险高低；主管外出时卷宗在其办公桌上等候。',
  'uw-send': '填写移交单，经内部邮件移送定价部。',
  'rating-queue': '按到达顺序排队。',
  'rating-key': '第二次录入：定价系统读不到前台系统的数据。',
  'rating-price': '按险种、年龄、保额和核保加费查费率表计算保费。',
  'rating-approve': '主管逐件复算并签字。',
  'rating-send': '填写移交单，经内部邮件移送出单部。',
  'issue-queue': '按到达顺序排队。',
  'issue-key': '出单系统同样读不到前两个系统的数据，保单信息再录入一遍。',
  'issue-print': '打印保单、条款和现金价值表，装订成册。',
  'issue-check': '逐项核对姓名、证件号、险种和保额——第三道检查，只为发现前面重复录入造成的差错。',
  'issue-sign': '主管签章后保单生效。',
  'issue-mail': '装封登记后交邮局寄出；等待时间是等候当天邮件收寄的时间。',
};

/** Who does the steps of each lane (R), and who answers for them (A). */
const LANE_ROLES: Readonly<Record<string, { doer: string; accountable: string }>> = {
  // Customer service and credit review had no supervisor: they answered to the manager.
  cs: { doer: CODES.serviceClerk, accountable: CODES.newBusinessManager },
  credit: { doer: CODES.creditReviewer, accountable: CODES.newBusinessManager },
  uw: { doer: CODES.underwriter, accountable: CODES.underwritingSupervisor },
  rating: { doer: CODES.rater, accountable: CODES.ratingSupervisor },
  issue: { doer: CODES.issueClerk, accountable: CODES.issueSupervisor },
};

/**
 * RACI of every step: the lane's clerk is R and its head A; a 主管 approval is done by the
 * supervisor, who is R and A of it. Filled in for every step, so the clerks' wages price the
 * work and the RACI rules see the approvers as the Accountable.
 */
function raciOf(activities: readonly ActivityRow[]): RaciRow[] {
  return activities.flatMap(([id, lane, , , , , flag]): RaciRow[] => {
    const roles = LANE_ROLES[lane];
    if (!roles) throw new Error(`Insurer sample: no roles for lane ${lane}`);
    const doer = flag === 'approval' ? roles.accountable : roles.doer;
    return [
      [id, doer, 'R'],
      [id, roles.accountable, 'A'],
    ];
  });
}

const ACTIVITIES: readonly ActivityRow[] = [
  ['cs-receive', 'cs', '接收投保申请书并加盖收件章', 0.5, minutes(0), 'BVA', null],
  ['cs-log', 'cs', '登记投保申请台账', 0.5, minutes(30), 'NVA', null],
  ['cs-check', 'cs', '检查申请书填写是否完整', 1, minutes(30), 'BVA', 'inspection'],
  ['cs-return', 'cs', '退回客户补齐资料', 0.5, days(10), 'NVA', null],
  ['cs-key', 'cs', '录入投保信息到前台系统', 1.5, hours(1), 'BVA', null],
  ['cs-send', 'cs', '复印申请书并移送信用审查部', 0.5, minutes(30), 'NVA', 'handOff'],
  ['credit-queue', 'credit', '排队等候信用审查', 0, days(1), 'NVA', null],
  ['credit-log', 'credit', '登记收件并分派审查员', 0.5, minutes(0), 'NVA', null],
  ['credit-request', 'credit', '发出征信查询申请', 0.5, minutes(30), 'BVA', null],
  ['credit-wait', 'credit', '等待征信报告回函', 0, days(1), 'NVA', null],
  ['credit-assess', 'credit', '评估投保人信用与缴费能力', 1, minutes(30), 'BVA', null],
  ['credit-send', 'credit', '填写信用审查意见并移送核保部', 0.5, minutes(30), 'NVA', 'handOff'],
  ['uw-queue', 'uw', '排队等候核保', 0, days(1), 'NVA', null],
  ['uw-check', 'uw', '核对卷宗文件与信用审查意见', 0.5, minutes(0), 'NVA', 'inspection'],
  ['uw-assess', 'uw', '评估风险并作出核保结论', 2, hours(1), 'VA', null],
  ['uw-request', 'uw', '发函要求客户补充体检报告', 0.5, minutes(0), 'NVA', null],
  ['uw-wait', 'uw', '等待客户补交体检报告', 0, days(20), 'NVA', null],
  ['uw-approve', 'uw', '审批核保结论', 0.5, hours(1), 'BVA', 'approval'],
  ['uw-send', 'uw', '填写移交单并移送定价部', 0.5, minutes(30), 'NVA', 'handOff'],
  ['rating-queue', 'rating', '排队等候定价', 0, hours(4), 'NVA', null],
  ['rating-key', 'rating', '录入投保和核保信息到定价系统', 1, minutes(0), 'NVA', null],
  ['rating-price', 'rating', '计算保费（查费率表）', 1, minutes(30), 'VA', null],
  ['rating-approve', 'rating', '审批保费', 0.5, minutes(30), 'BVA', 'approval'],
  ['rating-send', 'rating', '移送出单部', 0.5, minutes(30), 'NVA', 'handOff'],
  ['issue-queue', 'issue', '排队等候出单', 0, hours(4), 'NVA', null],
  ['issue-key', 'issue', '录入保单信息到出单系统', 0.5, minutes(0), 'NVA', null],
  ['issue-print', 'issue', '打印保单和保险条款', 1, minutes(0), 'VA', null],
  ['issue-check', 'issue', '核对保单与投保申请书', 0.5, minutes(0), 'NVA', 'inspection'],
  ['issue-sign', 'issue', '签批保单并加盖签章', 0.5, minutes(30), 'BVA', 'approval'],
  ['issue-mail', 'issue', '邮寄保单给客户', 0.5, minutes(30), 'BVA', null],
];

/**
 * What the as-is steps take in and put out (the step table's 输入 / 输出): the ESIA rules read
 * them to see the application checked three times unchanged (E2) and the case keyed into
 * three systems (A2).
 */
const OBJECTS: Readonly<Record<string, StepObjects>> = {
  'cs-check': { inputs: '投保申请书' },
  'cs-key': { inputs: '投保申请书', outputs: '投保信息' },
  'credit-assess': { inputs: '征信报告、投保申请书', outputs: '信用审查意见' },
  'uw-check': { inputs: '投保申请书、信用审查意见' },
  'uw-assess': { inputs: '投保申请书、信用审查意见', outputs: '核保结论' },
  'rating-key': { inputs: '投保信息、核保结论' },
  'rating-price': { inputs: '投保信息、核保结论', outputs: '保费' },
  'issue-key': { inputs: '投保信息、保费' },
  'issue-print': { outputs: '保单' },
  'issue-check': { inputs: '保单、投保申请书' },
};

export const AS_IS: ProcessData = {
  basics: {
    code: INSURER_AS_IS_CODE,
    name: '保单签发（现状） / Policy issuing (as-is)',
    processClass: 'key',
    purpose:
      '把客户的投保申请变成签发的保单。现状按实际做法绘制：卷宗依次经过 5 个部门、19 人之手，实际作业合计 17 分钟，其余时间都在排队、等待和传递纸面卷宗。用于 ESIA 分析，并与专案经理方案对比。',
    trigger: '客户或代理人递交投保申请书',
    output: '签发并寄出的保单',
    kpis: {
      cost: '实际作业 17 分钟；5 个部门、19 人经手',
      timeLimit: '5–25 天',
      accuracy: '三次录入、三道检查，仍有错单返工',
      satisfaction: '客户无法查询进度，投诉集中在时效',
    },
  },
  ownerRole: CODES.newBusinessManager,
  department: 'insurance',
  lanes: [
    ['cs', department('customerService')],
    ['credit', department('credit')],
    ['uw', department('underwriting')],
    ['rating', department('rating')],
    ['issue', department('issuance')],
  ],
  markers: [
    ['start', 'cs', 'start', '收到投保申请'],
    ['cs-complete', 'cs', 'decision', '资料齐全？'],
    ['uw-medical', 'uw', 'decision', '需补充体检资料？'],
    ['uw-approved', 'uw', 'decision', '核保主管同意？'],
    ['end', 'issue', 'end', '保单已寄出'],
  ],
  activities: ACTIVITIES,
  instructions: INSTRUCTIONS,
  objects: OBJECTS,
  edges: [
    ['start', 'cs-receive'],
    ['cs-receive', 'cs-log'],
    ['cs-log', 'cs-check'],
    ['cs-check', 'cs-complete'],
    ['cs-complete', 'cs-key', '是', [85, 'pass']],
    ['cs-complete', 'cs-return', '否', [15, 'reject']],
    ['cs-return', 'cs-check'],
    ['cs-key', 'cs-send'],
    ['cs-send', 'credit-queue'],
    ['credit-queue', 'credit-log'],
    ['credit-log', 'credit-request'],
    ['credit-request', 'credit-wait'],
    ['credit-wait', 'credit-assess'],
    ['credit-assess', 'credit-send'],
    ['credit-send', 'uw-queue'],
    ['uw-queue', 'uw-check'],
    ['uw-check', 'uw-assess'],
    ['uw-assess', 'uw-medical'],
    ['uw-medical', 'uw-approve', '否', [55, 'pass']],
    // Medical evidence asked for: the file goes back to the customer and is assessed again.
    ['uw-medical', 'uw-request', '是', [45, 'reject']],
    ['uw-request', 'uw-wait'],
    ['uw-wait', 'uw-assess'],
    ['uw-approve', 'uw-approved'],
    ['uw-approved', 'uw-send', '是', [95, 'pass']],
    ['uw-approved', 'uw-assess', '否', [5, 'reject']],
    ['uw-send', 'rating-queue'],
    ['rating-queue', 'rating-key'],
    ['rating-key', 'rating-price'],
    ['rating-price', 'rating-approve'],
    ['rating-approve', 'rating-send'],
    ['rating-send', 'issue-queue'],
    ['issue-queue', 'issue-key'],
    ['issue-key', 'issue-print'],
    ['issue-print', 'issue-check'],
    ['issue-check', 'issue-sign'],
    ['issue-sign', 'issue-mail'],
    ['issue-mail', 'end'],
  ],
  raci: raciOf(ACTIVITIES),
  // 10,000 applications a year; the 时限 the process was held to: 25 working days.
  analysis: { annualVolume: 10000, timeLimitDays: 25 },
};
