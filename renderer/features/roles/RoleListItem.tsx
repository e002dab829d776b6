import { Space, Tag, Typography } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../shared/domain';

type Props = {
  item: SearchHit;
  selected: boolean;
  /** The list's one Tab stop (the arrow keys reach the others). */
  tabStop: boolean;
  departmentName: string;
  onSelect: (roleId: number) => void;
};

/**
 * One role in the list: title, status, code · department · duty count, and the matching duty.
 * Its accessible name is its visible text (WCAG 2.5.3, label in name), not the title alone.
 */
export const RoleListItem = memo(function RoleListItem(props: Props) {
  const { item, selected, tabStop, departmentName, onSelect } = props;
  const { t } = useTranslation();
  const details = [item.code, departmentName, t('roles.dutyCount', { count: item.dutyCount })];
  return (
    <li
      role="option"
      aria-selected={selected}
      tabIndex={tabStop ? 0 : -1}
      onClick={() => onSelect(item.roleId)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          onSelect(item.roleId);
        }
      }}
      style={{
        cursor: 'pointer',
        padding: '8px 10px',
        marginBottom: 2,
        borderRadius: 6,
        background: selected ? '#e6effa' : undefined,
        borderLeft: selected ? '3px solid #1f5fa8' : '3px solid transparent',
      }}
    >
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Text strong ellipsis style={{ maxWidth: 200 }}>
          {item.title}
        </Typography.Text>
        <Tag
          color={item.status === 'approved' ? 'green' : 'default'}
          style={{ marginInlineEnd: 0 }}
        >
          {t(`roles.status.${item.status}`)}
        </Tag>
      </Space>
      <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
        {details.filter(Boolean).join(' · ')}
      </Typography.Text>
      {item.matchedDuty && (
        <Typography.Text type="secondary" ellipsis style={{ fontSize: 12, display: 'block' }}>
          {t('roles.matchedDuty', { text: item.matchedDuty })}
        </Typography.Text>
      )}
    </li>
  );
});
