import { Button, List, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../../shared/contract';

export type ImpactPreview = ResponseOf<'changes:preview'>;

type Props = { preview: ImpactPreview; onOpenRole: (id: number) => void };

const fte = (value: number | null) => (value === null ? '–' : value.toFixed(2));

/** The impact of a change, grouped: descriptions, maps, duty ↔ step links, FTE. */
export function ImpactPreviewPanel({ preview, onOpenRole }: Props) {
  const { t } = useTranslation();
  const title = (key: string, count: number) => (
    <Typography.Title level={5} style={{ margin: '12px 0 4px' }}>
      {t(`alignment.changes.sections.${key}`, { count })}
    </Typography.Title>
  );
  const roleTitle = new Map(preview.descriptions.map((d) => [d.roleId, d.title]));
  return (
    <div data-testid="impact-preview">
      <Typography.Text type="secondary">
        {t('alignment.changes.counts', preview.counts)}
      </Typography.Text>
      {title('descriptions', preview.descriptions.length)}
      <List
        size="small"
        bordered
        dataSource={preview.descriptions}
        renderItem={(d) => (
          <List.Item
            extra={
              d.created || d.deleted ? null : (
                <Button size="small" type="link" onClick={() => onOpenRole(d.roleId)}>
                  {t('alignment.changes.openRole')}
                </Button>
              )
            }
          >
            <Space direction="vertical" size={2}>
              <Space>
                <Typography.Text strong>{d.title}</Typography.Text>
                <Tag
                  color={
                    d.created
                      ? 'green'
                      : d.deleted
                        ? 'red'
                        : d.status === 'approved'
                          ? 'blue'
                          : 'default'
                  }
                >
                  {t(
                    `alignment.changes.status.${d.created ? 'new' : d.deleted ? 'deleted' : d.status}`,
                  )}
                </Tag>
              </Space>
              {d.items.map((item, i) => (
                <Typography.Text
                  key={i}
                  type={item.code === 'stepUncovered' ? 'warning' : undefined}
                >
                  · {t(`alignment.changes.items.${item.code}`, item.params)}
                </Typography.Text>
              ))}
            </Space>
          </List.Item>
        )}
      />
      {preview.maps.length > 0 && (
        <>
          {title('maps', preview.maps.length)}
          <List
            size="small"
            bordered
            dataSource={preview.maps}
            renderItem={(m) => (
              <List.Item>
                <Space direction="vertical" size={2}>
                  <Space>
                    <Typography.Text strong>{m.name}</Typography.Text>
                    <Tag color={m.status === 'approved' ? 'blue' : 'default'}>
                      {t(`alignment.changes.status.${m.status}`)}
                    </Tag>
                  </Space>
                  <Typography.Text type="secondary">
                    {t('alignment.changes.map', {
                      lanes: m.lanesRebound,
                      added: m.lanesAdded,
                      steps: m.steps.length,
                      raci: m.raciChanged,
                    })}
                  </Typography.Text>
                  {m.steps.length > 0 && (
                    <Typography.Text>{m.steps.map((s) => s.label).join('、')}</Typography.Text>
                  )}
                </Space>
              </List.Item>
            )}
          />
        </>
      )}
      {preview.links.length > 0 && (
        <>
          {title('links', preview.links.length)}
          <List
            size="small"
            bordered
            dataSource={preview.links}
            renderItem={(l) => (
              <List.Item>
                {l.duty} ↔ {l.step} — {t(`alignment.changes.linkEffects.${l.effect}`)}
                {l.toRoleId !== null && roleTitle.has(l.toRoleId)
                  ? `（${roleTitle.get(l.toRoleId)}）`
                  : ''}
              </List.Item>
            )}
          />
        </>
      )}
      {preview.fte.length > 0 && (
        <>
          {title('fte', preview.fte.length)}
          <Table
            size="small"
            pagination={false}
            rowKey="roleId"
            dataSource={preview.fte}
            columns={[
              { title: t('alignment.changes.fields.role'), dataIndex: 'title' },
              {
                title: 'FTE',
                render: (_, row) =>
                  t('alignment.changes.fteRow', {
                    before: fte(row.fteBefore),
                    after: fte(row.fteAfter),
                  }),
              },
              {
                title: 'h / y',
                render: (_, row) =>
                  `${row.hoursBefore?.toFixed(0) ?? '–'} → ${row.hoursAfter?.toFixed(0) ?? '–'}`,
              },
            ]}
          />
        </>
      )}
    </div>
  );
}
