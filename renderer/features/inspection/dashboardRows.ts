import type { ResponseOf } from '../../../shared/contract';
import { periodName } from '../../../shared/inspection/charts/periodNames';
import type { InspectionPlan } from '../../../shared/inspection/types';
import type { Translate } from '../../../shared/i18n/errorText';

/*
 * The dashboard's groups as lines a quality manager reads: per department (in tree order,
 * "no department" last), what missed its target and which KPIs, what is due, what is overdue,
 * which actions are late. Each line carries the process id that opens its inspection page.
 */

type Dashboard = ResponseOf<'inspection:dashboard'>;
type ProcessSummary = ResponseOf<'process:list'>[number];

export type DashboardLine = { processId: number | null; text: string };

export type DashboardGroup = {
  departmentId: number | null;
  title: string;
  missed: DashboardLine[];
  due: DashboardLine[];
  overdue: DashboardLine[];
  overdueActions: DashboardLine[];
};

export type DashboardSources = {
  dashboard: Dashboard;
  processes: readonly ProcessSummary[];
  plans: readonly InspectionPlan[];
  actions: readonly { key: string; what: string }[];
  /** Departments in tree order with their path labels (departmentPaths). */
  departments: readonly { id: number; label: string }[];
};

const V = 'inspectionView.dashboard';

export function dashboardGroups(sources: DashboardSources, t: Translate): DashboardGroup[] {
  const processes = new Map(sources.processes.map((p) => [p.key, p]));
  const kpiNames = new Map(sources.plans.flatMap((plan) => plan.kpis.map((k) => [k.key, k.name])));
  const actions = new Map(sources.actions.map((a) => [a.key, a.what]));
  const order = new Map(sources.departments.map((d, index) => [d.id, index]));
  const labels = new Map(sources.departments.map((d) => [d.id, d.label]));
  const processName = (key: string) => {
    const found = processes.get(key);
    return found ? [found.code, found.name].filter(Boolean).join(' ') : key;
  };
  const idOf = (key: string) => processes.get(key)?.id ?? null;
  const pending = (entry: { processKey: string; period: { start: string; end: string } }) => ({
    processId: idOf(entry.processKey),
    text: t(`${V}.pendingEntry`, {
      process: processName(entry.processKey),
      period: periodName(entry.period, t),
    }),
  });
  const groups = sources.dashboard.departments
    .map((group) => ({
      departmentId: group.departmentId,
      title:
        group.departmentId === null
          ? t(`${V}.noDepartment`)
          : (labels.get(group.departmentId) ?? String(group.departmentId)),
      missed: group.missedTargets.map((entry) => ({
        processId: idOf(entry.processKey),
        text: t(`${V}.missedEntry`, {
          process: processName(entry.processKey),
          period: periodName(entry.period, t),
          kpis: entry.kpiKeys.map((k) => kpiNames.get(k) ?? k).join(t(`${V}.separator`)),
        }),
      })),
      due: group.due.map(pending),
      overdue: group.overdue.map(pending),
      overdueActions: group.overdueActions.map((entry) => ({
        processId: idOf(entry.processKey),
        text: t(`${V}.actionEntry`, {
          process: processName(entry.processKey),
          // The sentence ends in the date; the action's own full stop would stand mid-line.
          what: (actions.get(entry.actionKey) ?? '').replace(/[。.]\s*$/u, ''),
          date: entry.dueDate,
        }),
      })),
    }))
    .filter((g) => g.missed.length + g.due.length + g.overdue.length + g.overdueActions.length > 0)
    .sort((a, b) => rank(a.departmentId) - rank(b.departmentId));
  function rank(id: number | null): number {
    // Departments in tree order; one not in the list next; no department last.
    if (id === null) return Number.MAX_SAFE_INTEGER;
    return order.get(id) ?? Number.MAX_SAFE_INTEGER - 1;
  }
  return groups;
}
