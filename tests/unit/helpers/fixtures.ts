import { newDuty, type DutyDraft } from '../../../shared/domain';

/** A typed duty with its text and whatever else the test sets. */
export function duty(text: string, extra: Partial<DutyDraft> = {}): DutyDraft {
  return { ...newDuty(text), ...extra };
}
