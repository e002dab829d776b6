import { compareDates } from '../../../shared/inspection/calendar';
import type {
  CalendarDate,
  Inspection,
  InspectionKind,
  InspectionMethod,
  InspectionPlan,
  Measurement,
  Period,
} from '../../../shared/inspection/types';

/*
 * The inspection dialog's fields and the Inspection they make. Values are kept as typed
 * (number or empty), never clamped: the schema says what is wrong at the field. A KPI whose
 * value is empty was not measured and adds no measurement; `measuredKpis` maps a measurement's
 * index back to its KPI, so a problem zod reports at measurements.1 lands on that KPI's field.
 */

export type InspectionForm = {
  period: Period | null;
  values: Record<string, number | null>;
  samples: Record<string, number | null>;
  method: InspectionMethod;
  kind: InspectionKind;
  inspectorRoleId: number | null;
  inspectorName: string;
  notes: string;
  inspectedOn: CalendarDate;
};

export function inspectionToForm(
  plan: InspectionPlan,
  inspection: Inspection | null,
  period: Period | null,
  today: CalendarDate,
): InspectionForm {
  if (!inspection) {
    return {
      period,
      values: {},
      samples: {},
      method: 'dataAnalysis',
      kind: plan.kind,
      inspectorRoleId: plan.inspectorRoleId,
      inspectorName: '',
      notes: '',
      inspectedOn: today,
    };
  }
  const values: Record<string, number | null> = {};
  const samples: Record<string, number | null> = {};
  for (const m of inspection.measurements) {
    values[m.kpiKey] = m.value;
    samples[m.kpiKey] = m.sampleSize;
  }
  return {
    period: inspection.period,
    values,
    samples,
    method: inspection.method,
    kind: inspection.kind,
    inspectorRoleId: inspection.inspectorRoleId,
    inspectorName: inspection.inspectorName,
    notes: inspection.notes,
    inspectedOn: inspection.inspectedOn,
  };
}

export function formToInspection(
  plan: InspectionPlan,
  existing: Inspection | null,
  form: InspectionForm,
  newKey: () => string = () => crypto.randomUUID(),
): { inspection: Inspection; measuredKpis: string[] } {
  const measurements: Measurement[] = [];
  const measuredKpis: string[] = [];
  for (const kpi of plan.kpis) {
    const value = form.values[kpi.key];
    if (value === null || value === undefined) continue;
    measurements.push({ kpiKey: kpi.key, value, sampleSize: form.samples[kpi.key] ?? null });
    measuredKpis.push(kpi.key);
  }
  const now = new Date().toISOString();
  const inspection: Inspection = {
    key: existing?.key ?? newKey(),
    editVersion: existing?.editVersion ?? 0,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    planKey: plan.key,
    processKey: plan.processKey,
    // An empty period is refused by the dialog before the schema is asked.
    period: form.period ?? { start: '', end: '' },
    kind: form.kind,
    method: form.method,
    inspectorRoleId: form.inspectorRoleId,
    inspectorName: form.inspectorName,
    measurements,
    notes: form.notes,
    inspectedOn: form.inspectedOn,
  };
  return { inspection, measuredKpis };
}

/**
 * The period a new inspection opens on: the latest one that has ended (the inspection a
 * manager usually records next), else the running one; `periods` are in date order.
 */
export function defaultPeriod(periods: readonly Period[], today: CalendarDate): Period | null {
  const ended = periods.filter((p) => compareDates(p.end, today) <= 0);
  return ended.at(-1) ?? periods.at(-1) ?? null;
}
