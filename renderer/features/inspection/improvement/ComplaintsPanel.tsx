import { EditOutlined } from '@ant-design/icons';
import { Button, Empty, Space, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareDates } from '../../../../shared/inspection/calendar';
import type { Complaint } from '../../../../shared/inspection/types';
import { call } from '../../../api/client';
import { ComplaintDialog } from './ComplaintDialog';
import { countsByCategory, type CategoryCount } from './complaintCounts';
import { ConfirmDelete } from './ConfirmDelete';
import type { ImprovementPanelProps } from './panelProps';
import { PanelHeader } from './PanelHeader';
import { RaiseActionButton } from './RaiseActionButton';
import { stepText } from './processSteps';
import { useProcessContext } from './useProcessContext';
import { useRecords } from './useRecords';

/**
 * 投诉: the complaints recorded against the process, newest first, with the step they name
 * and whether they are resolved, and the counts by category the inspection of a period uses.
 */
export function ComplaintsPanel({ processKey, processId }: ImprovementPanelProps) {
  const { t } = useTranslation();
  const K = 'improvementView.complaints';
  const { steps } = useProcessContext(processKey, processId);
  const { items, reload, removeWith } = useRecords(
    () => call('inspection:complaints', { processKey }),
    processKey,
  );
  const [editing, setEditing] = useState<{ complaint: Complaint | null } | null>(null);
  const complaints = [...(items ?? [])].sort((a, b) => compareDates(b.receivedOn, a.receivedOn));
  const stepName = (id: string | null) => {
    const step = id === null ? undefined : steps.find((s) => s.id === id);
    return step ? stepText(step) : id === null ? t(`${K}.noStep`) : id;
  };
  const category = (c: string) => t(`inspection.complaintCategories.${c}`);

  return (
    <section aria-label={t(`${K}.title`)} data-testid="complaints-panel">
      <PanelHeader
        title={t(`${K}.title`)}
        addLabel={t(`${K}.add`)}
        onAdd={() => setEditing({ complaint: null })}
      />
      {items === null ? (
        <Spin aria-label={t('improvementView.common.loading')} />
      ) : complaints.length === 0 ? (
        <Empty description={t(`${K}.empty`)} />
      ) : (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Table<CategoryCount>
            size="small"
            style={{ maxWidth: 420 }}
            pagination={false}
            rowKey="category"
            dataSource={countsByCategory(complaints)}
            title={() => <Typography.Text strong>{t(`${K}.countsCaption`)}</Typography.Text>}
            columns={[
              { title: t(`${K}.category`), dataIndex: 'category', render: category },
              { title: t(`${K}.count`), dataIndex: 'total', align: 'right' },
              { title: t(`${K}.openCount`), dataIndex: 'open', align: 'right' },
            ]}
          />
          <Table<Complaint>
            size="small"
            rowKey="key"
            pagination={complaints.length > 20 ? { pageSize: 20 } : false}
            dataSource={complaints}
            columns={[
              { title: t(`${K}.receivedOn`), dataIndex: 'receivedOn', width: 110 },
              { title: t(`${K}.category`), dataIndex: 'category', width: 110, render: category },
              { title: t(`${K}.step`), dataIndex: 'stepId', render: stepName },
              {
                title: t(`${K}.description`),
                dataIndex: 'description',
                render: (text: string, c) => (
                  <>
                    <Typography.Text>{text}</Typography.Text>
                    {c.resolution !== '' && (
                      <Typography.Text type="secondary" style={{ display: 'block' }}>
                        {t(`${K}.resolutionText`, { text: c.resolution })}
                      </Typography.Text>
                    )}
                  </>
                ),
              },
              {
                title: t(`${K}.state`),
                key: 'state',
                width: 130,
                render: (_, c) =>
                  c.resolvedOn === null ? (
                    <Tag color="orange">{t(`${K}.open`)}</Tag>
                  ) : (
                    <Tag color="green">
                      {t(`${K}.resolved`)} {c.resolvedOn}
                    </Tag>
                  ),
              },
              {
                title: t('improvementView.common.actions'),
                key: 'actions',
                width: 330,
                render: (_, c) => (
                  <Space size={4} wrap>
                    <RaiseActionButton
                      processKey={processKey}
                      source={{ kind: 'complaint', complaintKey: c.key }}
                      why={c.description.slice(0, 4000)}
                    />
                    <Button
                      size="small"
                      icon={<EditOutlined />}
                      aria-label={`${t('improvementView.common.edit')} ${c.receivedOn}`}
                      onClick={() => setEditing({ complaint: c })}
                    >
                      {t('improvementView.common.edit')}
                    </Button>
                    <ConfirmDelete
                      label={`${t('improvementView.common.delete')} ${c.receivedOn}`}
                      onConfirm={() =>
                        removeWith(() =>
                          call('inspection:deleteComplaint', {
                            key: c.key,
                            expectedVersion: c.editVersion,
                          }),
                        )
                      }
                    />
                  </Space>
                ),
              },
            ]}
          />
        </Space>
      )}
      <ComplaintDialog
        open={editing !== null}
        processKey={processKey}
        steps={steps}
        complaint={editing?.complaint ?? null}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          reload();
        }}
      />
    </section>
  );
}
