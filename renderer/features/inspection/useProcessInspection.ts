import { useCallback, useEffect, useState } from 'react';
import type { ResponseOf } from '../../../shared/contract';
import { analyseProcess } from '../../../shared/analysis';
import { DAY_MINUTES } from '../../../shared/analysis/settings';
import { modelledValue } from '../../../shared/inspection/modelled';
import { parseTarget } from '../../../shared/inspection/target';
import { todayIn } from '../../../shared/inspection/calendar';
import type { Complaint, Inspection, InspectionPlan } from '../../../shared/inspection/types';
import { call } from '../../api/client';
import { useReportError } from '../../ui/useReportError';

/*
 * Everything one process's inspection page shows: the process (its KPI targets prefill a new
 * plan), its plans and inspections, each plan's KPI series for the charts, the roles to name
 * inspectors, and the modelled value of each KPI — the process analysis run here on the
 * stored map, as the report does in main, so screen and report print the same model figure.
 */

export type ProcessRecord = ResponseOf<'process:get'>;
export type KpiSeries = ResponseOf<'inspection:kpiSeries'>;

export type ProcessInspectionData = {
  process: ProcessRecord;
  plans: InspectionPlan[];
  inspections: Inspection[];
  /** Counted in the inspection of the period they were received in. */
  complaints: Complaint[];
  series: ReadonlyMap<string, KpiSeries>;
  roles: ReadonlyMap<number, string>;
  /** KPI key → what the model predicts, in the KPI's unit. */
  modelled: ReadonlyMap<string, number>;
  today: string;
};

function modelledOf(
  process: ProcessRecord,
  plans: readonly InspectionPlan[],
  library: ResponseOf<'analysis:library'>,
): Map<string, number> {
  const modelled = new Map<string, number>();
  const { graph, ownerRoleId } = process;
  const leadTime = analyseProcess({ graph, library, ownerRoleId }).figures.leadTime?.critical;
  const dayMinutes = DAY_MINUTES[library.settings.timeBasis];
  for (const kpi of plans.flatMap((plan) => plan.kpis)) {
    const reading = parseTarget(kpi.target);
    const target = reading.ok ? reading.target : null;
    const value = modelledValue(kpi, target, leadTime ?? null, dayMinutes);
    if (value !== null) modelled.set(kpi.key, value);
  }
  return modelled;
}

async function load(processId: number): Promise<ProcessInspectionData> {
  const process = await call('process:get', { id: processId });
  const [plans, inspections, complaints, library, zone] = await Promise.all([
    call('inspection:plans', { processKey: process.key }),
    call('inspection:inspections', { processKey: process.key }),
    call('inspection:complaints', { processKey: process.key }),
    call('analysis:library', {}),
    call('inspection:timeZone', {}),
  ]);
  const series = await Promise.all(
    plans.map((plan) => call('inspection:kpiSeries', { planKey: plan.key })),
  );
  return {
    process,
    plans,
    inspections,
    complaints,
    series: new Map(series.map((s) => [s.planKey, s])),
    roles: new Map(library.roles.map((role) => [role.id, role.title])),
    modelled: modelledOf(process, plans, library),
    // Today in the library's zone, as the dashboard judges what is due.
    today: todayIn(new Date(), zone.timeZone),
  };
}

export function useProcessInspection(processId: number): {
  data: ProcessInspectionData | null;
  reload: () => Promise<void>;
} {
  const report = useReportError();
  const [data, setData] = useState<ProcessInspectionData | null>(null);
  const reload = useCallback(() => load(processId).then(setData, report), [processId, report]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { data, reload };
}
