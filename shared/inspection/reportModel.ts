import { compareDates } from './calendar';
import { servqualGaps, type ServqualResult } from './servqual';
import {
  parseTarget,
  statusAgainstTarget,
  type Target,
  type TargetStatus,
  type TargetUnreadable,
} from './target';
import {
  beforeAndAfter,
  kpiSeries,
  type BeforeAfter,
  type RevisionDate,
  type SeriesPoint,
} from './trend';
import {
  COMPLAINT_CATEGORIES,
  type ActionStatus,
  type CalendarDate,
  type Complaint,
  type ComplaintCategory,
  type ImprovementAction,
  type Inspection,
  type InspectionPlan,
  type Period,
  type PdcaStage,
  type Survey,
} from './types';

/*
 * The inspection report (检查报告, issue 12) as plain data: everything the Word and Excel
 * builders print, judged here once, so the builders only lay out and the store's service only
 * gathers the aggregates. A chosen range of periods: inspections wholly inside it, the latest
 * survey inside it, complaints received in it, and the actions alive during it (raised by its
 * end and not closed before its start).
 */

export type ReportProcess = { key: string; code: string; name: string; ownerRoleId: number | null };

export type InspectionReportInput = {
  process: ReportProcess;
  plan: InspectionPlan;
  inspections: readonly Inspection[];
  surveys: readonly Survey[];
  complaints: readonly Complaint[];
  actions: readonly ImprovementAction[];
  /** Role titles by library role id: owners of actions, the inspector, the process owner. */
  roleTitles: ReadonlyMap<number, string>;
  /** Approved revisions of the process (or its variant) to mark and to compare around. */
  revisions: readonly RevisionDate[];
  range: Period;
  /** What the process model predicts per plan KPI key (the analysis figures), when known. */
  modelled: ReadonlyMap<string, number>;
};

export type ReportPoint = SeriesPoint & { status: TargetStatus | null };

export type ReportKpi = {
  key: string;
  kind: InspectionPlan['kpis'][number]['kind'];
  name: string;
  targetText: string;
  target: Target | null;
  unreadable: TargetUnreadable | null;
  points: ReportPoint[];
  modelled: number | null;
  /** One per revision in the range, in date order. */
  beforeAfter: { revision: RevisionDate; result: BeforeAfter }[];
};

export type ReportFinding = {
  kpiKey: string;
  kpiName: string;
  targetText: string;
  period: Period;
  value: number;
  status: TargetStatus;
};

export type ReportAction = {
  key: string;
  what: string;
  why: string;
  how: string;
  ownerTitle: string;
  dueDate: CalendarDate | null;
  stage: PdcaStage;
  status: ActionStatus;
  stepIds: string[];
  answeredBy: ImprovementAction['answeredBy'];
};

export type ComplaintCount = { category: ComplaintCategory; count: number; open: number };

export type InspectionReportModel = {
  process: { code: string; name: string; ownerTitle: string };
  range: Period;
  inspectors: string[];
  frequency: InspectionPlan['frequency'];
  kind: InspectionPlan['kind'];
  kpis: ReportKpi[];
  revisions: RevisionDate[];
  survey: { survey: Survey; result: ServqualResult } | null;
  complaints: ComplaintCount[];
  findings: ReportFinding[];
  actions: ReportAction[];
};

const within = (period: Period, range: Period) =>
  compareDates(period.start, range.start) >= 0 && compareDates(period.end, range.end) <= 0;

/** A date inside the range (its end is exclusive, like every period's). */
const dateIn = (date: CalendarDate, range: Period) =>
  compareDates(date, range.start) >= 0 && compareDates(date, range.end) < 0;

function reportKpi(
  kpi: InspectionPlan['kpis'][number],
  inspections: readonly Inspection[],
  revisions: readonly RevisionDate[],
  modelled: ReadonlyMap<string, number>,
): ReportKpi {
  const reading = parseTarget(kpi.target);
  const target = reading.ok ? reading.target : null;
  const series = kpiSeries(inspections, kpi.key);
  return {
    key: kpi.key,
    kind: kpi.kind,
    name: kpi.name,
    targetText: kpi.target,
    target,
    unreadable: reading.ok ? null : reading.reason,
    points: series.map((point) => ({
      ...point,
      status: target ? statusAgainstTarget(target, point.value) : null,
    })),
    modelled: modelled.get(kpi.key) ?? null,
    beforeAfter: revisions.map((revision) => ({
      revision,
      result: beforeAndAfter(series, revision.date, target?.direction ?? null),
    })),
  };
}

