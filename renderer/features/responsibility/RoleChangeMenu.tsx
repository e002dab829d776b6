import { DownOutlined } from '@ant-design/icons';
import { Button, Dropdown, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department } from '../../../shared/domain';
import { useMenuTrigger } from '../../ui/useMenuTrigger';
import type { ChangeFields } from './changeFields';
import { ResponsibilityChangePanel } from './ResponsibilityChangePanel';

type Props = {
  roleId: number;
  departments: Department[];
  /** Unsaved edits would be overwritten by the change: save first. */
  disabled: boolean;
  onOpenRole: (id: number) => void;
  onApplied: () => void;
};

/** The role editor's "调整职责…" menu: the change panel, prefilled with this role. */
export function RoleChangeMenu({ roleId, departments, disabled, onOpenRole, onApplied }: Props) {
  const { t } = useTranslation();
  const [initial, setInitial] = useState<Partial<ChangeFields> | null>(null);
  const changeMenu = useMenuTrigger();
  const entries: [string, Partial<ChangeFields>][] = [
    ['rename', { kind: 'renameRole', roleId }],
    ['merge', { kind: 'mergeRoles', roleId }],
    ['move', { kind: 'moveDuties', roleId }],
    ['delete', { kind: 'deleteRole', roleId }],
  ];
  return (
    <>
      <Dropdown
        {...changeMenu.dropdown}
        disabled={disabled}
        menu={{
          id: changeMenu.menuId,
          items: entries.map(([key]) => ({ key, label: t(`alignment.changes.menu.${key}`) })),
          onClick: ({ key }) => setInitial(entries.find(([k]) => k === key)?.[1] ?? null),
        }}
      >
        <Button {...changeMenu.trigger}>
          {t('alignment.changes.menu.open')} <DownOutlined aria-hidden />
        </Button>
      </Dropdown>
      <Modal
        open={initial !== null}
        title={t('alignment.changes.tab')}
        footer={null}
        width={760}
        onCancel={() => setInitial(null)}
        destroyOnHidden
      >
        {initial && (
          <ResponsibilityChangePanel
            departments={departments}
            initial={initial}
            onOpenRole={(id) => {
              setInitial(null);
              onOpenRole(id);
            }}
            onApplied={onApplied}
          />
        )}
      </Modal>
    </>
  );
}
