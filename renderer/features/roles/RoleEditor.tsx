import { DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Empty, Space, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department, RoleSummary } from '../../../shared/domain';
import { call } from '../../api/client';
import { useReportError } from '../../ui/useReportError';
import { DutyList } from './DutyList';
import { RoleBasicsForm } from './RoleBasicsForm';
import { useRoleEditor } from './useRoleEditor';

type Props = {
  roleId: number | null;
  departments: Department[];
  onSaved: () => void;
  onDeleted: () => void;
  onDirtyChange: (dirty: boolean) => void;
};

/** The position description editor: basic information and duties, saved as one unit. */
export function RoleEditor({ roleId, departments, onSaved, onDeleted, onDirtyChange }: Props) {
  const { t } = useTranslation();
  const { modal, message } = AntApp.useApp();
  const report = useReportError();
  const { role, draft, setDraft, save, saving, dirty } = useRoleEditor(roleId);
  const [allRoles, setAllRoles] = useState<RoleSummary[]>([]);

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  useEffect(() => {
    if (roleId === null) return;
    call('role:list', { departmentId: null }).then(setAllRoles, report);
  }, [roleId, report]);

  // Ctrl+S / Cmd+S saves wherever the focus is, as in any editor.
  const submitRef = useRef<() => void>(() => undefined);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        submitRef.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const titleMissing = draft !== null && draft.title.trim() === '';
  const dutyMissing = draft !== null && draft.duties.some((duty) => duty.text.trim() === '');

  const submit = async () => {
    if (!draft || !dirty || saving) return;
    if (titleMissing || dutyMissing) {
      void message.warning(t(titleMissing ? 'editor.titleRequired' : 'editor.dutyRequired'));
      return;
    }
    if (await save()) {
      void message.success(t('editor.saved'));
      onSaved();
    }
  };

  useEffect(() => {
    submitRef.current = () => void submit();
  });

  const confirmDelete = () => {
    if (!draft) return;
    modal.confirm({
      title: t('editor.deleteRoleConfirm', { title: draft.title }),
      okText: t('common.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await call('role:delete', { id: draft.id });
          onDirtyChange(false);
          onDeleted();
        } catch (error) {
          report(error);
        }
      },
    });
  };

  if (roleId === null || !draft || !role) {
    return (
      <Empty style={{ marginTop: 120 }} description={roleId === null ? t('editor.empty') : null} />
    );
  }

  return (
    <form
      aria-label={draft.title || t('roles.newTitle')}
      style={{ padding: '16px 24px', maxWidth: 920 }}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
        <Space align="center">
          <Typography.Title level={4} style={{ margin: 0 }}>
            {draft.title || t('roles.newTitle')}
          </Typography.Title>
          <Tag color={role.status === 'approved' ? 'green' : 'default'}>
            {t(`roles.status.${role.status}`)}
          </Tag>
          {role.version > 0 && <Tag>{t('editor.version', { version: role.version })}</Tag>}
          {dirty && (
            <Typography.Text type="warning" role="status">
              {t('editor.unsaved')}
            </Typography.Text>
          )}
        </Space>
        <Space>
          <Button danger icon={<DeleteOutlined />} onClick={confirmDelete}>
            {t('editor.deleteRole')}
          </Button>
          <Button
            type="primary"
            htmlType="submit"
            icon={<SaveOutlined />}
            loading={saving}
            disabled={!dirty}
          >
            {t('editor.save')}
          </Button>
        </Space>
      </Space>

      <Typography.Title level={5}>{t('editor.basics')}</Typography.Title>
      <RoleBasicsForm
        draft={draft}
        departments={departments}
        roles={allRoles}
        onChange={(patch) => setDraft({ ...draft, ...patch })}
      />

      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('editor.duties')}
      </Typography.Title>
      <DutyList duties={draft.duties} onChange={(duties) => setDraft({ ...draft, duties })} />
    </form>
  );
}