function latestSurvey(input: InspectionReportInput): InspectionReportModel['survey'] {
  const inRange = input.surveys
    .filter((s) => s.processKey === input.process.key && within(s.period, input.range))
    .sort((a, b) => compareDates(b.period.start, a.period.start));
  for (const survey of inRange) {
    const reading = servqualGaps(survey.dimensions, survey.scale);
    if (reading.ok) return { survey, result: reading.result };
  }
  return null;
}

/**
 * Actions alive during the range (raised by its end, not closed before its start), and those
 * raised from its inspections, which are written after the period they inspect has ended.
 */
function actionsDuring(
  input: InspectionReportInput,
  inspectionKeys: ReadonlySet<string>,
): ReportAction[] {
  const { range } = input;
  const alive = (action: ImprovementAction) =>
    compareDates(action.createdAt.slice(0, 10), range.end) < 0 &&
    (action.status === 'open' ||
      action.status === 'inProgress' ||
      compareDates(action.updatedAt.slice(0, 10), range.start) >= 0);
  const fromRange = (action: ImprovementAction) =>
    action.source.kind === 'inspection' && inspectionKeys.has(action.source.inspectionKey);
  return input.actions
    .filter((action) => action.processKey === input.process.key)
    .filter((action) => alive(action) || fromRange(action))
    .sort((a, b) => compareDates(a.dueDate ?? '9999-12-31', b.dueDate ?? '9999-12-31'))
    .map((action) => ({
      key: action.key,
      what: action.what,
      why: action.why,
      how: action.how,
      ownerTitle: action.whoRoleId === null ? '' : (input.roleTitles.get(action.whoRoleId) ?? ''),
      dueDate: action.dueDate,
      stage: action.stage,
      status: action.status,
      stepIds: action.where.stepIds,
      answeredBy: action.answeredBy,
    }));
}

export function inspectionReportModel(input: InspectionReportInput): InspectionReportModel {
  const { process, plan, range } = input;
  const inspections = input.inspections.filter(
    (i) => i.planKey === plan.key && within(i.period, range),
  );
  const revisions = input.revisions
    .filter((r) => dateIn(r.date, range))
    .sort((a, b) => compareDates(a.date, b.date));
  const kpis = plan.kpis.map((kpi) => reportKpi(kpi, inspections, revisions, input.modelled));
  const findings = kpis.flatMap((kpi) =>
    kpi.points.flatMap((point): ReportFinding[] =>
      point.status && !point.status.met
        ? [
            {
              kpiKey: kpi.key,
              kpiName: kpi.name,
              targetText: kpi.targetText,
              period: point.period,
              value: point.value,
              status: point.status,
            },
          ]
        : [],
    ),
  );
  const complaints = input.complaints.filter(
    (c) => c.processKey === process.key && dateIn(c.receivedOn, range),
  );
  const title = (id: number | null) => (id === null ? '' : (input.roleTitles.get(id) ?? ''));
  const inspectors = [
    ...new Set(
      inspections
        .map((i) => i.inspectorName.trim() || title(i.inspectorRoleId))
        .filter((name) => name !== ''),
    ),
  ];
  return {
    process: { code: process.code, name: process.name, ownerTitle: title(process.ownerRoleId) },
    range,
    inspectors: inspectors.length > 0 ? inspectors : [title(plan.inspectorRoleId)].filter(Boolean),
    frequency: plan.frequency,
    kind: plan.kind,
    kpis,
    revisions,
    survey: latestSurvey(input),
    complaints: COMPLAINT_CATEGORIES.map((category) => {
      const of = complaints.filter((c) => c.category === category);
      return { category, count: of.length, open: of.filter((c) => c.resolvedOn === null).length };
    }),
    findings,
    actions: actionsDuring(input, new Set(inspections.map((i) => i.key))),
  };
}
