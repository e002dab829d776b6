import { describe, expect, it } from 'vitest';
import type { AlignmentLibrary, AlignmentProcess } from '../../../shared/alignment/library';
import {
  DEFAULT_ANALYSIS_SETTINGS,
  DEFAULT_STAFFING_SETTINGS,
} from '../../../shared/analysis/settings';
import { draftAsDuty, newRoleBasics, type DutyDraft, type Role } from '../../../shared/domain';
import { draftDuties } from '../../../shared/links/draftDuties';
import { frequencyOf } from '../../../shared/links/draftWording';
import {
  emptyActivityDetails,
  type ActivityDetails,
  type ProcessGraph,
  type ProcessNode,
} from '../../../shared/process';
import { emptyRoleDetails } from '../../../shared/roleDetails';
import { duty } from '../helpers/fixtures';

/*
 * Duties drafted from a role's steps (issue 10), on the insurer's claim steps: 接收 by the
 * service clerk (1), 审核 by the claims adjuster (2, R) with the manager (3) as A, 通知 by
 * the clerk again, one document out of 审核.
 */

const CLERK = 1;
const ADJUSTER = 2;
const MANAGER = 3;

function role(id: number, title: string, duties: DutyDraft[] = []): Role {
  return {
    ...newRoleBasics(1, title),
    id,
    key: `r${id}`,
    status: 'draft',
    version: 0,
    editVersion: 0,
    duties: duties.map((d, i) => draftAsDuty(d, 100 * id + i)),
    details: emptyRoleDetails(),
    competencies: [],
    createdAt: '',
    updatedAt: '',
  };
}

function step(id: string, label: string, lane: string, activity: Partial<ActivityDetails> = {}) {
  const node: ProcessNode = {
    ...{ id, label, kind: 'activity', laneId: lane, x: 0, y: 0, width: 100, height: 60 },
    activity: { ...emptyActivityDetails(), workMinutes: 10, ...activity },
  };
  return node;
}

function claims(volume: number | null, id = 7, name = '理赔流程'): AlignmentProcess {
  const flow = ['start', 'receive', 'review', 'notify', 'end'];
  const graph: ProcessGraph = {
    lanes: [
      { id: 'clerk', name: '客服专员', owner: { kind: 'role', roleId: CLERK }, size: 100 },
      { id: 'adjuster', name: '理赔审核员', owner: { kind: 'role', roleId: ADJUSTER }, size: 100 },
    ],
    nodes: [
      { id: 'start', kind: 'start', label: '', laneId: 'clerk', x: 0, y: 0, width: 30, height: 30 },
      step('receive', '接收理赔申请', 'clerk', { workMinutes: 5 }),
      step('review', '审核理赔申请', 'adjuster', {
        workMinutes: 30,
        timeLimitDays: 2,
        raci: [{ roleId: MANAGER, letter: 'A' }],
      }),
      {
        id: 'opinion',
        kind: 'document',
        label: '理赔审核意见',
        laneId: 'adjuster',
        x: 0,
        y: 0,
        width: 40,
        height: 40,
      },
      step('notify', '通知客户理赔结果', 'clerk', { workMinutes: 5 }),
      { id: 'end', kind: 'end', label: '', laneId: 'clerk', x: 0, y: 0, width: 30, height: 30 },
    ],
    edges: [
      ...flow
        .slice(1)
        .map((target, i) => ({ id: `e${i}`, source: flow[i] ?? '', target, label: '' })),
      { id: 'out', source: 'review', target: 'opinion', label: '' },
    ],
    analysis: { annualVolume: volume, timeLimitDays: 5 },
  };
  return {
    id,
    code: `P${id}`,
    name,
    processClass: null,
    ownerRoleId: null,
    departmentId: 1,
    status: 'approved',
    graph,
  };
}

function library(processes: AlignmentProcess[], roles: Role[]): AlignmentLibrary {
  return {
    roles,
    processes,
    departments: [],
    analysis: { roles: [], departments: [], settings: DEFAULT_ANALYSIS_SETTINGS },
  };
}

