import type { Complaint, ComplaintCategory, ImprovementAction, Survey } from './types';

/*
 * The rest of the sample's 工作检查 story (sampleInsurerInspections.ts): the SERVQUAL survey
 * of 2024 Q3 (customers expected a quick answer and got the worst gap there), the complaints
 * that piled up about waiting, re-asking and wrong policies, and the actions that led to the
 * case-manager redesign — answered by the variant's approval — plus the one still open after
 * it, because satisfaction has not reached its target yet. Codes are insurerCommon.ts's.
 */

export type SampleIds = {
  processKey: (code: string) => string;
  roleId: (code: string) => number;
  newKey: () => string;
};

export const INSURER_AS_IS = 'INS-P01';
export const INSURER_CASE_MANAGER = 'INS-P02';
export const NEW_BUSINESS_MANAGER = 'INS-001';
export const CASE_MANAGER = 'INS-002';

/** The case-manager variant was approved on the last working day of 2024, live from 2025. */
export const REDESIGN_APPROVED_ON = '2024-12-31';

export type FollowUpSources = {
  processKey: string;
  leadTimeInspection: string;
  leadTimeKpi: string;
  satisfactionInspection: string;
  satisfactionKpi: string;
};

const stamp = (date: string) => `${date}T10:00:00+08:00`;

/** [received, category, as-is step or null, description, resolution, resolved]. */
const COMPLAINTS: readonly (readonly [
  string,
  ComplaintCategory,
  string | null,
  string,
  string,
  string | null,
])[] = [
  [
    '2024-02-19',
    'management',
    'credit-wait',
    '递交申请三周仍未出单，电话询问无人说得清卷宗在哪个部门。',
    '查明卷宗在信用审查部排队，加急处理并致歉。',
    '2024-02-23',
  ],
  [
    '2024-04-08',
    'rules',
    'uw-request',
    '补充体检资料后又被要求重新体检一次，前后要求不一致。',
    '核保部统一体检要求清单，退还第二次体检费用。',
    '2024-04-19',
  ],
  [
    '2024-05-27',
    'productQuality',
    'issue-key',
    '保单上的被保险人出生日期与申请书不符，需退回重出。',
    '出单部重新出单，差错计入月度质量统计。',
    '2024-06-03',
  ],
  [
    '2024-08-12',
    'serviceAttitude',
    'cs-receive',
    '前台让客户分别向三个部门打电话询问进度。',
    '客服部明确由前台统一答复进度。',
    '2024-08-14',
  ],
  [
    '2024-11-04',
    'management',
    'uw-wait',
    '等待体检结果期间无人跟进，申请被搁置一个多月。',
    '',
    null,
  ],
  ['2025-05-16', 'other', null, '保单已签发，但短信通知未收到，客户以为仍在处理。', '', null],
];

export function insurerFollowUp(ids: SampleIds, sources: FollowUpSources) {
  const { processKey } = sources;
  const survey: Survey = {
    key: ids.newKey(),
    editVersion: 0,
    createdAt: stamp('2024-09-30'),
    updatedAt: stamp('2024-09-30'),
    processKey,
    period: { start: '2024-07-01', end: '2024-10-01' },
    customers: 'external',
    respondents: 320,
    scale: { min: 1, max: 7 },
    dimensions: {
      tangibles: { expectation: 5.2, perception: 5.0, weight: 10 },
      reliability: { expectation: 6.4, perception: 4.9, weight: 30 },
      responsiveness: { expectation: 6.3, perception: 3.1, weight: 25 },
      assurance: { expectation: 6.1, perception: 5.4, weight: 20 },
      empathy: { expectation: 5.7, perception: 4.2, weight: 15 },
    },
    notes: '投保客户季度回访问卷，320 份有效答卷；响应性差距最大，与时效投诉一致。',
  };
  const complaints = COMPLAINTS.map(
    ([receivedOn, category, stepId, description, resolution, resolvedOn]): Complaint => ({
      key: ids.newKey(),
      editVersion: resolvedOn ? 1 : 0,
      createdAt: stamp(receivedOn),
      updatedAt: stamp(resolvedOn ?? receivedOn),
      processKey,
      stepId,
      category,
      receivedOn,
      description,
      resolution,
      resolvedOn,
    }),
  );
  const variant = ids.processKey(INSURER_CASE_MANAGER);
  const manager = ids.roleId(NEW_BUSINESS_MANAGER);
  const caseManager = ids.roleId(CASE_MANAGER);
  const answered = {
    kind: 'process' as const,
    subject: variant,
    version: 1,
    approvedAt: `${REDESIGN_APPROVED_ON}T09:30:00+08:00`,
  };
  const action = (
    fields: Omit<
      ImprovementAction,
      'key' | 'editVersion' | 'createdAt' | 'updatedAt' | 'processKey'
    >,
    created: string,
    updated: string,
  ): ImprovementAction => ({
    key: ids.newKey(),
    editVersion: 2,
    createdAt: stamp(created),
    updatedAt: stamp(updated),
    processKey,
    ...fields,
  });
  const actions: ImprovementAction[] = [
    action(
      {
        source: {
          kind: 'inspection',
          inspectionKey: sources.leadTimeInspection,
          kpiKey: sources.leadTimeKpi,
        },
        what: '由一名专案经理负责保单签发全过程，取消部门间传递卷宗。',
        why: '平均办理周期 16.8 天，目标 ≤ 5 天；实际作业只有 17 分钟，其余时间都在排队和传递。',
        whoRoleId: manager,
        where: { stepIds: ['credit-wait', 'uw-wait', 'cs-receive'], roleIds: [manager] },
        dueDate: '2024-12-31',
        how: '绘制专案经理方案（流程变体），修订专案经理岗位说明书，试点后全面切换。',
        stage: 'act',
        status: 'done',
        link: { kind: 'processVariant', processKey: variant },
        answeredBy: answered,
      },
      '2024-07-12',
      REDESIGN_APPROVED_ON,
    ),
    action(
      {
        source: { kind: 'complaint', complaintKey: complaints[2]?.key ?? '' },
        what: '投保信息在共享系统中只录入一次，出单前由系统比对保单与申请书。',
        why: '同一信息录入三次，差错率约 4%，错单需退回重出。',
        whoRoleId: caseManager,
        where: { stepIds: ['cs-key', 'rating-key', 'issue-key'], roleIds: [caseManager] },
        dueDate: '2024-12-31',
        how: '上线共享投保信息系统；专案经理一次建档，定价与出单读取同一记录。',
        stage: 'act',
        status: 'done',
        link: { kind: 'processVariant', processKey: variant },
        answeredBy: answered,
      },
      '2024-06-05',
      REDESIGN_APPROVED_ON,
    ),
    action(
      {
        source: {
          kind: 'inspection',
          inspectionKey: sources.satisfactionInspection,
          kpiKey: sources.satisfactionKpi,
        },
        what: '出单后自动发送保单号和查询方式，专案经理每周回访未结案件。',
        why: '改造后客户满意度 93%，仍低于 ≥ 95% 的目标；投诉集中在通知未收到。',
        whoRoleId: caseManager,
        where: { stepIds: [], roleIds: [caseManager] },
        dueDate: '2025-09-30',
        how: '短信通知接入共享系统；专案经理岗位说明书增加每周回访职责。',
        stage: 'do',
        status: 'inProgress',
        link: { kind: 'roleDraft', roleId: caseManager },
        answeredBy: null,
      },
      '2025-07-10',
      '2025-07-20',
    ),
  ];
  return { survey, complaints, actions };
}
