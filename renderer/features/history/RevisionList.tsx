import { FileWordOutlined } from '@ant-design/icons';
import { App, Button, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RevisionSummary } from '../../../shared/domain';
import { useReportError } from '../../ui/useReportError';
import { exportRoleDocx } from '../export/exportActions';

/** `roleId`: a role's versions, each exportable; a process's history lists them only. */
type Props = { roleId?: number; history: RevisionSummary[] };

/**
 * Approved versions, newest first, each with when, by whom and why (the revision note), and
 * a Word export of that version as it was approved (issue 11: the user picks the version).
 */
export function RevisionList({ roleId, history }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const report = useReportError();
  const exportVersion = (id: number, version: number) =>
    void exportRoleDocx(id, version).then((name) => {
      if (name) void message.success(t('export.done', { name }));
    }, report);
  return (
    <List
      dataSource={history}
      renderItem={(item) => (
        <List.Item
          actions={
            roleId === undefined
              ? []
              : [
                  <Button
                    key="export"
                    size="small"
                    icon={<FileWordOutlined />}
                    onClick={() => exportVersion(roleId, item.version)}
                  >
                    {t('history.exportVersion')}
                  </Button>,
                ]
          }
        >
          <List.Item.Meta
            title={t('editor.version', { version: item.version })}
            description={
              <>
                <Typography.Text type="secondary">
                  {new Date(item.createdAt).toLocaleString()}
                  {item.approver !== '' && ` · ${t('history.approvedBy', { name: item.approver })}`}
                </Typography.Text>
                <Typography.Paragraph style={{ margin: 0 }}>{item.note}</Typography.Paragraph>
              </>
            }
          />
        </List.Item>
      )}
    />
  );
}
