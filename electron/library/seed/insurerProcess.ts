import { DEFAULT_LANE_SIZE, NODE_SIZE } from '../../../shared/layout/geometry';
import { layoutProcess } from '../../../shared/layout/laneLayout';
import {
  emptyActivityDetails,
  type Lane,
  type NodeKind,
  type ProcessBasics,
  type ProcessEdge,
  type ProcessGraph,
  type ProcessNode,
  type RaciLetter,
  type ValueClass,
} from '../../../shared/process';
import {
  INSURER_DEPARTMENTS,
  INSURER_ROLE_CODES,
  INSURER_ROLES,
  type InsurerDepartmentKey,
} from './insurerCase';

/*
 * The insurer's policy issuing, drawn twice (DOMAIN.md, "Cases the users know"):
 *
 *  - as it was: the file travels through five departments in 35 steps, whose work adds up to
 *    17 minutes and whose waiting to 10 days (7 on the straight path, 3 in the rework loops
 *    back to the customer) — process cycle efficiency far under 1%, which the analysis must
 *    be able to show;
 *  - as redesigned: one case manager (专案经理) does the whole process on a shared system and
 *    consults an underwriter only on hard cases — a few steps and a few hours.
 *
 * A step's waitMinutes is the time the file waits before the step is worked on (its in-tray,
 * the post, a reply from outside), so the waits of a path add up to its elapsed time less its
 * work. Positions come from the same auto-layout as the editor's button, so the sample opens
 * as cleanly drawn as a map the user has laid out.
 */

const HOUR = 60;
const DAY = 24 * HOUR;

export const INSURER_AS_IS_CODE = 'INS-P01';
export const INSURER_CASE_MANAGER_CODE = 'INS-P02';

/** What marks a step for the analysis: 审批, 检查, or passing the work to another unit. */
type Flag = 'approval' | 'inspection' | 'handOff';

type MarkerRow = readonly [id: string, lane: string, kind: NodeKind, label: string];
type ActivityRow = readonly [
  id: string,
  lane: string,
  label: string,
  workMinutes: number,
  waitMinutes: number,
  value: ValueClass,
  flag: Flag | null,
];
type EdgeRow = readonly [source: string, target: string, label?: string];
type RaciRow = readonly [step: string, roleCode: string, letter: RaciLetter];
type StepObjects = { inputs?: string; outputs?: string };

type LaneOwnerKey =
  { kind: 'department'; key: InsurerDepartmentKey } | { kind: 'role'; code: string };
type LaneRow = readonly [id: string, owner: LaneOwnerKey];

/** A process written in rows: everything but ids from the library and positions. */
type ProcessData = {
  basics: Omit<ProcessBasics, 'ownerRoleId' | 'departmentId'>;
  ownerRole: string;
  department: InsurerDepartmentKey;
  lanes: readonly LaneRow[];
  markers: readonly MarkerRow[];
  activities: readonly ActivityRow[];
  /** 作业指导书 per activity id: how the step is done (as-is: and why it is waste). */
  instructions: Readonly<Record<string, string>>;
  /** 输入 / 输出 per activity id, where the sample names them. */
  objects?: Readonly<Record<string, StepObjects>>;
  edges: readonly EdgeRow[];
  raci: readonly RaciRow[];
};

const department = (key: InsurerDepartmentKey): LaneOwnerKey => ({ kind: 'department', key });

