import { DEFAULT_LANE_SIZE, NODE_SIZE } from '../../../shared/layout/geometry';
import { layoutProcess } from '../../../shared/layout/laneLayout';
import {
  emptyActivityDetails,
  type ActivityDetails,
  type NodeKind,
  type ProcessBasics,
  type ProcessGraph,
  type ProcessNode,
} from '../../../shared/process';
import { deriveStructures } from '../../../shared/authority/structures';
import { numberSteps } from '../../../shared/stepNumbers';
import type { AuthorityClause, RoleDetails, WorkingRelation } from '../../../shared/roleDetails';
import type { Duty, DutyDraft } from '../../../shared/domain';
import type { Repositories } from '../librarySession';
import { INSURER_AS_IS_CODE, INSURER_ROLE_CODES as CODES } from './insurerCommon';

/*
 * What makes the sample show the checks J1–J8 and the staffing (issue 10): authority clauses
 * with amount bands and working relations on the insurer's roles, consistent with the
 * hand-offs of the as-is map except where a check has something to say (定价员 does not list
 * 出单员: J4; 定价主管 has no clause for 审批保费: J5); duty ↔ step links on three roles only
 * (the others are for drafting); a non-process duty with minutes; and a small 报销 process
 * whose manager's clause "审批费用≤5万元" covers the band, so 财务经理's approval could become
 * 备案 (§f3).
 */

const approve = (text: string, object: string, amountMax: number | null): AuthorityClause => ({
  text,
  kind: 'approve',
  object,
  amountMax,
});
const works = (title: string): WorkingRelation => ({
  text: title,
  scope: 'internal',
  partner: { kind: 'named', name: title },
});
const outside = (name: string): WorkingRelation => ({
  text: name,
  scope: 'external',
  partner: { kind: 'named', name },
});

type Structured = { authorityClauses?: AuthorityClause[]; relations?: WorkingRelation[] };

const STRUCTURED: Readonly<Record<string, Structured>> = {
  [CODES.serviceClerk]: { relations: [works('信用审查员'), outside('投保客户和代理人')] },
  [CODES.creditReviewer]: { relations: [works('客户服务专员'), works('核保员')] },
  [CODES.underwriter]: {
    authorityClauses: [approve('对授权限额内的投保案件作出核保结论', '核保结论', null)],
    relations: [works('信用审查员'), works('核保主管'), works('定价员')],
  },
  [CODES.underwritingSupervisor]: {
    authorityClauses: [approve('审批核保员的核保结论，保额≤500万元', '核保结论', 5_000_000)],
    relations: [works('核保员')],
  },
  // Deliberately without 出单员, to whom the as-is map hands every file (J4).
  [CODES.rater]: { relations: [works('核保员'), works('定价主管')] },
  // Deliberately without a clause for 审批保费 (J5).
  [CODES.ratingSupervisor]: { authorityClauses: [], relations: [works('定价员')] },
  [CODES.issueClerk]: { relations: [works('定价员'), works('出单主管'), outside('投保客户')] },
  [CODES.issueSupervisor]: {
    authorityClauses: [approve('签批保单并加盖签章', '保单', null)],
    relations: [works('出单员')],
  },
  'HR-001': { authorityClauses: [approve('审批本部门费用≤5万元', '费用', 50_000)] },
  'FIN-001': { authorityClauses: [approve('审批费用报销≤50万元', '费用', 500_000)] },
};

/**
 * A sample role's details: the clauses and relations read from its authored texts, plus the
 * ones written here for the checks (an amount band, a partner the maps hand to). Added, never
 * in place of what the sample's author wrote; the deliberate gaps (J4, J5) are gaps in those
 * authored texts too.
 */
export function withStructuredDetails(code: string, details: RoleDetails): RoleDetails {
  const derived = deriveStructures(details);
  const extra = STRUCTURED[code] ?? {};
  const clauses = derived.authorityClauses ?? [];
  const relations = derived.relations ?? [];
  const known = new Set(relations.map((relation) => partnerName(relation)));
  return {
    ...derived,
    authorityClauses: [
      ...clauses,
      ...(extra.authorityClauses ?? []).filter((c) => !clauses.some((o) => o.text === c.text)),
    ],
    relations: [
      ...relations,
      ...(extra.relations ?? []).filter((relation) => !known.has(partnerName(relation))),
    ],
  };
}

function partnerName(relation: WorkingRelation): string {
  return relation.partner.kind === 'named' ? relation.partner.name : relation.text;
}

type DutyPatch = Partial<Pick<Duty, 'minutesPerOccurrence' | 'notProcessWork'>> & {
  steps?: string[];
};

