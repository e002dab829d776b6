import { compareDates, isTimeZone, todayIn } from '../../../shared/inspection/calendar';
import { inspectionDashboard, type DepartmentSummary } from '../../../shared/inspection/dashboard';
import {
  parseTarget,
  statusAgainstTarget,
  type Target,
  type TargetStatus,
  type TargetUnreadable,
} from '../../../shared/inspection/target';
import { kpiSeries, sideOf, type RevisionDate } from '../../../shared/inspection/trend';
import type { Period, PlanKpi } from '../../../shared/inspection/types';
import type { LibrarySession } from '../../library/librarySession';
import { stored } from './aggregateWrites';

/*
 * What the inspection screens show beyond the records (issue 12): the library's dashboard and
 * one plan's KPIs across periods for the chart. Reads the library, then runs the pure core of
 * shared/inspection; "today" is the date in the library's time zone, so an inspection falls
 * due on the same day for every colleague sharing the file, whatever their computer's zone.
 */

export type Dashboard = { today: string; timeZone: string; departments: DepartmentSummary[] };

export type KpiLine = {
  kpi: PlanKpi;
  target: Target | null;
  unreadable: TargetUnreadable | null;
  points: {
    period: Period;
    value: number;
    sampleSize: number | null;
    inspectionKey: string;
    status: TargetStatus | null;
  }[];
};

export type RevisionOnChart = RevisionDate & {
  processKey: string;
  version: number;
  pointsBefore: number;
};

export type KpiSeries = {
  planKey: string;
  processKey: string;
  kpis: KpiLine[];
  revisions: RevisionOnChart[];
};

/** The zone when the library has none set: this computer's. */
function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export class InspectionInsights {
  constructor(
    private readonly session: LibrarySession,
    private readonly now: () => Date = () => new Date(),
  ) {}

  timeZone(): string {
    const stored = this.session.repositories().inspection.timeZone();
    return stored !== null && isTimeZone(stored) ? stored : systemTimeZone();
  }

  /** The zone in force, the one stored for the library (null: none) and this computer's. */
  timeZoneSetting(): { timeZone: string; stored: string | null; system: string } {
    const stored = this.session.repositories().inspection.timeZone();
    return { timeZone: this.timeZone(), stored, system: systemTimeZone() };
  }

  /** Stores the library's zone; null goes back to the computer's. */
  setTimeZone(timeZone: string | null) {
    this.session.repositories().inspection.setTimeZone(timeZone);
    return this.timeZoneSetting();
  }

  dashboard(): Dashboard {
    const { inspection } = this.session.repositories();
    const timeZone = this.timeZone();
    const today = todayIn(this.now(), timeZone);
    const departments = inspectionDashboard({
      processes: inspection.processDepartments(),
      plans: inspection.plans.list(null),
      inspections: inspection.dashboardInspections(),
      actions: inspection.dashboardActions(),
      today,
    });
    return { today, timeZone, departments };
  }

  kpiSeries(planKey: string): KpiSeries {
    const repositories = this.session.repositories();
    const plan = stored(repositories.inspection.plans, 'inspectionPlan', planKey);
    const inspections = repositories.inspection.inspectionsOf(planKey);
    const kpis = plan.kpis.map((kpi): KpiLine => {
      const reading = parseTarget(kpi.target);
      const target = reading.ok ? reading.target : null;
      return {
        kpi,
        target,
        unreadable: reading.ok ? null : reading.reason,
        points: kpiSeries(inspections, kpi.key).map((point) => ({
          ...point,
          status: target ? statusAgainstTarget(target, point.value) : null,
        })),
      };
    });
    // A revision is drawn after the periods that lie wholly before it took effect.
    const revisions = this.revisionsOf(plan.processKey)
      .sort((a, b) => compareDates(a.date, b.date) || a.version - b.version)
      .map((revision) => ({
        ...revision,
        pointsBefore: inspections.filter((i) => sideOf(i.period, revision.date) === 'before')
          .length,
      }));
    return { planKey, processKey: plan.processKey, kpis, revisions };
  }

  /** Approved versions of the process and of its to-be variants, dated in the library's zone (the chart marks them; the report compares around them). */
  revisionsOf(processKey: string): (RevisionDate & { processKey: string; version: number })[] {
    const repositories = this.session.repositories();
    const subject = repositories.inspection.process(processKey);
    if (!subject) return [];
    const summaries = repositories.processes.list({ processClass: null, departmentId: null });
    const keys = repositories.inspection.processKeys();
    const family = summaries.filter((p) => p.id === subject.id || p.variantOfId === subject.id);
    const timeZone = this.timeZone();
    return family.flatMap((process) =>
      repositories.revisions.list('process', process.id).map((revision) => ({
        date: todayIn(new Date(revision.createdAt), timeZone),
        label: `${process.name} v${revision.version}`,
        processKey: keys.get(process.id) ?? '',
        version: revision.version,
      })),
    );
  }
}
