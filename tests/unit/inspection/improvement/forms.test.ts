import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../../../shared/i18n';
import { translator } from '../../../../shared/i18n/translate';
import type { ImprovementAction, Survey } from '../../../../shared/inspection/types';
import {
  actionBaseOf,
  actionDraftOf,
  checkAction,
  isOverdue,
  sourceOfValue,
  sourceValue,
} from '../../../../renderer/features/inspection/improvement/forms/actionForm';
import {
  checkComplaint,
  complaintDraftOf,
} from '../../../../renderer/features/inspection/improvement/forms/complaintForm';
import { newAggregate } from '../../../../renderer/features/inspection/improvement/forms/fieldProblems';
import {
  checkSurvey,
  surveyDraftOf,
  type SurveyDraft,
} from '../../../../renderer/features/inspection/improvement/forms/surveyForm';

/*
 * The 持续改进 dialogs' values ↔ the aggregates they save, checked by the contract's zod
 * schemas with each problem at its field in the interface language, never clamped.
 */

const zh = translator(MESSAGES['zh-CN']);
const en = translator(MESSAGES.en);
const PROCESS = '7d3c1d7e-4a7b-4f0e-9a51-0d8f1f6f2a10';
const base = () => newAggregate(PROCESS);

function filledSurvey(): SurveyDraft {
  const draft = surveyDraftOf(null);
  draft.period = { first: '2024-10-01', last: '2024-12-31' };
  draft.respondents = 120;
  for (const [i, d] of (
    ['tangibles', 'reliability', 'responsiveness', 'assurance', 'empathy'] as const
  ).entries()) {
    draft.scores[d] = { expectation: 6, perception: 5 - i * 0.5, weight: null };
  }
  return draft;
}

describe('the survey dialog', () => {
  it('saves the period with its exclusive end and reads it back as its last day', () => {
    const checked = checkSurvey(zh, filledSurvey(), base());
    expect(checked.problems).toEqual({});
    const survey = checked.value as Survey;
    expect(survey.period).toEqual({ start: '2024-10-01', end: '2025-01-01' });
    expect(survey.scale).toEqual({ min: 1, max: 7 });
    const again = surveyDraftOf(survey);
    expect(again.period).toEqual({ first: '2024-10-01', last: '2024-12-31' });
    expect(again.scores.empathy).toEqual({ expectation: 6, perception: 3, weight: null });
  });

  it('marks a score outside the survey’s scale at its box, as typed, in both languages', () => {
    const draft = filledSurvey();
    draft.scores.empathy.perception = 8;
    draft.scores.tangibles.expectation = 0;
    draft.respondents = null;
    const checked = checkSurvey(zh, draft, base());
    expect(checked.value).toBeNull();
    expect(checked.problems['dimensions.empathy.perception']).toEqual([
      '请填写 1 至 7 之间的分数（本次调查的量表）。',
    ]);
    expect(checked.problems['dimensions.tangibles.expectation']).toHaveLength(1);
    expect(checked.problems.respondents).toEqual(['必填。']);
    expect(draft.scores.empathy.perception).toBe(8);
    const english = checkSurvey(en, draft, base());
    expect(english.problems['dimensions.empathy.perception']).toEqual([
      'Enter a score from 1 to 7 (the survey’s scale).',
    ]);
  });

  it('judges scores by the survey’s own scale (1–5)', () => {
    const draft = filledSurvey();
    draft.scaleMax = 5;
    expect(checkSurvey(zh, draft, base()).problems['dimensions.tangibles.expectation']).toEqual([
      '请填写 1 至 5 之间的分数（本次调查的量表）。',
    ]);
  });

  it('says a last day before the first day at the last day, and an empty date as missing', () => {
    const draft = filledSurvey();
    draft.period = { first: '2024-10-01', last: '2024-09-01' };
    expect(checkSurvey(zh, draft, base()).problems['period.end']).toEqual([
      '结束日不能早于开始日。',
    ]);
    draft.period = { first: '', last: '2024-12-31' };
    expect(checkSurvey(zh, draft, base()).problems['period.start']).toEqual(['请填写日期。']);
  });
});

describe('the complaint dialog', () => {
  it('saves an open complaint with no resolved-on date', () => {
    const draft = { ...complaintDraftOf(null), receivedOn: '2024-05-06', description: '理赔太慢' };
    const checked = checkComplaint(zh, draft, base());
    expect(checked.value?.resolvedOn).toBeNull();
    expect(checked.value?.stepId).toBeNull();
  });

  it('refuses a resolution dated before the complaint was received, at that field', () => {
    const draft = {
      ...complaintDraftOf(null),
      receivedOn: '2024-05-06',
      resolvedOn: '2024-05-01',
      stepId: 'n3',
    };
    const checked = checkComplaint(zh, draft, base());
    expect(checked.value).toBeNull();
    expect(checked.problems.resolvedOn).toEqual(['处理完毕日期不能早于收到日期。']);
  });
});

describe('the action dialog', () => {
  const source = {
    kind: 'inspection' as const,
    inspectionKey: '0b6a4a53-5a0e-4c43-8f6e-6e1d8f0c2b11',
    kpiKey: '5f1c2a0e-8b5e-4a59-9c0e-2d3f4e5a6b7c',
  };
  const baseAction = () => ({
    ...base(),
    link: { kind: 'none' as const },
    answeredBy: null,
  });

  it('requires what is to be done, and keeps the rest of the 5W1H', () => {
    const draft = actionDraftOf(null, { why: '时限 目标 ≤ 5 天，实测 7.2 天', source });
    const refused = checkAction(zh, { ...draft, what: '   ' }, baseAction());
    expect(refused.problems.what).toEqual(['必填。']);
    const saved = checkAction(
      zh,
      { ...draft, what: '设立案件经理', whoRoleId: 4, stepIds: ['n2'], dueDate: '2025-03-31' },
      baseAction(),
    );
    expect(saved.problems).toEqual({});
    const action = saved.value as ImprovementAction;
    expect(action.where).toEqual({ stepIds: ['n2'], roleIds: [] });
    expect(action.source).toEqual(source);
    expect(actionDraftOf(action).why).toBe('时限 目标 ≤ 5 天，实测 7.2 天');
    expect(actionBaseOf(action).link).toEqual({ kind: 'none' });
  });

  it('marks a due date that is not a date', () => {
    const draft = { ...actionDraftOf(null), what: 'x', dueDate: '2025-02-30' };
    expect(checkAction(en, draft, baseAction()).problems.dueDate).toEqual(['Enter a date.']);
  });

  it('turns each source into one Select value and back', () => {
    const sources = [
      { kind: 'none' as const },
      source,
      { ...source, kpiKey: null },
      { kind: 'survey' as const, surveyKey: source.inspectionKey },
      { kind: 'complaint' as const, complaintKey: source.kpiKey },
    ];
    for (const s of sources) expect(sourceOfValue(sourceValue(s))).toEqual(s);
  });

  it('is overdue after its due date unless done or cancelled', () => {
    const draft = { ...actionDraftOf(null), what: 'x', dueDate: '2025-01-31' };
    const action = checkAction(zh, draft, baseAction()).value as ImprovementAction;
    expect(isOverdue(action, '2025-01-31')).toBe(false);
    expect(isOverdue(action, '2025-02-01')).toBe(true);
    expect(isOverdue({ ...action, status: 'done' }, '2025-02-01')).toBe(false);
    expect(isOverdue({ ...action, dueDate: null }, '2025-02-01')).toBe(false);
  });
});
