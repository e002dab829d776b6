import { PlusOutlined } from '@ant-design/icons';
import { Button, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { textIn } from '../../../shared/bilingualText';
import { COMPETENCY_KINDS, type Competency, type CompetencyKind } from '../../../shared/domain';
import { CompetencyEditor } from './CompetencyEditor';
import { dictionaryLanguageOf } from './languageOrder';
import { useCompetencies } from './useCompetencies';

/** 能力素质词典: every competency with its levels; click one (or Tab to it, Enter) to edit it. */
export function CompetencyDictionary() {
  const { t, i18n } = useTranslation();
  const { competencies, reload } = useCompetencies();
  const [kind, setKind] = useState<CompetencyKind | 'all'>('all');
  const [editing, setEditing] = useState<Competency | 'new' | null>(null);
  const shown = kind === 'all' ? competencies : competencies.filter((c) => c.kind === kind);

  return (
    <section
      aria-label={t('views.competencies')}
      style={{ padding: 16, background: '#fff', flex: 1, overflow: 'auto' }}
    >
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('views.competencies')}
        </Typography.Title>
        <Space>
          <Segmented<CompetencyKind | 'all'>
            value={kind}
            onChange={setKind}
            options={[
              { value: 'all', label: t('dictionary.all') },
              ...COMPETENCY_KINDS.map((k) => ({ value: k, label: t(`enums.kind.${k}`) })),
            ]}
          />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('dictionary.add')}
          </Button>
        </Space>
      </Space>
      <Table<Competency>
        rowKey="id"
        size="small"
        dataSource={shown}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        onRow={(record) => ({
          onClick: () => setEditing(record),
          // A row is a Tab stop that opens with Enter or Space, as it opens with a click;
          // ↑ and ↓ move to the row above or below.
          tabIndex: 0,
          onKeyDown: (event) => {
            if (event.target !== event.currentTarget) return;
            const row = event.currentTarget;
            const next = { ArrowDown: row.nextElementSibling, ArrowUp: row.previousElementSibling };
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault();
              if (next[event.key] instanceof HTMLElement) next[event.key].focus();
            } else if (event.key === 'Enter' || event.key === ' ') {
              event.preventDefault();
              setEditing(record);
            }
          },
          style: { cursor: 'pointer' },
        })}
        columns={[
          { title: t('dictionary.nameZh'), dataIndex: 'nameZh', width: 180 },
          { title: t('dictionary.nameEn'), dataIndex: 'nameEn', width: 200 },
          {
            title: t('dictionary.kind'),
            dataIndex: 'kind',
            width: 90,
            render: (value: CompetencyKind) => <Tag>{t(`enums.kind.${value}`)}</Tag>,
          },
          {
            title: t('dictionary.description'),
            ellipsis: true,
            render: (_: unknown, record) =>
              textIn(
                dictionaryLanguageOf(i18n.language),
                record.descriptionZh,
                record.descriptionEn,
              ),
          },
          {
            title: t('dictionary.levels'),
            width: 70,
            render: (_: unknown, record) => record.levels.length,
          },
        ]}
      />
      {editing && (
        <CompetencyEditor
          competency={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void reload();
          }}
        />
      )}
    </section>
  );
}
