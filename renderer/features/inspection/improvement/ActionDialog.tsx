import { Form, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImprovementAction } from '../../../../shared/inspection/types';
import { call } from '../../../api/client';
import { useReturnFocus } from '../../../ui/useReturnFocus';
import { ActionFields } from './ActionFields';
import { focusFirstField } from './focusFirstField';
import {
  actionBaseOf,
  actionDraftOf,
  checkAction,
  type ActionBase,
  type ActionDraft,
} from './forms/actionForm';
import { newAggregate } from './forms/fieldProblems';
import { useProcessContext } from './useProcessContext';
import { sourceGroups } from './sourceOptions';
import { useFormDraft } from './useFormDraft';
import { useSaving } from './useSaving';
import { useSourceRecords } from './useSourceRecords';
import { useUiLocale } from './useUiLocale';

export type ActionDialogProps = {
  open: boolean;
  processKey: string;
  /** Null when the dialog is opened away from the process page: the id is found by key. */
  processId: number | null;
  /** The action to edit; null adds one, filled from `prefill` (a finding). */
  action: ImprovementAction | null;
  prefill?: Partial<ActionDraft>;
  onClose: () => void;
  onSaved: (action: ImprovementAction) => void;
};

/** Adds or edits an improvement action (整改措施) in 5W1H terms. */
export function ActionDialog(props: ActionDialogProps) {
  useReturnFocus(props.open);
  return props.open ? <ActionModal {...props} /> : null;
}

function ActionModal(props: ActionDialogProps) {
  const { processKey, processId, action, prefill, onClose, onSaved } = props;
  const { t } = useTranslation();
  const locale = useUiLocale();
  const K = 'improvementView.actions';
  const { steps, roles } = useProcessContext(processKey, processId);
  const records = useSourceRecords(processKey);
  const form = useFormDraft<ActionDraft>(actionDraftOf(action, prefill));
  const { saving, run } = useSaving();
  const [base] = useState<ActionBase>(() =>
    action
      ? actionBaseOf(action)
      : { ...newAggregate(processKey), link: { kind: 'none' }, answeredBy: null },
  );
  const checked = checkAction(t, form.draft, base);

  const save = () => {
    form.attempt();
    const value = checked.value;
    if (value) void run(() => call('inspection:saveAction', { action: value, locale }), onSaved);
  };

  return (
    <Modal
      open
      width={720}
      title={t(action ? `${K}.editTitle` : `${K}.newTitle`)}
      okText={t('improvementView.common.save')}
      cancelText={t('improvementView.common.cancel')}
      okButtonProps={{ loading: saving }}
      onOk={save}
      onCancel={onClose}
      afterOpenChange={focusFirstField('action')}
      destroyOnHidden
    >
      <Form layout="vertical" component="div">
        <ActionFields
          draft={form.draft}
          change={form.change}
          problemsAt={(path) => form.shown(checked.problems, path)}
          steps={steps}
          roles={roles}
          sources={sourceGroups(t, records, form.draft.source)}
        />
      </Form>
    </Modal>
  );
}
