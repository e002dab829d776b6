import { answerAction } from '../../../shared/inspection/actionAnswer';
import type { ActionLink, AnsweringRevision } from '../../../shared/inspection/types';
import { nowIso } from '../../db/clock';
import type { Repositories } from '../../library/repositories';
import { editConflict } from '../editConflict';

/**
 * Called by the approve services inside their transaction (issue 12): the improvement actions
 * that opened this process's variant or this role's draft record the approved version and move
 * on (shared/inspection/actionAnswer.ts decides). Returns how many actions it answered.
 */
export function recordAnsweringRevision(
  repositories: Repositories,
  approved: Omit<AnsweringRevision, 'approvedAt'>,
): number {
  const link: Exclude<ActionLink, { kind: 'none' }> =
    approved.kind === 'process'
      ? { kind: 'processVariant', processKey: approved.subject }
      : { kind: 'roleDraft', roleId: Number(approved.subject) };
  const now = nowIso();
  const revision: AnsweringRevision = { ...approved, approvedAt: now };
  let answered = 0;
  for (const action of repositories.inspection.actionsLinkedTo(link)) {
    const recorded = answerAction(action, revision);
    if (!recorded) continue;
    // Read in this same transaction, so only a bug could make the version differ.
    if (!repositories.inspection.actions.update(recorded, now)) {
      throw editConflict('improvementAction', action.what);
    }
    answered += 1;
  }
  return answered;
}
