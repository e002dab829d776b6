import { Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoleSummary } from '../../../../shared/domain';
import { Field } from '../../../ui/Field';
import { useReturnFocus } from '../../../ui/useReturnFocus';
import { focusFirstField } from './focusFirstField';

type Props = {
  open: boolean;
  roles: RoleSummary[];
  /** The role chosen first: the action's responsible role, if any. */
  initial: number | null;
  busy: boolean;
  onClose: () => void;
  onPick: (roleId: number) => void;
};

/** Picks the role whose description is revised to answer an improvement action. */
export function RolePickDialog(props: Props) {
  useReturnFocus(props.open);
  return props.open ? <RolePickModal {...props} /> : null;
}

function RolePickModal({ roles, initial, busy, onClose, onPick }: Props) {
  const { t } = useTranslation();
  const K = 'improvementView.actions';
  const [roleId, setRoleId] = useState<number | null>(initial);
  return (
    <Modal
      open
      title={t(`${K}.pickRoleTitle`)}
      okText={t(`${K}.pickRoleOk`)}
      cancelText={t('improvementView.common.cancel')}
      okButtonProps={{ disabled: roleId === null, loading: busy }}
      onOk={() => roleId !== null && onPick(roleId)}
      onCancel={onClose}
      afterOpenChange={focusFirstField('role-pick')}
      destroyOnHidden
    >
      <Field label={t(`${K}.pickRole`)} required>
        {(id) => (
          <Select<number>
            id={id}
            data-first-field="role-pick"
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: '100%' }}
            value={roleId ?? undefined}
            options={roles.map((r) => ({ value: r.id, label: r.title }))}
            onChange={(value) => setRoleId(value)}
          />
        )}
      </Field>
    </Modal>
  );
}