const team = () => [
  role(CLERK, '客服专员'),
  role(ADJUSTER, '理赔审核员'),
  role(MANAGER, '理赔经理'),
];

describe('duties drafted from steps', () => {
  it('turn the adjuster’s 审核 step into a duty with 频次, 工作标准, 协作对象 and minutes', () => {
    const [draft, ...rest] = draftDuties(library([claims(10_000)], team()), ADJUSTER);
    expect(rest).toEqual([]);
    expect(draft).toEqual({
      key: '7:review',
      duty: {
        text: '审核理赔申请，确保资料真实、完整、准确',
        category: 'execute',
        weight: null,
        frequency: 'daily',
        occurrencesPerYear: null,
        standard: '输出：理赔审核意见；2个工作日内完成',
        kpi: '',
        source: 'process',
        steps: [{ processId: 7, nodeId: 'review', label: '审核理赔申请' }],
        notProcessWork: false,
        minutesPerOccurrence: 30,
        partnerRoleIds: [CLERK],
      },
    });
  });

  it('make the A of a step a 管理 duty, and never put the process 时限 on a step', () => {
    const drafts = draftDuties(library([claims(10_000)], team()), MANAGER);
    expect(drafts.map((d) => [d.duty.category, d.duty.text])).toEqual([
      ['manage', '审核理赔申请，确保资料真实、完整、准确'],
    ]);
    const clerk = draftDuties(library([claims(10_000)], team()), CLERK);
    // The process has 5 working days for the whole case; these steps have no 时限 of their own.
    expect(clerk.map((d) => d.duty.standard)).toEqual(['', '']);
    expect(clerk.map((d) => d.duty.partnerRoleIds)).toEqual([[ADJUSTER], [ADJUSTER]]);
  });

  it('leave out the steps a duty of the role already covers', () => {
    const link = { processId: 7, nodeId: 'receive', label: '接收理赔申请' };
    const roles = [
      role(CLERK, '客服专员', [duty('受理理赔', { steps: [link] })]),
      ...team().slice(1),
    ];
    const drafts = draftDuties(library([claims(10_000)], roles), CLERK);
    expect(drafts.map((d) => d.key)).toEqual(['7:notify']);
  });

  it('merge one verb and object done in two processes into one draft with both links', () => {
    const drafts = draftDuties(
      library([claims(100), claims(100, 8, '团体理赔流程')], team()),
      ADJUSTER,
    );
    expect(drafts).toHaveLength(1);
    expect(drafts[0]?.key).toBe('7:review,8:review');
    expect(drafts[0]?.duty.steps.map((s) => s.processId)).toEqual([7, 8]);
    // 100 + 100 a year: 52 or more, under the 250 working days.
    expect(drafts[0]?.duty.frequency).toBe('weekly');
  });

  it('give no 频次 without a volume, and 不定期 with the count under once a year', () => {
    expect(draftDuties(library([claims(null)], team()), ADJUSTER)[0]?.duty.frequency).toBeNull();
    const rare = draftDuties(library([claims(0.5)], team()), ADJUSTER)[0]?.duty;
    expect([rare?.frequency, rare?.occurrencesPerYear]).toEqual(['asNeeded', 0.5]);
  });

  it('read 频次 at the thresholds: working days, 52, 12, 4, 1', () => {
    const at = (n: number) => frequencyOf(n, DEFAULT_STAFFING_SETTINGS).frequency;
    expect([250, 249, 52, 51, 12, 11, 4, 3, 1].map(at)).toEqual([
      'daily',
      'weekly',
      'weekly',
      'monthly',
      'monthly',
      'quarterly',
      'quarterly',
      'yearly',
      'yearly',
    ]);
    expect(frequencyOf(0.99, DEFAULT_STAFFING_SETTINGS)).toEqual({
      frequency: 'asNeeded',
      occurrencesPerYear: 0.99,
    });
    expect(frequencyOf(248, { ...DEFAULT_STAFFING_SETTINGS, workingDays: 248 }).frequency).toBe(
      'daily',
    );
  });
});
