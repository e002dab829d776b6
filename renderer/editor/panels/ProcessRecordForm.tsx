import { Input, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Department, RoleSummary } from '../../../shared/domain';
import { PROCESS_CLASSES, type ProcessBasics, type ProcessKpis } from '../../../shared/process';
import { Field } from '../../ui/Field';
import { LimitedInput } from '../../ui/LimitedText';

type Props = {
  basics: ProcessBasics;
  roles: RoleSummary[];
  departments: Department[];
  onChange: (basics: ProcessBasics) => void;
};

const KPI_FIELDS: (keyof ProcessKpis)[] = ['cost', 'timeLimit', 'accuracy', 'satisfaction'];
const TEXT_FIELDS = ['purpose', 'trigger', 'output'] as const;

/** The process record: code, name, class, owner, department, purpose, trigger, output, KPIs. */
export function ProcessRecordForm({ basics, roles, departments, onChange }: Props) {
  const { t } = useTranslation();
  const patch = (change: Partial<ProcessBasics>) => onChange({ ...basics, ...change });
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="small">
      <Typography.Title level={5}>{t('processes.record')}</Typography.Title>
      <Field label={t('processes.name')} required>
        {(id) => (
          <LimitedInput
            id={id}
            value={basics.name}
            max={200}
            onChange={(e) => patch({ name: e.target.value })}
          />
        )}
      </Field>
      <Field label={t('processes.code')}>
        {(id) => (
          <LimitedInput
            id={id}
            value={basics.code}
            max={64}
            onChange={(e) => patch({ code: e.target.value })}
          />
        )}
      </Field>
      <Field label={t('processes.class')}>
        {(id) => (
          <Select
            id={id}
            allowClear
            style={{ width: '100%' }}
            value={basics.processClass ?? undefined}
            options={PROCESS_CLASSES.map((c) => ({ value: c, label: t(`processClasses.${c}`) }))}
            onChange={(processClass?: ProcessBasics['processClass']) =>
              patch({ processClass: processClass ?? null })
            }
          />
        )}
      </Field>
      <Field label={t('processes.owner')}>
        {(id) => (
          <Select
            id={id}
            allowClear
            style={{ width: '100%' }}
            showSearch={{ optionFilterProp: 'label' }}
            value={basics.ownerRoleId ?? undefined}
            options={roles.map((r) => ({ value: r.id, label: r.title }))}
            onChange={(ownerRoleId?: number) => patch({ ownerRoleId: ownerRoleId ?? null })}
          />
        )}
      </Field>
      <Field label={t('processes.department')}>
        {(id) => (
          <Select
            id={id}
            allowClear
            style={{ width: '100%' }}
            value={basics.departmentId ?? undefined}
            options={departments.map((d) => ({ value: d.id, label: d.name }))}
            onChange={(departmentId?: number) => patch({ departmentId: departmentId ?? null })}
          />
        )}
      </Field>
      {TEXT_FIELDS.map((field) => (
        <Field key={field} label={t(`processes.${field}`)}>
          {(id) => (
            <Input.TextArea
              id={id}
              value={basics[field]}
              autoSize={{ minRows: 1, maxRows: 5 }}
              onChange={(e) => patch({ [field]: e.target.value })}
            />
          )}
        </Field>
      ))}
      <Typography.Text strong>{t('processes.kpis')}</Typography.Text>
      {KPI_FIELDS.map((field) => (
        <Field key={field} label={t(`processes.kpi.${field}`)}>
          {(id) => (
            <LimitedInput
              id={id}
              value={basics.kpis[field]}
              max={500}
              placeholder={t('processes.kpiTarget')}
              onChange={(e) => patch({ kpis: { ...basics.kpis, [field]: e.target.value } })}
            />
          )}
        </Field>
      ))}
    </Space>
  );
}