/** Duty index → the as-is steps it is linked to, or its minutes; three roles only. */
const DUTY_PATCHES: Readonly<Record<string, Readonly<Record<number, DutyPatch>>>> = {
  [CODES.underwriter]: { 0: { steps: ['uw-check', 'uw-assess'] }, 1: { steps: ['uw-request'] } },
  [CODES.underwritingSupervisor]: {
    0: { steps: ['uw-approve'] },
    1: { steps: ['uw-queue'] },
    // 组织核保案例讨论: work no step carries, counted by frequency × minutes (§d2).
    2: { minutesPerOccurrence: 120 },
    3: { notProcessWork: true },
  },
  [CODES.issueSupervisor]: { 0: { steps: ['issue-sign'] } },
};

const EXPENSE_CODE = 'FIN-P01';

/** Links the sample duties and adds the 报销 process (after the insurer's maps exist). */
export function seedAlignmentSample(
  repositories: Repositories,
  roleIds: Map<string, number>,
  processIds: Map<string, number>,
): void {
  const asIsId = processIds.get(INSURER_AS_IS_CODE);
  const asIs = asIsId === undefined ? undefined : repositories.processes.get(asIsId);
  if (!asIs) throw new Error('Sample library: the as-is process is missing.');
  const labels = new Map(asIs.graph.nodes.map((node) => [node.id, node.label]));
  for (const [code, patches] of Object.entries(DUTY_PATCHES)) {
    const role = repositories.roles.get(roleIds.get(code) ?? 0);
    if (!role) throw new Error(`Sample library: unknown role "${code}".`);
    const duties = role.duties.map((duty, index): DutyDraft => {
      const { steps, ...fields } = patches[index] ?? {};
      const links = (steps ?? []).map((nodeId) => ({
        processId: asIs.id,
        nodeId,
        label: labels.get(nodeId) ?? nodeId,
      }));
      return { ...duty, steps: [...duty.steps, ...links], ...fields };
    });
    repositories.roles.save({ ...role, duties }, role.editVersion);
  }
  const expense = expenseProcess(roleIds);
  const id = repositories.processes.create(expense.basics);
  repositories.processes.save(id, 0, expense.basics, expense.graph);
  processIds.set(EXPENSE_CODE, id);
}

function expenseProcess(roleIds: Map<string, number>): {
  basics: ProcessBasics;
  graph: ProcessGraph;
} {
  const role = (code: string) => {
    const id = roleIds.get(code);
    if (id === undefined) throw new Error(`Sample library: unknown role "${code}".`);
    return id;
  };
  const lane = (id: string, name: string, code: string) => ({
    id,
    name,
    owner: { kind: 'role' as const, roleId: role(code) },
    size: DEFAULT_LANE_SIZE,
  });
  const node = (id: string, laneId: string, kind: NodeKind, label: string): ProcessNode => ({
    id,
    kind,
    label,
    laneId,
    x: 0,
    y: 0,
    ...NODE_SIZE[kind],
  });
  const step = (id: string, laneId: string, label: string, details: Partial<ActivityDetails>) => ({
    ...node(id, laneId, 'activity', label),
    activity: { ...emptyActivityDetails(), valueClass: 'BVA' as const, ...details },
  });
  const graph: ProcessGraph = {
    lanes: [
      lane('staff', '招聘主管', 'HR-101'),
      lane('manager', '人力资源经理', 'HR-001'),
      lane('finance', '财务经理', 'FIN-001'),
    ],
    nodes: [
      node('start', 'staff', 'start', '发生费用'),
      step('exp-submit', 'staff', '提交费用报销单', { workMinutes: 10, waitMinutes: 0 }),
      step('exp-dept', 'manager', '部门经理审批费用报销', {
        workMinutes: 5,
        waitDays: 1,
        waitMinutes: 0,
        isApproval: true,
      }),
      step('exp-fin', 'finance', '财务经理审批费用报销', {
        workMinutes: 5,
        waitDays: 1,
        waitMinutes: 0,
        isApproval: true,
      }),
      node('end', 'finance', 'end', '报销已批准'),
    ],
    edges: [
      { id: 'e1', source: 'start', target: 'exp-submit', label: '' },
      { id: 'e2', source: 'exp-submit', target: 'exp-dept', label: '' },
      { id: 'e3', source: 'exp-dept', target: 'exp-fin', label: '' },
      { id: 'e4', source: 'exp-fin', target: 'end', label: '' },
    ],
    analysis: { annualVolume: 600, timeLimitDays: 3 },
  };
  return {
    basics: {
      code: EXPENSE_CODE,
      name: '费用报销（≤5万元） / Expense claims (≤ 50,000 yuan)',
      processClass: 'auxiliary',
      ownerRoleId: role('FIN-001'),
      departmentId: null,
      purpose: '员工在 5 万元以内的费用报销：部门经理审批后交财务经理审批。',
      trigger: '员工发生业务费用',
      output: '批准的报销单',
      kpis: { cost: '', timeLimit: '3 个工作日', accuracy: '', satisfaction: '' },
    },
    // Numbered as the editor numbers a map (the repository stores the graph as given).
    graph: numberSteps(layoutProcess(graph)),
  };
}