const AS_IS_INSTRUCTIONS: Readonly<Record<string, string>> = {
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

/**
 * What the as-is steps take in and put out (the step table's 输入 / 输出): the ESIA rules read
 * them to see the application checked three times unchanged (E2) and the case keyed into
 * three systems (A2).
 */
const AS_IS_OBJECTS: Readonly<Record<string, StepObjects>> = {
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

const AS_IS: ProcessData = {
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
  ownerRole: INSURER_ROLE_CODES.newBusinessManager,
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
  activities: [
    ['cs-receive', 'cs', '接收投保申请书并加盖收件章', 0.5, 0, 'BVA', null],
    ['cs-log', 'cs', '登记投保申请台账', 0.5, 2 * HOUR, 'NVA', null],
    ['cs-check', 'cs', '检查申请书填写是否完整', 1, 2 * HOUR, 'BVA', 'inspection'],
    ['cs-return', 'cs', '退回客户补齐资料', 0.5, DAY, 'NVA', null],
    ['cs-key', 'cs', '录入投保信息到前台系统', 1.5, 4 * HOUR, 'BVA', null],
    ['cs-send', 'cs', '复印申请书并移送信用审查部', 0.5, 4 * HOUR, 'NVA', 'handOff'],
    ['credit-queue', 'credit', '卷宗在信用审查收件筐排队', 0, DAY, 'NVA', null],
    ['credit-log', 'credit', '登记收件并分派审查员', 0.5, 0, 'NVA', null],
    ['credit-request', 'credit', '向征信机构发出信用查询', 0.5, 2 * HOUR, 'BVA', null],
    ['credit-wait', 'credit', '等待征信报告回函', 0, 2 * DAY, 'NVA', null],
    ['credit-assess', 'credit', '评估投保人信用与缴费能力', 1, 2 * HOUR, 'BVA', null],
    ['credit-send', 'credit', '填写信用审查意见并移送核保部', 0.5, 2 * HOUR, 'NVA', 'handOff'],
    ['uw-queue', 'uw', '卷宗在核保待办队列排队', 0, DAY, 'NVA', null],
    ['uw-check', 'uw', '核对卷宗文件与信用审查意见', 0.5, 0, 'NVA', 'inspection'],
    ['uw-assess', 'uw', '评估风险并作出核保结论', 2, 4 * HOUR, 'VA', null],
    ['uw-request', 'uw', '发函要求客户补充体检报告', 0.5, 0, 'NVA', null],
    ['uw-wait', 'uw', '等待客户补交体检报告', 0, 2 * DAY, 'NVA', null],
    ['uw-approve', 'uw', '核保主管审批核保结论', 0.5, 8 * HOUR, 'BVA', 'approval'],
    ['uw-send', 'uw', '填写移交单并移送定价部', 0.5, 2 * HOUR, 'NVA', 'handOff'],
    ['rating-queue', 'rating', '卷宗在定价待办队列排队', 0, 8 * HOUR, 'NVA', null],
    ['rating-key', 'rating', '重新录入投保和核保信息', 1, 0, 'NVA', null],
    ['rating-price', 'rating', '查费率表计算保费', 1, 2 * HOUR, 'VA', null],
    ['rating-approve', 'rating', '定价主管审批保费', 0.5, 4 * HOUR, 'BVA', 'approval'],
    ['rating-send', 'rating', '移送出单部', 0.5, 2 * HOUR, 'NVA', 'handOff'],
    ['issue-queue', 'issue', '卷宗在出单待办队列排队', 0, 8 * HOUR, 'NVA', null],
    ['issue-key', 'issue', '第三次录入保单信息', 0.5, 0, 'NVA', null],
    ['issue-print', 'issue', '打印保单和保险条款', 1, 2 * HOUR, 'VA', null],
    ['issue-check', 'issue', '核对保单与投保申请书', 0.5, 2 * HOUR, 'NVA', 'inspection'],
    ['issue-sign', 'issue', '出单主管签章审批', 0.5, 4 * HOUR, 'BVA', 'approval'],
    ['issue-mail', 'issue', '邮寄保单给客户', 0.5, 8 * HOUR, 'BVA', null],
  ],
  instructions: AS_IS_INSTRUCTIONS,
  objects: AS_IS_OBJECTS,
  edges: [
    ['start', 'cs-receive'],
    ['cs-receive', 'cs-log'],
    ['cs-log', 'cs-check'],
    ['cs-check', 'cs-complete'],
    ['cs-complete', 'cs-key', '是'],
    ['cs-complete', 'cs-return', '否'],
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
    ['uw-medical', 'uw-approve', '否'],
    ['uw-medical', 'uw-request', '是'],
    ['uw-request', 'uw-wait'],
    ['uw-wait', 'uw-assess'],
    ['uw-approve', 'uw-approved'],
    ['uw-approved', 'uw-send', '是'],
    ['uw-approved', 'uw-assess', '否'],
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
  // The underwriter does the underwriting steps, so that role's description lists them.
  raci: [
    ['uw-check', INSURER_ROLE_CODES.underwriter, 'R'],
    ['uw-assess', INSURER_ROLE_CODES.underwriter, 'R'],
    ['uw-request', INSURER_ROLE_CODES.underwriter, 'R'],
  ],
};

const CASE_MANAGER_INSTRUCTIONS: Readonly<Record<string, string>> = {
  'cm-intake': '当场核实资料，缺项一次性告知客户；信息只录入一次，后续各步都从系统读取。',
  'cm-credit': '系统联网查询征信并给出评分，无需填表传真。',
  'cm-assess': '系统按核保规则提示风险要点；规则内的常规件由专案经理直接决定。',
  'cm-consult': '只有规则外的案件才会签；核保员 4 个工作小时内答复。',
  'cm-price': '系统按费率表和核保结论计算保费，专案经理确认。',
  'cm-issue': '系统比对保单与申请信息一致后方可打印；授权内由专案经理签发。',
  'cm-send': '交快递寄出，系统向客户发送保单号和查询方式。',
};

const CASE_MANAGER_PROCESS: ProcessData = {
  basics: {
    code: INSURER_CASE_MANAGER_CODE,
    name: '保单签发（专案经理） / Policy issuing (case manager)',
    processClass: 'key',
    purpose:
      '改造后的保单签发：由一名专案经理作为客户的单一联系人，依托共享投保信息系统完成全过程——信息只录入一次，常规件由系统规则支持当场决定，只有疑难风险才请核保员会签。目标：效率提高 60%。',
    trigger: '客户或代理人递交投保申请书',
    output: '签发并寄出的保单',
    kpis: {
      cost: '每件 1 人经手，实际作业约 14 分钟',
      timeLimit: '常规件 ≤ 4 小时；疑难件 ≤ 1 个工作日',
      accuracy: '一次录入，系统比对保单与申请信息，差错率 ≤ 0.5%',
      satisfaction: '单一联系人随时答复进度，客户满意度 ≥ 95%',
    },
  },
  ownerRole: INSURER_ROLE_CODES.newBusinessManager,
  department: 'insurance',
  lanes: [['cm', { kind: 'role', code: INSURER_ROLE_CODES.caseManager }]],
  markers: [
    ['start', 'cm', 'start', '收到投保申请'],
    ['cm-system', 'cm', 'data', '共享投保信息系统'],
    ['cm-routine', 'cm', 'decision', '规则内常规件？'],
    ['end', 'cm', 'end', '保单已寄出'],
  ],
  activities: [
    ['cm-intake', 'cm', '受理申请并在共享系统中一次建档', 3, 0, 'BVA', null],
    ['cm-credit', 'cm', '调取系统自动信用评分', 1, 15, 'BVA', null],
    ['cm-assess', 'cm', '依核保规则评估风险并作出核保结论', 4, 15, 'VA', null],
    ['cm-consult', 'cm', '提请核保员会签疑难风险', 2, 4 * HOUR, 'BVA', null],
    ['cm-price', 'cm', '确认系统计算的保费', 1, 0, 'VA', null],
    ['cm-issue', 'cm', '打印并签发保单', 2, 15, 'VA', null],
    ['cm-send', 'cm', '寄送保单并短信通知客户', 1, 30, 'BVA', null],
  ],
  instructions: CASE_MANAGER_INSTRUCTIONS,
  edges: [
    ['start', 'cm-intake'],
    ['cm-intake', 'cm-system', '一次录入'],
    ['cm-intake', 'cm-credit'],
    ['cm-credit', 'cm-assess'],
    ['cm-assess', 'cm-routine'],
    ['cm-routine', 'cm-price', '是'],
    ['cm-routine', 'cm-consult', '否'],
    ['cm-consult', 'cm-price'],
    ['cm-price', 'cm-issue'],
    ['cm-issue', 'cm-send'],
    ['cm-send', 'end'],
  ],
  // The case manager's lane makes it R everywhere; the underwriter is consulted on hard cases.
  raci: [['cm-consult', INSURER_ROLE_CODES.underwriter, 'C']],
};

/** How the seed resolves the library ids the processes refer to; a miss throws. */
export type InsurerIds = {
  department: (key: InsurerDepartmentKey) => number;
  role: (code: string) => number;
};

export type SampleProcess = { basics: ProcessBasics; graph: ProcessGraph };

/** Both insurer processes, as-is first, ready for ProcessRepository.create and save. */
export function insurerProcesses(ids: InsurerIds): SampleProcess[] {
  return [AS_IS, CASE_MANAGER_PROCESS].map((data) => ({
    basics: {
      ...data.basics,
      ownerRoleId: ids.role(data.ownerRole),
      departmentId: ids.department(data.department),
    },
    graph: onWholeUnits(layoutProcess(toGraph(data, ids))),
  }));
}

/**
 * The layout centres nodes to fractions of a unit; whole units keep the stored document
 * tidy. A node moves by half a unit at most, far less than the layout's gaps and lane
 * padding, so nothing comes to overlap or leave its lane.
 */
function onWholeUnits(graph: ProcessGraph): ProcessGraph {
  const nodes = graph.nodes.map((node) => ({
    ...node,
    x: Math.round(node.x),
    y: Math.round(node.y),
  }));
  return { ...graph, nodes };
}

function toGraph(data: ProcessData, ids: InsurerIds): ProcessGraph {
  const lanes = data.lanes.map(([id, owner]): Lane => {
    if (owner.kind === 'role') {
      // Named like the editor names a lane bound to a role: after the role's title.
      const name = INSURER_ROLES.find((r) => r.code === owner.code)?.title ?? owner.code;
      return {
        id,
        name,
        owner: { kind: 'role', roleId: ids.role(owner.code) },
        size: DEFAULT_LANE_SIZE,
      };
    }
    // Named like the editor names a lane bound to a department: after the department.
    const name = INSURER_DEPARTMENTS.find((d) => d.key === owner.key)?.name ?? owner.key;
    const departmentId = ids.department(owner.key);
    return { id, name, owner: { kind: 'department', departmentId }, size: DEFAULT_LANE_SIZE };
  });
  const markers = data.markers.map(([id, lane, kind, label]) => sized(id, lane, kind, label));
  const activities = data.activities.map((row) => toActivity(row, data, ids));
  const edges = data.edges.map(([source, target, label = ''], i): ProcessEdge => ({
    id: `e${i + 1}`,
    source,
    target,
    label,
  }));
  return { lanes, nodes: [...markers, ...activities], edges };
}

function sized(id: string, laneId: string, kind: NodeKind, label: string): ProcessNode {
  return { id, kind, label, laneId, x: 0, y: 0, ...NODE_SIZE[kind] };
}

function toActivity(
  [id, lane, label, workMinutes, waitMinutes, valueClass, flag]: ActivityRow,
  { raci, instructions, objects }: ProcessData,
  ids: InsurerIds,
): ProcessNode {
  return {
    ...sized(id, lane, 'activity', label),
    activity: {
      ...emptyActivityDetails(),
      raci: raci
        .filter(([step]) => step === id)
        .map(([, code, letter]) => ({ roleId: ids.role(code), letter })),
      workMinutes,
      waitMinutes,
      valueClass,
      isApproval: flag === 'approval',
      isInspection: flag === 'inspection',
      isHandOff: flag === 'handOff',
      instruction: instructions[id] ?? '',
      inputs: objects?.[id]?.inputs ?? '',
      outputs: objects?.[id]?.outputs ?? '',
    },
  };
}
