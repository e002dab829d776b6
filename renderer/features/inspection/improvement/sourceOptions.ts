import type { Translate } from '../../../../shared/i18n/errorText';
import { compareDates } from '../../../../shared/inspection/calendar';
import { periodName } from '../../../../shared/inspection/charts/periodNames';
import type {
  ActionSource,
  Complaint,
  Inspection,
  InspectionPlan,
  Survey,
} from '../../../../shared/inspection/types';
import { sourceValue } from './forms/actionForm';

/** The process's records an action can come from. */
export type SourceRecords = {
  plans: InspectionPlan[];
  inspections: Inspection[];
  surveys: Survey[];
  complaints: Complaint[];
};

export const NO_RECORDS: SourceRecords = {
  plans: [],
  inspections: [],
  surveys: [],
  complaints: [],
};

type Option = { value: string; label: string };
export type SourceGroup = { label: string; options: Option[] };

const K = 'improvementView.actions';

function kpiName(records: SourceRecords, planKey: string, kpiKey: string): string | null {
  const plan = records.plans.find((p) => p.key === planKey);
  return plan?.kpis.find((k) => k.key === kpiKey)?.name ?? null;
}

/** How a source reads in the list and the Select: "2024年第3季度检查 · 平均办理周期". */
export function sourceLabel(t: Translate, source: ActionSource, records: SourceRecords): string {
  switch (source.kind) {
    case 'none':
      return t(`${K}.sourceKinds.none`);
    case 'inspection': {
      const inspection = records.inspections.find((i) => i.key === source.inspectionKey);
      if (!inspection) return t(`${K}.sourceUnknown`);
      const period = periodName(inspection.period, t);
      const kpi =
        source.kpiKey === null ? null : kpiName(records, inspection.planKey, source.kpiKey);
      return kpi === null
        ? t(`${K}.sourceInspection`, { period })
        : t(`${K}.sourceKpi`, { period, kpi });
    }
    case 'survey': {
      const survey = records.surveys.find((s) => s.key === source.surveyKey);
      if (!survey) return t(`${K}.sourceUnknown`);
      return t(`${K}.sourceSurvey`, {
        period: periodName(survey.period, t),
        customers: t(`inspection.customers.${survey.customers}`),
      });
    }
    case 'complaint': {
      const complaint = records.complaints.find((c) => c.key === source.complaintKey);
      if (!complaint) return t(`${K}.sourceUnknown`);
      return t(`${K}.sourceComplaint`, {
        date: complaint.receivedOn,
        category: t(`inspection.complaintCategories.${complaint.category}`),
      });
    }
  }
}

/**
 * The Select's groups, newest first in each: an inspection as a whole and each KPI it
 * measured, the surveys, the complaints. The current source stays listed even when its record
 * is gone, so saving the action does not change where it came from.
 */
export function sourceGroups(
  t: Translate,
  records: SourceRecords,
  current: ActionSource,
): SourceGroup[] {
  const option = (source: ActionSource): Option => ({
    value: sourceValue(source),
    label: sourceLabel(t, source, records),
  });
  const newest = <T>(list: T[], date: (item: T) => string) =>
    [...list].sort((a, b) => compareDates(date(b), date(a)));
  const inspections = newest(records.inspections, (i) => i.period.start).flatMap((i) => [
    option({ kind: 'inspection', inspectionKey: i.key, kpiKey: null }),
    ...i.measurements.map((m) =>
      option({ kind: 'inspection', inspectionKey: i.key, kpiKey: m.kpiKey }),
    ),
  ]);
  const groups: SourceGroup[] = [
    { label: t(`${K}.sourceKinds.none`), options: [option({ kind: 'none' })] },
    { label: t(`${K}.sourceKinds.inspection`), options: inspections },
    {
      label: t(`${K}.sourceKinds.survey`),
      options: newest(records.surveys, (s) => s.period.start).map((s) =>
        option({ kind: 'survey', surveyKey: s.key }),
      ),
    },
    {
      label: t(`${K}.sourceKinds.complaint`),
      options: newest(records.complaints, (c) => c.receivedOn).map((c) =>
        option({ kind: 'complaint', complaintKey: c.key }),
      ),
    },
  ];
  const listed = groups.some((g) => g.options.some((o) => o.value === sourceValue(current)));
  if (!listed) groups.push({ label: t(`${K}.source`), options: [option(current)] });
  return groups.filter((g) => g.options.length > 0);
}
