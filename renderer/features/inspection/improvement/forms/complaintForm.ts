import { isCalendarDate } from '../../../../../shared/inspection/calendar';
import { complaintSchema } from '../../../../../shared/inspection/schemas';
import type { Complaint, ComplaintCategory } from '../../../../../shared/inspection/types';
import type { Translate } from '../../../../../shared/i18n/errorText';
import { reportInput } from '../../../../../shared/requestIssues';
import { problemsOf, type AggregateBase, type Checked } from './fieldProblems';

/** The complaint dialog's values; an empty "resolved on" means still open. */
export type ComplaintDraft = {
  category: ComplaintCategory;
  receivedOn: string;
  stepId: string | null;
  description: string;
  resolution: string;
  resolvedOn: string;
};

export function complaintDraftOf(complaint: Complaint | null): ComplaintDraft {
  if (!complaint) {
    return {
      category: 'serviceAttitude',
      receivedOn: '',
      stepId: null,
      description: '',
      resolution: '',
      resolvedOn: '',
    };
  }
  return {
    category: complaint.category,
    receivedOn: complaint.receivedOn,
    stepId: complaint.stepId,
    description: complaint.description,
    resolution: complaint.resolution,
    resolvedOn: complaint.resolvedOn ?? '',
  };
}

export function complaintCandidate(draft: ComplaintDraft, base: AggregateBase): unknown {
  return {
    ...base,
    stepId: draft.stepId,
    category: draft.category,
    receivedOn: draft.receivedOn,
    description: draft.description,
    resolution: draft.resolution,
    resolvedOn: draft.resolvedOn === '' ? null : draft.resolvedOn,
  };
}

export function checkComplaint(
  t: Translate,
  draft: ComplaintDraft,
  base: AggregateBase,
): Checked<Complaint> {
  const parsed = complaintSchema.safeParse(complaintCandidate(draft, base), reportInput);
  const problems = problemsOf(t, parsed.error, (path, code) => {
    if (code !== 'custom') return null;
    if (path === 'receivedOn') return t('improvementView.form.notADate');
    if (path === 'resolvedOn') {
      return isCalendarDate(draft.resolvedOn)
        ? t('improvementView.form.resolvedBeforeReceived')
        : t('improvementView.form.notADate');
    }
    return null;
  });
  return parsed.success ? { value: parsed.data, problems } : { value: null, problems };
}

/** A complaint is open until it has a resolved-on date. */
export function isResolved(complaint: Complaint): boolean {
  return complaint.resolvedOn !== null;
}
