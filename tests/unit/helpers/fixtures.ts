import type { DutyDraft } from '../../../shared/domain';

/** A typed duty with only its text set. */
export function duty(text: string, extra: Partial<DutyDraft> = {}): DutyDraft {
  return {
    text,
    category: null,
    weight: null,
    frequency: null,
    standard: '',
    kpi: '',
    source: 'typed',
    ...extra,
  };
}
