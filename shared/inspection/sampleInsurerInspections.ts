import {
  INSURER_AS_IS,
  NEW_BUSINESS_MANAGER,
  REDESIGN_APPROVED_ON,
  insurerFollowUp,
  type SampleIds,
} from './sampleInsurerFollowUp';
import type { Inspection, InspectionPlan, Measurement } from './types';
import type { RevisionDate } from './trend';

/*
 * The sample library's 工作检查 story, as plain data for the seed to store: the insurer's
 * policy issuing (DOMAIN.md's re-engineering case) inspected every quarter of 2024 — 5 to 25
 * days for 17 minutes of work, so every quarter misses the 时限 target of 5 days — then the
 * case-manager redesign (the to-be variant INS-P02) approved on the last working day of 2024,
 * and two quarters after it: lead time down to about a day, errors down with one entry into
 * the shared system, satisfaction up but not yet at target, so one action stays open. The
 * plan belongs to the as-is process INS-P01, the business being inspected; the variant's
 * approval is the revision marked on its charts. 10,000 applications a year ≈ 2,500 a quarter.
 * Keys come from `newKey`, ids of processes and roles from the seed, so the data fits the
 * library it is written into; ids in the library are resolved by the codes of insurerCommon.ts.
 */

export {
  INSURER_AS_IS,
  INSURER_CASE_MANAGER,
  REDESIGN_APPROVED_ON,
  type SampleIds,
} from './sampleInsurerFollowUp';

const QUARTERS = [
  { start: '2024-01-01', end: '2024-04-01' },
  { start: '2024-04-01', end: '2024-07-01' },
  { start: '2024-07-01', end: '2024-10-01' },
  { start: '2024-10-01', end: '2025-01-01' },
  { start: '2025-01-01', end: '2025-04-01' },
  { start: '2025-04-01', end: '2025-07-01' },
] as const;

/**
 * Per quarter: mean lead time in days (each inside the case's 5–25 days before, about a day
 * after), error rate in % (three keyings before, one after), satisfaction in %, cases.
 */
const FIGURES: readonly (readonly [number, number, number, number])[] = [
  [15.2, 3.8, 71, 2410],
  [16.8, 4.2, 68, 2563],
  [14.1, 3.5, 73, 2498],
  [17.3, 4.0, 70, 2529],
  [1.4, 0.9, 88, 2475],
  [0.9, 0.4, 93, 2602],
];

/** Satisfaction comes from a questionnaire of a sample of customers, not every case. */
const SURVEYED_SHARE = 0.12;

const stamp = (date: string) => `${date}T10:00:00+08:00`;

export type SampleInspections = {
  plan: InspectionPlan;
  inspections: Inspection[];
  /** The approved revisions to mark on the KPI charts. */
  revisions: RevisionDate[];
} & ReturnType<typeof insurerFollowUp>;

export function sampleInsurerInspections(ids: SampleIds): SampleInspections {
  const processKey = ids.processKey(INSURER_AS_IS);
  const inspector = ids.roleId(NEW_BUSINESS_MANAGER);
  const kpi = (kind: InspectionPlan['kpis'][number]['kind'], name: string, target: string) => ({
    key: ids.newKey(),
    kind,
    name,
    target,
  });
  const leadTime = kpi('timeLimit', '平均办理周期 / Mean lead time', '≤ 5 天');
  const errors = kpi('accuracy', '差错率 / Error rate', '≤ 0.5%');
  const satisfaction = kpi('satisfaction', '客户满意度 / Customer satisfaction', '≥ 95%');
  const plan: InspectionPlan = {
    key: ids.newKey(),
    editVersion: 0,
    createdAt: stamp('2023-12-15'),
    updatedAt: stamp('2023-12-15'),
    processKey,
    kpis: [leadTime, errors, satisfaction],
    frequency: 'quarterly',
    everyMonths: null,
    inspectorRoleId: inspector,
    kind: 'regular',
    startDate: '2024-01-01',
    graceDays: 15,
  };
  const inspections = QUARTERS.map((period, index): Inspection => {
    const [days, errorRate, satisfied, cases] = FIGURES[index] ?? [0, 0, 0, 0];
    const measurements: Measurement[] = [
      { kpiKey: leadTime.key, value: days, sampleSize: cases },
      { kpiKey: errors.key, value: errorRate, sampleSize: cases },
      {
        kpiKey: satisfaction.key,
        value: satisfied,
        sampleSize: Math.round(cases * SURVEYED_SHARE),
      },
    ];
    const inspectedOn = `${period.end.slice(0, 8)}10`;
    return {
      key: ids.newKey(),
      editVersion: 1,
      createdAt: stamp(inspectedOn),
      updatedAt: stamp(inspectedOn),
      planKey: plan.key,
      processKey,
      period,
      kind: 'regular',
      method: 'dataAnalysis',
      inspectorRoleId: inspector,
      inspectorName: '',
      measurements,
      notes:
        index < 4
          ? '数据取自出单系统的收件章日期与寄出日期；满意度为季度回访问卷。'
          : '改造后数据取自共享投保信息系统的建档与寄出时间；满意度为季度回访问卷。',
      inspectedOn,
    };
  });
  const revisions: RevisionDate[] = [
    { date: REDESIGN_APPROVED_ON, label: '保单签发（专案经理）/ Policy issuing (case manager) v1' },
  ];
  const followUp = insurerFollowUp(ids, {
    processKey,
    leadTimeInspection: inspections[1]?.key ?? '',
    leadTimeKpi: leadTime.key,
    satisfactionInspection: inspections[5]?.key ?? '',
    satisfactionKpi: satisfaction.key,
  });
  return { plan, inspections, revisions, ...followUp };
}
