import { Alert, Checkbox, Descriptions, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WordPreview } from '../../../shared/contract/importChannels';
import type { Department, RoleSummary } from '../../../shared/domain';
import type { FileChoice, PreviewField } from '../../../shared/import/confirm';
import { IMPORT_TEXT_FIELDS } from '../../../shared/import/importedRole';

type Props = {
  preview: WordPreview;
  choice: FileChoice;
  departments: Department[];
  roles: RoleSummary[];
  onChange: (choice: FileChoice) => void;
};

const NEW_DEPARTMENT = 'new';

/** One read file: where the role goes, the fields and duties found (tick what to keep), and what was not placed. */
export function WordFilePreview({ preview, choice, departments, roles, onChange }: Props) {
  const { t } = useTranslation();
  const toggle = <T,>(list: T[], item: T, keep: boolean) =>
    keep ? list.filter((x) => x !== item) : [...list, item];
  const documentDepartment = preview.texts.department.trim();
  const fields = [
    ...IMPORT_TEXT_FIELDS.filter(
      (f): f is Exclude<typeof f, 'title' | 'department' | 'reportsTo'> =>
        f !== 'title' && f !== 'department' && f !== 'reportsTo' && preview.texts[f] !== '',
    ),
    ...(preview.headcount !== null ? (['headcount'] as const) : []),
    ...(preview.kpis.length > 0 ? (['kpis'] as const) : []),
  ] satisfies PreviewField[];
  const valueOf = (field: PreviewField) =>
    field === 'headcount'
      ? String(preview.headcount)
      : field === 'kpis'
        ? preview.kpis.map((k) => `${k.name} ${k.target}`).join('\n')
        : preview.texts[field];

  const departmentValue =
    choice.department?.kind === 'existing'
      ? choice.department.departmentId
      : choice.department
        ? NEW_DEPARTMENT
        : undefined;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {preview.texts.title}{' '}
        <Tag>
          {t(
            preview.template === 'zh'
              ? 'wordImport.dialog.templateZh'
              : 'wordImport.dialog.templateEn',
          )}
        </Tag>
      </Typography.Title>
      <Descriptions size="small" column={1} bordered styles={{ label: { width: 140 } }}>
        <Descriptions.Item label={t('wordImport.dialog.department')}>
          <Select
            aria-label={t('wordImport.dialog.department')}
            style={{ width: '100%' }}
            placeholder={t('wordImport.dialog.chooseDepartment')}
            status={choice.department ? undefined : 'error'}
            value={departmentValue}
            onChange={(value: number | string) =>
              onChange({
                ...choice,
                department:
                  value === NEW_DEPARTMENT
                    ? { kind: 'new', name: documentDepartment }
                    : { kind: 'existing', departmentId: Number(value) },
              })
            }
            options={[
              ...(preview.departmentId === null && documentDepartment !== ''
                ? [
                    {
                      value: NEW_DEPARTMENT,
                      label: t('wordImport.dialog.newDepartment', { name: documentDepartment }),
                    },
                  ]
                : []),
              ...departments.map((d) => ({ value: d.id, label: d.name })),
            ]}
          />
          {preview.departmentId === null && documentDepartment !== '' && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('wordImport.dialog.departmentMissing', { name: documentDepartment })}
            </Typography.Text>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('wordImport.dialog.reportsTo')}>
          <Select
            aria-label={t('wordImport.dialog.reportsTo')}
            style={{ width: '100%' }}
            value={choice.reportsToId ?? 0}
            onChange={(value: number) =>
              onChange({ ...choice, reportsToId: value === 0 ? null : value })
            }
            showSearch
            optionFilterProp="label"
            options={[
              { value: 0, label: t('wordImport.dialog.reportsToNone') },
              ...roles.map((r) => ({ value: r.id, label: r.title })),
            ]}
          />
          {preview.reportsToId === null && preview.texts.reportsTo !== '' && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('wordImport.dialog.reportsToMissing', { name: preview.texts.reportsTo })}
            </Typography.Text>
          )}
        </Descriptions.Item>
      </Descriptions>

      <section aria-label={t('wordImport.dialog.fieldsTitle')}>
        <Typography.Title level={5}>{t('wordImport.dialog.fieldsTitle')}</Typography.Title>
        {fields.length === 0 && (
          <Typography.Text type="secondary">{t('wordImport.dialog.noneFound')}</Typography.Text>
        )}
        {fields.map((field) => (
          <div
            key={field}
            style={{ display: 'flex', gap: 8, padding: '4px 0', borderBottom: '1px solid #f5f5f5' }}
          >
            <Checkbox
              checked={!choice.skippedFields.includes(field)}
              onChange={(e) =>
                onChange({
                  ...choice,
                  skippedFields: toggle(choice.skippedFields, field, e.target.checked),
                })
              }
            >
              <span style={{ display: 'inline-block', width: 120, color: '#555' }}>
                {t(`wordImport.fields.${field}`)}
              </span>
            </Checkbox>
            <span style={{ flex: 1, whiteSpace: 'pre-wrap' }}>{valueOf(field)}</span>
          </div>
        ))}
      </section>

      {preview.duties.length > 0 && (
        <section aria-label={t('wordImport.dialog.dutiesTitle', { count: preview.duties.length })}>
          <Typography.Title level={5}>
            {t('wordImport.dialog.dutiesTitle', { count: preview.duties.length })}
          </Typography.Title>
          <Table
            size="small"
            pagination={false}
            rowKey={(_duty, index) => String(index)}
            dataSource={preview.duties}
            rowSelection={{
              selectedRowKeys: preview.duties
                .map((_d, i) => String(i))
                .filter((key) => !choice.skippedDuties.includes(Number(key))),
              onChange: (keys) =>
                onChange({
                  ...choice,
                  skippedDuties: preview.duties
                    .map((_d, i) => i)
                    .filter((i) => !keys.includes(String(i))),
                }),
            }}
            columns={[
              { title: t('wordImport.fields.duties'), dataIndex: 'text' },
              {
                title: t('wordImport.dialog.weight'),
                dataIndex: 'weight',
                width: 70,
                render: (w: number | null) => (w === null ? '—' : `${w}%`),
              },
              {
                title: t('wordImport.dialog.frequency'),
                dataIndex: 'frequency',
                width: 90,
                render: (f: string | null) => (f === null ? '—' : t(`enums.frequency.${f}`)),
              },
              {
                title: t('wordImport.dialog.standard'),
                dataIndex: 'standard',
                render: (s: string) => s || '—',
              },
            ]}
          />
        </section>
      )}

      <section
        aria-label={t('wordImport.dialog.unplacedTitle', { count: preview.unplaced.length })}
      >
        <Typography.Title level={5}>
          {t('wordImport.dialog.unplacedTitle', { count: preview.unplaced.length })}
        </Typography.Title>
        {preview.unplaced.length === 0 ? (
          <Typography.Text type="secondary">
            {t('wordImport.dialog.nothingUnplaced')}
          </Typography.Text>
        ) : (
          <>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
              {t('wordImport.dialog.unplacedHelp')}
            </Typography.Paragraph>
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {preview.unplaced.map((item, index) => (
                <li key={index} style={{ whiteSpace: 'pre-wrap' }}>
                  <Typography.Text type="secondary">{item.heading} · </Typography.Text>
                  {item.text}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      {preview.warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          message={t('wordImport.dialog.warnings', { text: preview.warnings.join('; ') })}
        />
      )}
    </Space>
  );
}
