import { Form, Input, Modal, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COMPLAINT_CATEGORIES,
  type Complaint,
  type ComplaintCategory,
} from '../../../../shared/inspection/types';
import { call } from '../../../api/client';
import { Field } from '../../../ui/Field';
import { useReturnFocus } from '../../../ui/useReturnFocus';
import { DateInput } from './DateInput';
import { focusFirstField } from './focusFirstField';
import { checkComplaint, complaintDraftOf, type ComplaintDraft } from './forms/complaintForm';
import { baseOf, newAggregate } from './forms/fieldProblems';
import { stepText, type StepOption } from './processSteps';
import { useFormDraft } from './useFormDraft';
import { useSaving } from './useSaving';

type Props = {
  open: boolean;
  processKey: string;
  steps: StepOption[];
  /** The complaint to edit; null records a new one. */
  complaint: Complaint | null;
  onClose: () => void;
  onSaved: (complaint: Complaint) => void;
};

const NO_STEP = '';

/** Records or edits a complaint (投诉): when, what kind, which step, and how it was resolved. */
export function ComplaintDialog(props: Props) {
  useReturnFocus(props.open);
  return props.open ? <ComplaintModal {...props} /> : null;
}

function ComplaintModal({ processKey, steps, complaint, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const K = 'improvementView.complaints';
  const form = useFormDraft<ComplaintDraft>(complaintDraftOf(complaint));
  const { draft, change } = form;
  const { saving, run } = useSaving();
  const [base] = useState(() => (complaint ? baseOf(complaint) : newAggregate(processKey)));
  const checked = checkComplaint(t, draft, base);
  const problemsAt = (path: string) => form.shown(checked.problems, path);
  // A step the map no longer has stays selectable by its id, so editing does not drop it.
  const stepOptions = [
    { value: NO_STEP, label: t(`${K}.noStep`) },
    ...steps.map((step) => ({ value: step.id, label: stepText(step) })),
    ...(draft.stepId !== null && !steps.some((s) => s.id === draft.stepId)
      ? [{ value: draft.stepId, label: draft.stepId }]
      : []),
  ];

  const save = () => {
    form.attempt();
    const value = checked.value;
    if (value) void run(() => call('inspection:saveComplaint', value), onSaved);
  };

  const text = (path: 'description' | 'resolution', rows: number) => (
    <Field label={t(`${K}.${path}`)} problems={problemsAt(path)}>
      {(id) => (
        <Input.TextArea
          id={id}
          autoSize={{ minRows: rows, maxRows: 8 }}
          value={draft[path]}
          onChange={(e) => change(path, { ...draft, [path]: e.target.value })}
        />
      )}
    </Field>
  );

  return (
    <Modal
      open
      width={600}
      title={t(complaint ? `${K}.editTitle` : `${K}.newTitle`)}
      okText={t('improvementView.common.save')}
      cancelText={t('improvementView.common.cancel')}
      okButtonProps={{ loading: saving }}
      onOk={save}
      onCancel={onClose}
      afterOpenChange={focusFirstField('complaint')}
      destroyOnHidden
    >
      <Form layout="vertical" component="div">
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          <Space size={16} wrap align="start">
            <Field label={t(`${K}.receivedOn`)} required problems={problemsAt('receivedOn')}>
              {(id) => (
                <DateInput
                  id={id}
                  first="complaint"
                  value={draft.receivedOn}
                  invalid={problemsAt('receivedOn').length > 0}
                  onChange={(receivedOn) => change('receivedOn', { ...draft, receivedOn })}
                />
              )}
            </Field>
            <Field label={t(`${K}.category`)} required>
              {(id) => (
                <Select
                  id={id}
                  style={{ width: 200 }}
                  value={draft.category}
                  options={COMPLAINT_CATEGORIES.map((c) => ({
                    value: c,
                    label: t(`inspection.complaintCategories.${c}`),
                  }))}
                  onChange={(category: ComplaintCategory) =>
                    change('category', { ...draft, category })
                  }
                />
              )}
            </Field>
          </Space>
          <Field label={t(`${K}.step`)} problems={problemsAt('stepId')}>
            {(id) => (
              <Select
                id={id}
                showSearch={{ optionFilterProp: 'label' }}
                style={{ width: '100%' }}
                value={draft.stepId ?? NO_STEP}
                options={stepOptions}
                onChange={(value: string) =>
                  change('stepId', { ...draft, stepId: value === NO_STEP ? null : value })
                }
              />
            )}
          </Field>
          {text('description', 3)}
          {text('resolution', 2)}
          <Field label={t(`${K}.resolvedOn`)} problems={problemsAt('resolvedOn')}>
            {(id) => (
              <DateInput
                id={id}
                value={draft.resolvedOn}
                invalid={problemsAt('resolvedOn').length > 0}
                onChange={(resolvedOn) => change('resolvedOn', { ...draft, resolvedOn })}
              />
            )}
          </Field>
        </Space>
      </Form>
    </Modal>
  );
}
