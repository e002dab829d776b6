import type { ProcessKpis } from '../../../shared/process';
import {
  KPI_KINDS,
  type CalendarDate,
  type InspectionPlan,
  type PlanKpi,
} from '../../../shared/inspection/types';
import type { Translate } from '../../../shared/i18n/errorText';

/*
 * A new inspection plan as the dialog opens it: one KPI per target written on the process.
 * A process KPI may hold several targets ("常规件 ≤ 4 小时；疑难件 ≤ 1 个工作日"); each becomes
 * its own plan KPI, since target.ts reads exactly one comparison per KPI.
 */

/** Splits a KPI text at ；/; and line breaks into its targets, blanks dropped. */
export function targetsOf(text: string): string[] {
  return text
    .split(/[;；\n]/u)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

export function kpisFromProcess(kpis: ProcessKpis, t: Translate, newKey: () => string): PlanKpi[] {
  return KPI_KINDS.flatMap((kind) => {
    const targets = targetsOf(kpis[kind]);
    const label = t(`inspection.kpiKinds.${kind}`);
    return targets.map((target, index) => ({
      key: newKey(),
      kind,
      name: targets.length > 1 ? `${label} ${index + 1}` : label,
      target,
    }));
  });
}

/** The first day of the quarter holding `today`: a plan's natural start. */
export function quarterStart(today: CalendarDate): CalendarDate {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const first = Math.floor((month - 1) / 3) * 3 + 1;
  return `${String(year).padStart(4, '0')}-${String(first).padStart(2, '0')}-01`;
}

export function newPlan(
  processKey: string,
  kpis: ProcessKpis,
  today: CalendarDate,
  t: Translate,
  newKey: () => string = () => crypto.randomUUID(),
): InspectionPlan {
  const now = new Date().toISOString();
  const fromProcess = kpisFromProcess(kpis, t, newKey);
  return {
    key: newKey(),
    editVersion: 0,
    createdAt: now,
    updatedAt: now,
    processKey,
    // A plan needs one KPI; with no target written the user names it.
    kpis:
      fromProcess.length > 0
        ? fromProcess
        : [{ key: newKey(), kind: 'timeLimit', name: '', target: '' }],
    frequency: 'quarterly',
    everyMonths: null,
    inspectorRoleId: null,
    kind: 'regular',
    startDate: quarterStart(today),
    graceDays: 15,
  };
}
