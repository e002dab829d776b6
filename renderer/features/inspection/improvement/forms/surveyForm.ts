import { isCalendarDate } from '../../../../../shared/inspection/calendar';
import { surveySchema } from '../../../../../shared/inspection/schemas';
import { DEFAULT_SCALE } from '../../../../../shared/inspection/servqual';
import {
  SERVQUAL_DIMENSIONS,
  type CustomerSide,
  type ServqualDimension,
  type Survey,
} from '../../../../../shared/inspection/types';
import type { Translate } from '../../../../../shared/i18n/errorText';
import { reportInput } from '../../../../../shared/requestIssues';
import {
  add,
  numberOrMissing,
  problemsOf,
  type AggregateBase,
  type Checked,
} from './fieldProblems';
import { periodDraftOf, periodOfDraft, type PeriodDraft } from './periodDraft';

/** The survey dialog's values: numbers as typed (null = empty box), the period as its days. */
export type ScoreDraft = {
  expectation: number | null;
  perception: number | null;
  weight: number | null;
};

export type SurveyDraft = {
  period: PeriodDraft;
  customers: CustomerSide;
  respondents: number | null;
  scaleMin: number | null;
  scaleMax: number | null;
  scores: Record<ServqualDimension, ScoreDraft>;
  notes: string;
};

const emptyScores = (): Record<ServqualDimension, ScoreDraft> =>
  Object.fromEntries(
    SERVQUAL_DIMENSIONS.map((d) => [d, { expectation: null, perception: null, weight: null }]),
  ) as Record<ServqualDimension, ScoreDraft>;

export function surveyDraftOf(survey: Survey | null): SurveyDraft {
  if (!survey) {
    return {
      period: { first: '', last: '' },
      customers: 'external',
      respondents: null,
      scaleMin: DEFAULT_SCALE.min,
      scaleMax: DEFAULT_SCALE.max,
      scores: emptyScores(),
      notes: '',
    };
  }
  return {
    period: periodDraftOf(survey.period),
    customers: survey.customers,
    respondents: survey.respondents,
    scaleMin: survey.scale.min,
    scaleMax: survey.scale.max,
    scores: Object.fromEntries(
      SERVQUAL_DIMENSIONS.map((d) => [d, { ...survey.dimensions[d] }]),
    ) as Record<ServqualDimension, ScoreDraft>,
    notes: survey.notes,
  };
}

/** What the draft would save; empty boxes stay missing so the schema names them. */
export function surveyCandidate(draft: SurveyDraft, base: AggregateBase): unknown {
  return {
    ...base,
    period: periodOfDraft(draft.period),
    customers: draft.customers,
    respondents: numberOrMissing(draft.respondents),
    scale: { min: numberOrMissing(draft.scaleMin), max: numberOrMissing(draft.scaleMax) },
    dimensions: Object.fromEntries(
      SERVQUAL_DIMENSIONS.map((d) => {
        const s = draft.scores[d];
        return [
          d,
          {
            expectation: numberOrMissing(s.expectation),
            perception: numberOrMissing(s.perception),
            weight: s.weight,
          },
        ];
      }),
    ),
    notes: draft.notes,
  };
}

/**
 * Checks the draft with surveySchema. A score off the survey's scale is marked at its box
 * even while other fields are still wrong (the schema checks the scale only once the rest
 * parses), so the user sees every problem at once.
 */
export function checkSurvey(
  t: Translate,
  draft: SurveyDraft,
  base: AggregateBase,
): Checked<Survey> {
  const parsed = surveySchema.safeParse(surveyCandidate(draft, base), reportInput);
  const { scaleMin: min, scaleMax: max } = draft;
  const offScale = t('improvementView.form.offScale', { min, max });
  const problems = problemsOf(t, parsed.error, (path, code) => {
    // A score's box says the survey's own scale, not the schema's outer bound of 0–10.
    const isScore = /^dimensions\.\w+\.(expectation|perception)$/.test(path);
    if (isScore && min !== null && max !== null && code !== 'invalid_type') return offScale;
    if (code !== 'custom') return null;
    if (path === 'period.start') return t('improvementView.form.notADate');
    if (path === 'period.end') {
      return isCalendarDate(draft.period.last)
        ? t('improvementView.form.lastBeforeFirst')
        : t('improvementView.form.notADate');
    }
    if (path === 'scale') return t('improvementView.form.scaleTooNarrow');
    return null;
  });
  if (min !== null && max !== null) {
    for (const d of SERVQUAL_DIMENSIONS) {
      for (const field of ['expectation', 'perception'] as const) {
        const score = draft.scores[d][field];
        if (score !== null && (score < min || score > max)) {
          add(problems, `dimensions.${d}.${field}`, offScale);
        }
      }
    }
  }
  const clean = Object.keys(problems).length === 0;
  return parsed.success && clean ? { value: parsed.data, problems } : { value: null, problems };
}
