import { Modal } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { focusOnOpen } from './focusOnOpen';
import { LimitedInput } from './LimitedText';
import { useReturnFocus } from './useReturnFocus';

/** The contract's limit for department, role and process names. */
const NAME_MAX = 200;

type Props = {
  open: boolean;
  title: string;
  label: string;
  initialValue: string;
  onSubmit: (value: string) => void;
  onCancel: () => void;
};

/**
 * A small dialog asking for one name; Enter confirms, Escape cancels. The caller gives it a
 * new `key` each time it opens, so the field starts from `initialValue`.
 */
export function NameDialog({ open, title, label, initialValue, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const [value, setValue] = useState(initialValue);
  const fieldId = useId();
  useReturnFocus(open);
  const trimmed = value.trim();
  // Over the limit the field says so; the name is not cut to fit.
  const valid = trimmed !== '' && trimmed.length <= NAME_MAX;
  const submit = () => {
    if (valid) onSubmit(trimmed);
  };
  return (
    <Modal
      open={open}
      title={title}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !valid }}
      onOk={submit}
      onCancel={onCancel}
      afterOpenChange={focusOnOpen(fieldId)}
      destroyOnHidden
    >
      <LimitedInput
        // The dialog exists to take this one name: focus belongs in its field.
        // eslint-disable-next-line jsx-a11y/no-autofocus
        autoFocus
        id={fieldId}
        aria-label={label}
        placeholder={label}
        value={value}
        max={NAME_MAX}
        onChange={(event) => setValue(event.target.value)}
        onPressEnter={submit}
      />
    </Modal>
  );
}
