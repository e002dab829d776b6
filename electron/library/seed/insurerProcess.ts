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
} from '../../../shared/process';
import { numberSteps } from '../../../shared/stepNumbers';
import { AS_IS } from './insurerAsIs';
import { INSURER_DEPARTMENTS, INSURER_ROLES } from './insurerCase';
import {
  INSURER_AS_IS_CODE,
  INSURER_CASE_MANAGER_CODE,
  INSURER_ROLE_CODES,
  type InsurerDepartmentKey,
} from './insurerCommon';
import { hours, minutes, type ActivityRow, type ProcessData, type RaciRow } from './insurerRows';

export { INSURER_AS_IS_CODE, INSURER_CASE_MANAGER_CODE } from './insurerCommon';

/*
 * The insurer's policy issuing, drawn twice (DOMAIN.md, "Cases the users know"):
 *
 *  - as it was (insurerAsIs.ts): the file travels through five departments in 35 steps, whose
 *    work adds up to 17 minutes against 5 to 25 working days;
 *  - as redesigned (below): one case manager (专案经理) does the whole process on a shared
 *    system and consults an underwriter only on hard cases — a few steps and a few hours.
 *
 * Both carry what the process analysis needs: waits in days or minutes, branch probabilities
 * and outcomes, the yearly volume and 时限; the redesign is the as-is's to-be variant (the
 * seed links the two once the as-is has its id). Positions come from the same auto-layout as
 * the editor's button, so the sample opens as cleanly drawn as a map the user has laid out,
 * and its steps are numbered 10, 20 … in flow order as the editor numbers a map's steps (the
 * repositories store a graph as given; only the process service and the editor number them).
 */

const CASE_MANAGER_INSTRUCTIONS: Readonly<Record<string, string>> = {
  'cm-intake': '当场核实资料，缺项一次性告知客户；信息只录入一次，后续各步都从系统读取。',
  'cm-credit': '系统联网查询征信并给出评分，无需填表传真。',
  'cm-assess': '系统按核保规则提示风险要点；规则内的常规件由专案经理直接决定。',
  'cm-consult': '只有规则外的案件才会签；核保员 4 个工作小时内答复。',
  'cm-price': '系统按费率表和核保结论计算保费，专案经理确认。',
  'cm-issue': '系统比对保单与申请信息一致后方可打印；授权内由专案经理签发。',
  'cm-send': '交快递寄出，系统向客户发送保单号和查询方式。',
};

const CASE_MANAGER_ACTIVITIES: readonly ActivityRow[] = [
  ['cm-intake', 'cm', '受理申请并在共享系统中一次建档', 3, minutes(0), 'BVA', null],
  ['cm-credit', 'cm', '调取系统自动信用评分', 1, minutes(15), 'BVA', null],
  ['cm-assess', 'cm', '评估风险并依核保规则作出核保结论', 4, minutes(15), 'VA', null],
  ['cm-consult', 'cm', '提请核保员会签疑难风险', 2, hours(4), 'BVA', null],
  ['cm-price', 'cm', '确认系统计算的保费', 1, minutes(0), 'VA', null],
  ['cm-issue', 'cm', '打印并签发保单', 2, minutes(15), 'VA', null],
  ['cm-send', 'cm', '寄送保单并短信通知客户', 1, minutes(30), 'BVA', null],
];

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
  activities: CASE_MANAGER_ACTIVITIES,
  instructions: CASE_MANAGER_INSTRUCTIONS,
  edges: [
    ['start', 'cm-intake'],
    ['cm-intake', 'cm-system', '一次录入'],
    ['cm-intake', 'cm-credit'],
    ['cm-credit', 'cm-assess'],
    ['cm-assess', 'cm-routine'],
    ['cm-routine', 'cm-price', '是', [80, 'pass']],
    ['cm-routine', 'cm-consult', '否', [20, 'other']],
    ['cm-consult', 'cm-price'],
    ['cm-price', 'cm-issue'],
    ['cm-issue', 'cm-send'],
    ['cm-send', 'end'],
  ],
  // The case manager does every step and answers for it (R and A, within the authority of
  // its description); the underwriter is consulted on hard cases.
  raci: [
    ...CASE_MANAGER_ACTIVITIES.flatMap(([id]): RaciRow[] => [
      [id, INSURER_ROLE_CODES.caseManager, 'R'],
      [id, INSURER_ROLE_CODES.caseManager, 'A'],
    ]),
    ['cm-consult', INSURER_ROLE_CODES.underwriter, 'C'],
  ],
  // The same 10,000 applications a year, now held to 1 working day.
  analysis: { annualVolume: 10000, timeLimitDays: 1 },
};

/** How the seed resolves the library ids the processes refer to; a miss throws. */
export type InsurerIds = {
  department: (key: InsurerDepartmentKey) => number;
  role: (code: string) => number;
};

export type SampleProcess = {
  basics: ProcessBasics;
  graph: ProcessGraph;
  /** Code of the process this one is the to-be variant of (created before it). */
  variantOf: string | null;
};

/** Both insurer processes, as-is first, ready for ProcessRepository.create and save. */
export function insurerProcesses(ids: InsurerIds): SampleProcess[] {
  return [AS_IS, CASE_MANAGER_PROCESS].map((data) => ({
    basics: {
      ...data.basics,
      ownerRoleId: ids.role(data.ownerRole),
      departmentId: ids.department(data.department),
    },
    // Numbered after the layout: flow order breaks ties by position.
    graph: numberSteps(onWholeUnits(layoutProcess(toGraph(data, ids)))),
    variantOf: data === CASE_MANAGER_PROCESS ? INSURER_AS_IS_CODE : null,
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
  const edges = data.edges.map(([source, target, label = '', branch], i): ProcessEdge => ({
    id: `e${i + 1}`,
    source,
    target,
    label,
    ...(branch ? { probability: branch[0], outcome: branch[1] } : {}),
  }));
  return { lanes, nodes: [...markers, ...activities], edges, analysis: { ...data.analysis } };
}

function sized(id: string, laneId: string, kind: NodeKind, label: string): ProcessNode {
  return { id, kind, label, laneId, x: 0, y: 0, ...NODE_SIZE[kind] };
}

function toActivity(
  [id, lane, label, workMinutes, wait, valueClass, flag]: ActivityRow,
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
      // Days on top of no minutes: the 0 says the wait is given, only in whole days.
      waitMinutes: 'minutes' in wait ? wait.minutes : 0,
      ...('days' in wait ? { waitDays: wait.days } : {}),
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
