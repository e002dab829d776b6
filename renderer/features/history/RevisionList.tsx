import { List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RevisionSummary } from '../../../shared/domain';

/** Approved versions, newest first, each with when and why (the revision note). */
export function RevisionList({ history }: { history: RevisionSummary[] }) {
  const { t } = useTranslation();
  return (
    <List
      dataSource={history}
      renderItem={(item) => (
        <List.Item>
          <List.Item.Meta
            title={t('editor.version', { version: item.version })}
            description={
              <>
                <Typography.Text type="secondary">
                  {new Date(item.createdAt).toLocaleString()}
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
