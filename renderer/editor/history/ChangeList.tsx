import { Empty, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StepChange, StepMark } from '../../../shared/processDiff';
import { MARK_COLOURS } from './diffFlow';

const KINDS: StepMark[] = ['added', 'removed', 'moved', 'renamed'];

/** The changes of a comparison, listed beside the map, with the legend of its marks. */
export function ChangeList({ changes }: { changes: StepChange[] }) {
  const { t } = useTranslation();
  const lane = (name: string | null) => name ?? t('processHistory.noLane');
  const line = (change: StepChange): string => {
    switch (change.kind) {
      case 'added':
        return t('processHistory.addedLine', { label: change.label, lane: lane(change.lane) });
      case 'removed':
        return t('processHistory.removedLine', { label: change.label, lane: lane(change.lane) });
      case 'moved':
        return t('processHistory.movedLine', {
          label: change.label,
          from: lane(change.from),
          to: lane(change.to),
        });
      case 'renamed':
        return t('processHistory.renamedLine', { from: change.from, to: change.to });
    }
  };
  return (
    <section aria-label={t('processHistory.changes')}>
      <Typography.Title level={5}>{t('processHistory.changes')}</Typography.Title>
      <Space size={[4, 4]} wrap aria-label={t('processHistory.legend')}>
        {KINDS.map((kind) => (
          <Tag key={kind} color={MARK_COLOURS[kind]}>
            {t(`processHistory.${kind}`)}
          </Tag>
        ))}
      </Space>
      {changes.length === 0 ? (
        <Empty description={t('processHistory.noChanges')} />
      ) : (
        <List
          size="small"
          dataSource={changes}
          renderItem={(change) => (
            <List.Item data-change={change.kind} data-node={change.nodeId}>
              <Space align="start">
                <Tag color={MARK_COLOURS[change.kind]}>{t(`processHistory.${change.kind}`)}</Tag>
                <span>{line(change)}</span>
              </Space>
            </List.Item>
          )}
        />
      )}
    </section>
  );
}
