import { AppError } from '../../../shared/errors';
import { MESSAGES, type Locale } from '../../../shared/i18n';
import { actionNote } from '../../../shared/inspection/actionAnswer';
import type {
  ActionLink,
  Complaint,
  ImprovementAction,
  Inspection,
  InspectionPlan,
  Survey,
} from '../../../shared/inspection/types';
import { addDays } from '../../../shared/inspection/calendar';
import { nowIso } from '../../db/clock';
import type { LibrarySession } from '../../library/librarySession';
import type { Repositories } from '../../library/repositories';
import { remove, stored, upsert } from './aggregateWrites';

/*
 * The inspection aggregates of the library (issue 12): list, get, save and delete of plans,
 * inspections, surveys, complaints and improvement actions. Every record belongs to a process
 * named by its stable key; a key the library does not hold is INSPECTION_PROCESS_UNKNOWN, not
 * an orphan row. An inspection belongs to a plan of the same process and measures the plan's
 * KPIs, one inspection per plan and period.
 */
export class InspectionService {
  constructor(private readonly session: LibrarySession) {}

  private repositories(): Repositories {
    return this.session.repositories();
  }

  /** The process's name; INSPECTION_PROCESS_UNKNOWN when the library has no such process. */
  processName(processKey: string): string {
    const process = this.repositories().inspection.process(processKey);
    if (!process) {
      throw new AppError('INSPECTION_PROCESS_UNKNOWN', `No process has the key ${processKey}.`, {
        key: processKey,
      });
    }
    return process.name;
  }

  plans(processKey: string | null): InspectionPlan[] {
    return this.repositories().inspection.plans.list(processKey);
  }

  plan(key: string): InspectionPlan {
    return stored(this.repositories().inspection.plans, 'inspectionPlan', key);
  }

  savePlan(plan: InspectionPlan): InspectionPlan {
    const name = this.processName(plan.processKey);
    const { plans } = this.repositories().inspection;
    const existing = plans.get(plan.key);
    if (existing && existing.processKey !== plan.processKey) throw planElsewhere(plan.key);
    return upsert(plans, plan, 'inspectionPlan', name, nowIso());
  }

  deletePlan(key: string, expectedVersion: number): { key: string } {
    const { plans } = this.repositories().inspection;
    return remove(plans, 'inspectionPlan', key, expectedVersion, (p) => this.nameOf(p.processKey));
  }

  inspections(processKey: string | null): Inspection[] {
    return this.repositories().inspection.inspections.list(processKey);
  }

  inspection(key: string): Inspection {
    return stored(this.repositories().inspection.inspections, 'inspection', key);
  }

  saveInspection(inspection: Inspection): Inspection {
    const name = this.processName(inspection.processKey);
    const repository = this.repositories().inspection;
    const plan = repository.plans.get(inspection.planKey);
    if (!plan || plan.processKey !== inspection.processKey) throw planElsewhere(inspection.planKey);
    const measured = new Set(plan.kpis.map((kpi) => kpi.key));
    const unknown = inspection.measurements.find((m) => !measured.has(m.kpiKey));
    if (unknown) {
      throw new AppError(
        'INSPECTION_KPI_UNKNOWN',
        `Plan ${plan.key} has no KPI ${unknown.kpiKey}.`,
        {
          kpiKey: unknown.kpiKey,
        },
      );
    }
    const holder = repository.inspectionOf(plan.key, inspection.period.start);
    if (holder && holder.key !== inspection.key) throw periodTaken(inspection.period);
    return upsert(repository.inspections, inspection, 'inspection', name, nowIso());
  }

  deleteInspection(key: string, expectedVersion: number): { key: string } {
    const { inspections } = this.repositories().inspection;
    return remove(inspections, 'inspection', key, expectedVersion, (i) =>
      this.nameOf(i.processKey),
    );
  }

  surveys(processKey: string | null): Survey[] {
    return this.repositories().inspection.surveys.list(processKey);
  }

  survey(key: string): Survey {
    return stored(this.repositories().inspection.surveys, 'survey', key);
  }

