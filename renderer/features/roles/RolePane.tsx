import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Empty, Input, Space, Spin, Typography, type InputRef } from 'antd';
import { useEffect, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department } from '../../../shared/domain';
import { onAppEvent } from '../../api/client';
import { isTabStop, moveInListbox } from '../../ui/listboxKeys';
import { ExportSheetButton } from '../sheets/ExportSheetButton';
import { WordImportButton } from '../import/WordImportButton';
import { RoleListItem } from './RoleListItem';
import { useRoleList } from './useRoleList';

type Props = {
  departments: Department[];
  departmentId: number | null;
  selectedRoleId: number | null;
  refreshKey: number;
  onSelect: (roleId: number) => void;
  onCreate: () => void;
  /** After a Word import stored roles (and maybe departments). */
  onImported: () => void;
  /** The pane itself, for the workspace to put focus back in it (after a delete). */
  ref?: Ref<HTMLElement>;
};

/** The role list with search-as-you-type over titles, codes and duties. */
export function RolePane({ ref, ...props }: Props) {
  const { departments, departmentId, selectedRoleId, refreshKey, onSelect, onCreate, onImported } =
    props;
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const { items, loading } = useRoleList(departmentId, query, refreshKey);
  const searchBox = useRef<InputRef>(null);
  const departmentName = (id: number) => departments.find((d) => d.id === id)?.name ?? '';
  const anySelected = items.some((item) => item.roleId === selectedRoleId);

  useEffect(() => onAppEvent('menu:find', () => searchBox.current?.focus()), []);

  return (
    <section
      ref={ref}
      aria-label={t('roles.heading')}
      style={{ display: 'flex', flexDirection: 'column', height: '100%', padding: 12 }}
    >
      {/* The buttons wrap under the title when the column is narrow (English labels are long):
          squeezed beside them, the title broke into one letter a line. */}
      <div
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          alignItems: 'center',
          justifyContent: 'space-between',
          gap: 4,
          marginBottom: 8,
        }}
      >
        <Typography.Title level={5} style={{ margin: 0, whiteSpace: 'nowrap' }}>
          {t('roles.heading')}
        </Typography.Title>
        <Space size={4}>
          <ExportSheetButton
            compact
            size="small"
            scope={{ kind: 'roles', departmentId }}
            disabled={departments.length === 0}
          />
          <WordImportButton onImported={onImported} />
          <Button
            type="primary"
            size="small"
            icon={<PlusOutlined />}
            onClick={onCreate}
            disabled={departments.length === 0}
            title={departments.length === 0 ? t('roles.needDepartment') : undefined}
          >
            {t('roles.add')}
          </Button>
        </Space>
      </div>
      <Input
        ref={searchBox}
        allowClear
        type="search"
        role="searchbox"
        aria-label={t('roles.search')}
        placeholder={t('roles.search')}
        prefix={<SearchOutlined />}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        maxLength={200}
        style={{ marginBottom: 8 }}
      />
      <div style={{ flex: 1, overflow: 'auto' }}>
        {items.length === 0 ? (
          loading ? (
            <Spin style={{ display: 'block', marginTop: 32 }} />
          ) : (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={
                query.trim()
                  ? t('roles.noMatches', { query: query.trim() })
                  : departments.length === 0
                    ? t('roles.needDepartment')
                    : t('roles.none')
              }
            />
          )
        ) : (
          <ul
            role="listbox"
            aria-label={t('roles.list')}
            style={{ listStyle: 'none', margin: 0, padding: 0 }}
            onKeyDown={moveInListbox}
          >
            {items.map((item, index) => (
              <RoleListItem
                key={item.roleId}
                item={item}
                selected={item.roleId === selectedRoleId}
                tabStop={isTabStop(index, item.roleId === selectedRoleId, anySelected)}
                departmentName={departmentName(item.departmentId)}
                onSelect={onSelect}
              />
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
