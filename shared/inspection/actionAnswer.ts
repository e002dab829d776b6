import type { ActionLink, AnsweringRevision, ImprovementAction } from './types';

/*
 * 持续改进 closes the loop (issue 12): an improvement action that opened a revision — a to-be
 * variant of the process, or a new draft of a role's description — is answered when that
 * revision is approved. The action records the approved version, counts as done and moves to
 * the PDCA stage 检查 (check): the next inspections show whether the change worked. Pure; the
 * approve services call it inside their transaction.
 */

/** Whether the action's link names the approved process or role. */
export function linksTo(link: ActionLink, revision: Pick<AnsweringRevision, 'kind' | 'subject'>) {
  if (link.kind === 'processVariant') {
    return revision.kind === 'process' && link.processKey === revision.subject;
  }
  if (link.kind === 'roleDraft') {
    return revision.kind === 'role' && String(link.roleId) === revision.subject;
  }
  return false;
}

/**
 * The action as the approval leaves it, or null when the approval does not answer it: an
 * unrelated revision, a cancelled action, or one an earlier approval already answered (a later
 * version of the same map is a revision of its own and does not rewrite that record).
 */
export function answerAction(
  action: ImprovementAction,
  revision: AnsweringRevision,
): ImprovementAction | null {
  if (!linksTo(action.link, revision)) return null;
  if (action.status === 'cancelled' || action.answeredBy !== null) return null;
  return { ...action, answeredBy: { ...revision }, status: 'done', stage: 'check' };
}

/** The revision note's line naming the action, filled into a template such as "整改措施：{{what}}". */
export function actionNote(template: string, action: Pick<ImprovementAction, 'what'>): string {
  const what = action.what.replace(/\s+/g, ' ').trim();
  return template.replace('{{what}}', what);
}
