import { Form, Input, InputNumber, Modal, Radio, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CUSTOMER_SIDES,
  type CustomerSide,
  type Survey,
} from '../../../../shared/inspection/types';
import { call } from '../../../api/client';
import { Field } from '../../../ui/Field';
import { useReturnFocus } from '../../../ui/useReturnFocus';
import { DateInput } from './DateInput';
import { focusFirstField } from './focusFirstField';
import { baseOf, newAggregate } from './forms/fieldProblems';
import { checkSurvey, surveyDraftOf, type SurveyDraft } from './forms/surveyForm';
import { SurveyScoresTable } from './SurveyScoresTable';
import { useFormDraft } from './useFormDraft';
import { useSaving } from './useSaving';

type Props = {
  open: boolean;
  processKey: string;
  /** The survey to edit; null adds one. */
  survey: Survey | null;
  onClose: () => void;
  onSaved: (survey: Survey) => void;
};

/** Adds or edits a SERVQUAL survey: its period, customers, scale and scores per dimension. */
export function SurveyDialog(props: Props) {
  useReturnFocus(props.open);
  // Mounted on each opening, so the draft starts from the survey as it is now.
  return props.open ? <SurveyModal {...props} /> : null;
}

function SurveyModal({ processKey, survey, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const form = useFormDraft<SurveyDraft>(surveyDraftOf(survey));
  const { draft, change } = form;
  const { saving, run } = useSaving();
  // A new survey's key is made once per opening, not on every render.
  const [base] = useState(() => (survey ? baseOf(survey) : newAggregate(processKey)));
  const checked = checkSurvey(t, draft, base);
  const problemsAt = (path: string) => form.shown(checked.problems, path);
  const K = 'improvementView.surveys';

  const save = () => {
    form.attempt();
    const value = checked.value;
    if (!value) return;
    void run(() => call('inspection:saveSurvey', value), onSaved);
  };

  return (
    <Modal
      open
      width={680}
      title={t(survey ? `${K}.editTitle` : `${K}.newTitle`)}
      okText={t('improvementView.common.save')}
      cancelText={t('improvementView.common.cancel')}
      okButtonProps={{ loading: saving }}
      onOk={save}
      onCancel={onClose}
      afterOpenChange={focusFirstField('survey')}
      destroyOnHidden
    >
      <Form layout="vertical" component="div">
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          <Space size={16} wrap align="start">
            <Field
              label={t('improvementView.form.periodStart')}
              required
              problems={problemsAt('period.start')}
            >
              {(id) => (
                <DateInput
                  id={id}
                  first="survey"
                  value={draft.period.first}
                  invalid={problemsAt('period.start').length > 0}
                  onChange={(first) =>
                    change('period.start', { ...draft, period: { ...draft.period, first } })
                  }
                />
              )}
            </Field>
            <Field
              label={t('improvementView.form.periodLast')}
              required
              problems={problemsAt('period.end')}
            >
              {(id) => (
                <DateInput
                  id={id}
                  value={draft.period.last}
                  invalid={problemsAt('period.end').length > 0}
                  onChange={(last) =>
                    change('period.end', { ...draft, period: { ...draft.period, last } })
                  }
                />
              )}
            </Field>
          </Space>
          <Space size={16} wrap align="start">
            <Field label={t(`${K}.customers`)}>
              {(id) => (
                <Radio.Group
                  id={id}
                  value={draft.customers}
                  onChange={(e) =>
                    change('customers', { ...draft, customers: e.target.value as CustomerSide })
                  }
                >
                  {CUSTOMER_SIDES.map((side) => (
                    <Radio key={side} value={side}>
                      {t(`inspection.customers.${side}`)}
                    </Radio>
                  ))}
                </Radio.Group>
              )}
            </Field>
            <Field label={t(`${K}.respondents`)} required problems={problemsAt('respondents')}>
              {(id) => (
                <InputNumber
                  id={id}
                  style={{ width: 120 }}
                  value={draft.respondents}
                  status={problemsAt('respondents').length > 0 ? 'error' : undefined}
                  onChange={(v) =>
                    change('respondents', {
                      ...draft,
                      respondents: typeof v === 'number' ? v : null,
                    })
                  }
                />
              )}
            </Field>
            <Field
              label={t(`${K}.scaleMin`)}
              problems={[...problemsAt('scale.min'), ...problemsAt('scale')]}
            >
              {(id) => (
                <InputNumber
                  id={id}
                  style={{ width: 90 }}
                  value={draft.scaleMin}
                  status={
                    problemsAt('scale.min').length + problemsAt('scale').length > 0
                      ? 'error'
                      : undefined
                  }
                  onChange={(v) =>
                    change(['scale', 'scale.min'], {
                      ...draft,
                      scaleMin: typeof v === 'number' ? v : null,
                    })
                  }
                />
              )}
            </Field>
            <Field label={t(`${K}.scaleMax`)} problems={problemsAt('scale.max')}>
              {(id) => (
                <InputNumber
                  id={id}
                  style={{ width: 90 }}
                  value={draft.scaleMax}
                  status={problemsAt('scale.max').length > 0 ? 'error' : undefined}
                  onChange={(v) =>
                    change(['scale', 'scale.max'], {
                      ...draft,
                      scaleMax: typeof v === 'number' ? v : null,
                    })
                  }
                />
              )}
            </Field>
          </Space>
          <SurveyScoresTable
            scores={draft.scores}
            problemsAt={problemsAt}
            onChange={(dimension, field, value) =>
              change(`dimensions.${dimension}.${field}`, {
                ...draft,
                scores: {
                  ...draft.scores,
                  [dimension]: { ...draft.scores[dimension], [field]: value },
                },
              })
            }
          />
          <Field label={t(`${K}.notes`)} problems={problemsAt('notes')}>
            {(id) => (
              <Input.TextArea
                id={id}
                autoSize={{ minRows: 2, maxRows: 6 }}
                value={draft.notes}
                onChange={(e) => change('notes', { ...draft, notes: e.target.value })}
              />
            )}
          </Field>
        </Space>
      </Form>
    </Modal>
  );
}
