import { Empty, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoleActivity } from '../../../../shared/process';
import { call } from '../../../api/client';

/**
 * The steps of the library's processes this role performs or takes part in: how a
 * description's duties trace back to the processes behind them.
 */
export function ProcessActivities({ roleId }: { roleId: number }) {
  const { t } = useTranslation();
  const [activities, setActivities] = useState<RoleActivity[] | null>(null);
  useEffect(() => {
    let current = true;
    call('role:activities', { id: roleId }).then(
      (list) => current && setActivities(list),
      () => current && setActivities([]),
    );
    return () => {
      current = false;
    };
  }, [roleId]);
  if (activities === null) return null;
  if (activities.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('activities.none')} />;
  }
  return (
    <Table<RoleActivity>
      size="small"
      pagination={false}
      rowKey={(a) => `${a.processId}:${a.nodeId}`}
      dataSource={activities}
      columns={[
        { title: t('activities.process'), dataIndex: 'processName', width: '40%' },
        { title: t('activities.step'), dataIndex: 'label' },
        {
          title: 'RACI',
          dataIndex: 'raci',
          width: 80,
          render: (letter: RoleActivity['raci']) => letter && <Tag>{letter}</Tag>,
        },
      ]}
    />
  );
}
