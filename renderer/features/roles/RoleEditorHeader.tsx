import {
  CheckCircleOutlined,
  DeleteOutlined,
  FileWordOutlined,
  HistoryOutlined,
  SaveOutlined,
} from '@ant-design/icons';
import { Button, Space, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../shared/domain';
import { PendingNotesTag } from '../history/PendingNotes';

type Props = {
  role: Role;
  title: string;
  dirty: boolean;
  saving: boolean;
  errorCount: number;
  /** The role cannot be written (read-only library, or a damaged stored document). */
  readOnly: boolean;
  onApprove: () => void;
  onHistory: () => void;
  onExport: () => void;
  onDelete: () => void;
  /** The "调整职责…" menu (renderer/features/responsibility). */
  changeMenu?: ReactNode;
};

/** Title, status and version of the role, and what can be done with it. */
export function RoleEditorHeader(props: Props) {
  const { role, title, dirty, saving, errorCount } = props;
  const { t } = useTranslation();
  return (
    <div
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        gap: 8,
        justifyContent: 'space-between',
        alignItems: 'center',
        marginBottom: 12,
      }}
    >
      <Space align="center" wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {title || t('roles.newTitle')}
        </Typography.Title>
        <Tag color={role.status === 'approved' ? 'green' : 'default'}>
          {t(`roles.status.${role.status}`)}
        </Tag>
        {role.version > 0 && <Tag>{t('editor.version', { version: role.version })}</Tag>}
        <PendingNotesTag notes={role.pendingNotes} />
        {dirty && (
          <Typography.Text type="warning" role="status">
            {t('editor.unsaved')}
          </Typography.Text>
        )}
      </Space>
      <Space wrap>
        <Button icon={<HistoryOutlined />} onClick={props.onHistory}>
          {t('history.open')}
        </Button>
        <Button icon={<FileWordOutlined />} onClick={props.onExport} disabled={dirty}>
          {t('export.role')}
        </Button>
        <Tooltip
          title={
            dirty
              ? t('approve.saveFirst')
              : errorCount
                ? t('approve.hasErrors', { count: errorCount })
                : undefined
          }
        >
          <Button
            icon={<CheckCircleOutlined />}
            onClick={props.onApprove}
            disabled={props.readOnly || dirty || role.status === 'approved'}
          >
            {t('approve.action')}
          </Button>
        </Tooltip>
        {props.changeMenu}
        <Button danger icon={<DeleteOutlined />} onClick={props.onDelete} disabled={props.readOnly}>
          {t('editor.deleteRole')}
        </Button>
        <Button
          type="primary"
          htmlType="submit"
          icon={<SaveOutlined />}
          loading={saving}
          disabled={props.readOnly || !dirty}
        >
          {t('editor.save')}
        </Button>
      </Space>
    </div>
  );
}
