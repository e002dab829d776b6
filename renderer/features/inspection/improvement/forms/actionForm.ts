import { compareDates } from '../../../../../shared/inspection/calendar';
import { improvementActionSchema } from '../../../../../shared/inspection/schemas';
import type {
  ActionSource,
  ActionStatus,
  ImprovementAction,
  PdcaStage,
} from '../../../../../shared/inspection/types';
import type { Translate } from '../../../../../shared/i18n/errorText';
import { reportInput } from '../../../../../shared/requestIssues';
import { problemsOf, type AggregateBase, type Checked } from './fieldProblems';

/** The 5W1H dialog's values; the link and the answering revision are kept from the action. */
export type ActionDraft = {
  what: string;
  why: string;
  whoRoleId: number | null;
  stepIds: string[];
  roleIds: number[];
  dueDate: string;
  how: string;
  stage: PdcaStage;
  status: ActionStatus;
  source: ActionSource;
};

export type ActionBase = AggregateBase & Pick<ImprovementAction, 'link' | 'answeredBy'>;

export function actionBaseOf(action: ImprovementAction): ActionBase {
  const { key, editVersion, createdAt, updatedAt, processKey, link, answeredBy } = action;
  return { key, editVersion, createdAt, updatedAt, processKey, link, answeredBy };
}

export function actionDraftOf(
  action: ImprovementAction | null,
  prefill: Partial<ActionDraft> = {},
): ActionDraft {
  if (!action) {
    return {
      what: '',
      why: '',
      whoRoleId: null,
      stepIds: [],
      roleIds: [],
      dueDate: '',
      how: '',
      stage: 'plan',
      status: 'open',
      source: { kind: 'none' },
      ...prefill,
    };
  }
  return {
    what: action.what,
    why: action.why,
    whoRoleId: action.whoRoleId,
    stepIds: [...action.where.stepIds],
    roleIds: [...action.where.roleIds],
    dueDate: action.dueDate ?? '',
    how: action.how,
    stage: action.stage,
    status: action.status,
    source: action.source,
  };
}

export function actionCandidate(draft: ActionDraft, base: ActionBase): unknown {
  return {
    ...base,
    source: draft.source,
    what: draft.what.trim() === '' ? '' : draft.what,
    why: draft.why,
    whoRoleId: draft.whoRoleId,
    where: { stepIds: draft.stepIds, roleIds: draft.roleIds },
    dueDate: draft.dueDate === '' ? null : draft.dueDate,
    how: draft.how,
    stage: draft.stage,
    status: draft.status,
  };
}

export function checkAction(
  t: Translate,
  draft: ActionDraft,
  base: ActionBase,
): Checked<ImprovementAction> {
  const parsed = improvementActionSchema.safeParse(actionCandidate(draft, base), reportInput);
  const problems = problemsOf(t, parsed.error, (path, code) =>
    code === 'custom' && path === 'dueDate' ? t('improvementView.form.notADate') : null,
  );
  return parsed.success ? { value: parsed.data, problems } : { value: null, problems };
}

/** Overdue: past its due date and neither done nor cancelled. */
export function isOverdue(action: ImprovementAction, today: string): boolean {
  if (action.dueDate === null || action.status === 'done' || action.status === 'cancelled') {
    return false;
  }
  return compareDates(action.dueDate, today) < 0;
}

/*
 * The source as one value of a Select: 'none', 'inspection:<key>', 'inspection:<key>:<kpiKey>',
 * 'survey:<key>', 'complaint:<key>' (keys are UUIDs, which hold no colon).
 */
export function sourceValue(source: ActionSource): string {
  switch (source.kind) {
    case 'inspection':
      return source.kpiKey === null
        ? `inspection:${source.inspectionKey}`
        : `inspection:${source.inspectionKey}:${source.kpiKey}`;
    case 'survey':
      return `survey:${source.surveyKey}`;
    case 'complaint':
      return `complaint:${source.complaintKey}`;
    case 'none':
      return 'none';
  }
}

export function sourceOfValue(value: string): ActionSource {
  const [kind, first, second] = value.split(':');
  if (kind === 'inspection' && first) {
    return { kind: 'inspection', inspectionKey: first, kpiKey: second ?? null };
  }
  if (kind === 'survey' && first) return { kind: 'survey', surveyKey: first };
  if (kind === 'complaint' && first) return { kind: 'complaint', complaintKey: first };
  return { kind: 'none' };
}