  saveSurvey(survey: Survey): Survey {
    const name = this.processName(survey.processKey);
    return upsert(this.repositories().inspection.surveys, survey, 'survey', name, nowIso());
  }

  deleteSurvey(key: string, expectedVersion: number): { key: string } {
    const { surveys } = this.repositories().inspection;
    return remove(surveys, 'survey', key, expectedVersion, (s) => this.nameOf(s.processKey));
  }

  complaints(processKey: string | null): Complaint[] {
    return this.repositories().inspection.complaints.list(processKey);
  }

  complaint(key: string): Complaint {
    return stored(this.repositories().inspection.complaints, 'complaint', key);
  }

  saveComplaint(complaint: Complaint): Complaint {
    const name = this.processName(complaint.processKey);
    const { complaints } = this.repositories().inspection;
    return upsert(complaints, complaint, 'complaint', name, nowIso());
  }

  deleteComplaint(key: string, expectedVersion: number): { key: string } {
    const { complaints } = this.repositories().inspection;
    return remove(complaints, 'complaint', key, expectedVersion, (c) => this.nameOf(c.processKey));
  }

  actions(processKey: string | null): ImprovementAction[] {
    return this.repositories().inspection.actions.list(processKey);
  }

  action(key: string): ImprovementAction {
    return stored(this.repositories().inspection.actions, 'improvementAction', key);
  }

  /**
   * Saves the action. When it newly links a revision (a to-be variant, a role's draft), the
   * line "整改措施：<what>" waits for that revision's approval note, as responsibility changes
   * leave theirs, so the approved revision names the action it answers.
   */
  saveAction(action: ImprovementAction, locale: Locale): ImprovementAction {
    const name = this.processName(action.processKey);
    const repositories = this.repositories();
    const linkedId = this.linkedEntity(action.link);
    return repositories.transaction(() => {
      const before = repositories.inspection.actions.get(action.key);
      const saved = upsert(
        repositories.inspection.actions,
        action,
        'improvementAction',
        name,
        nowIso(),
      );
      if (linkedId && !sameLink(before?.link, action.link)) {
        const note = actionNote(MESSAGES[locale].inspection.actionNote, action);
        repositories.pendingNotes.add(linkedId.entity, linkedId.id, note);
      }
      return saved;
    });
  }

  deleteAction(key: string, expectedVersion: number): { key: string } {
    const { actions } = this.repositories().inspection;
    return remove(actions, 'improvementAction', key, expectedVersion, (a) =>
      this.nameOf(a.processKey),
    );
  }

  /** The process or role a link opens; an unknown one is refused before anything is written. */
  private linkedEntity(link: ActionLink): { entity: 'process' | 'role'; id: number } | null {
    if (link.kind === 'processVariant') {
      this.processName(link.processKey);
      const process = this.repositories().inspection.process(link.processKey);
      return process ? { entity: 'process', id: process.id } : null;
    }
    if (link.kind === 'roleDraft') {
      if (!this.repositories().roles.get(link.roleId)) {
        throw new AppError('NOT_FOUND', `Role ${link.roleId} does not exist.`, { what: 'role' });
      }
      return { entity: 'role', id: link.roleId };
    }
    return null;
  }

  /** A conflict message's name: the process's, or its key once the process is gone. */
  private nameOf(processKey: string): string {
    return this.repositories().inspection.process(processKey)?.name ?? processKey;
  }
}

function sameLink(a: ActionLink | undefined, b: ActionLink): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

function planElsewhere(planKey: string): AppError {
  return new AppError(
    'INSPECTION_PLAN_UNKNOWN',
    `Plan ${planKey} is not in the library or belongs to another process.`,
    { key: planKey },
  );
}

export function periodTaken(period: { start: string; end: string }): AppError {
  return new AppError(
    'INSPECTION_PERIOD_TAKEN',
    `The period ${period.start}–${period.end} already has its inspection.`,
    { start: period.start, end: addDays(period.end, -1) },
  );
}
