import { Checkbox, Input, Radio, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Competency, Department, Role, RoleSummary } from '../../../shared/domain';
import type { ProcessSummary } from '../../../shared/process';
import type { ResponsibilityChangeKind } from '../../../shared/responsibility/change';
import { call } from '../../api/client';
import { Field } from '../../ui/Field';
import { useReportError } from '../../ui/useReportError';
import type { ChangeFields } from './changeFields';

type Props = {
  fields: ChangeFields;
  onChange: (fields: ChangeFields) => void;
  roles: RoleSummary[];
  departments: Department[];
  processes: ProcessSummary[];
  competencies: Competency[];
};

const KINDS: ResponsibilityChangeKind[] = [
  'moveDuties',
  'reassignSteps',
  'renameRole',
  'mergeRoles',
  'deleteRole',
  'editCompetency',
];

/** The fields of one change kind, every picker searchable (a library has thousands of roles). */
export function ChangeForm({
  fields,
  onChange,
  roles,
  departments,
  processes,
  competencies,
}: Props) {
  const { t } = useTranslation();
  const report = useReportError();
  const set = (patch: Partial<ChangeFields>) => onChange({ ...fields, ...patch });
  const [source, setSource] = useState<Role | null>(null);
  useEffect(() => {
    if (fields.roleId === null || fields.kind !== 'moveDuties') return;
    call('role:get', { id: fields.roleId }).then(setSource, report);
  }, [fields.roleId, fields.kind, report]);

  const departmentName = new Map(departments.map((d) => [d.id, d.name]));
  const roleOptions = roles.map((r) => ({
    value: r.id,
    label: `${r.title}（${departmentName.get(r.departmentId) ?? ''}）`,
  }));
  const rolePicker = (
    label: string,
    value: number | null,
    pick: (id: number | null) => void,
    extra?: { allowClear?: boolean; placeholder?: string },
  ) => (
    <Field label={label}>
      {(id) => (
        <Select
          id={id}
          showSearch
          optionFilterProp="label"
          style={{ width: '100%' }}
          options={roleOptions}
          value={value ?? undefined}
          onChange={(v: number | undefined) => pick(v ?? null)}
          allowClear={extra?.allowClear}
          placeholder={extra?.placeholder}
        />
      )}
    </Field>
  );
  const f = (key: string) => t(`alignment.changes.fields.${key}`);

  return (
    <Space direction="vertical" style={{ width: '100%', maxWidth: 560 }} size="middle">
      <Field label={t('alignment.changes.kind')}>
        {(id) => (
          <Select
            id={id}
            style={{ width: '100%' }}
            value={fields.kind}
            onChange={(kind) => set({ kind })}
            options={KINDS.map((k) => ({ value: k, label: t(`alignment.changes.kinds.${k}`) }))}
          />
        )}
      </Field>
      {fields.kind === 'renameRole' && (
        <>
          {rolePicker(f('role'), fields.roleId, (roleId) => set({ roleId }))}
          <Field label={f('title')}>
            {(id) => (
              <Input
                id={id}
                value={fields.title}
                maxLength={200}
                onChange={(e) => set({ title: e.target.value })}
              />
            )}
          </Field>
        </>
      )}
      {fields.kind === 'deleteRole' && (
        <>
          {rolePicker(f('role'), fields.roleId, (roleId) => set({ roleId }))}
          {rolePicker(f('successor'), fields.targetId, (targetId) => set({ targetId }), {
            allowClear: true,
            placeholder: f('noSuccessor'),
          })}
        </>
      )}
      {fields.kind === 'mergeRoles' && (
        <>
          {rolePicker(f('from'), fields.roleId, (roleId) => set({ roleId }))}
          {rolePicker(f('into'), fields.targetId, (targetId) => set({ targetId }))}
        </>
      )}
      {fields.kind === 'moveDuties' && (
        <>
          {rolePicker(f('from'), fields.roleId, (roleId) => set({ roleId, dutyIds: [] }))}
          <Field label={f('duties')}>
            {(id) => (
              <Checkbox.Group
                aria-labelledby={id}
                style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
                value={fields.dutyIds}
                onChange={(dutyIds) => set({ dutyIds: dutyIds as number[] })}
                options={(source?.id === fields.roleId ? source.duties : []).map((d) => ({
                  value: d.id,
                  label: d.text,
                }))}
              />
            )}
          </Field>
          <Radio.Group
            value={fields.toNew}
            onChange={(e) => set({ toNew: e.target.value as boolean })}
            options={[
              { value: false, label: f('toExisting') },
              { value: true, label: f('toNew') },
            ]}
          />
          {fields.toNew ? (
            <>
              <Field label={f('newTitle')}>
                {(id) => (
                  <Input
                    id={id}
                    value={fields.title}
                    maxLength={200}
                    onChange={(e) => set({ title: e.target.value })}
                  />
                )}
              </Field>
              <Field label={f('department')}>
                {(id) => (
                  <Select
                    id={id}
                    showSearch
                    optionFilterProp="label"
                    style={{ width: '100%' }}
                    value={fields.departmentId ?? undefined}
                    onChange={(departmentId: number) => set({ departmentId })}
                    options={departments.map((d) => ({ value: d.id, label: d.name }))}
                  />
                )}
              </Field>
            </>
          ) : (
            rolePicker(f('target'), fields.targetId, (targetId) => set({ targetId }))
          )}
          <Checkbox
            checked={fields.moveSteps}
            onChange={(e) => set({ moveSteps: e.target.checked })}
          >
            {f('moveSteps')}
          </Checkbox>
        </>
      )}
      {fields.kind === 'reassignSteps' && (
        <>
          <Field label={f('fromRoles')}>
            {(id) => (
              <Select
                id={id}
                mode="multiple"
                showSearch
                optionFilterProp="label"
                style={{ width: '100%' }}
                options={roleOptions}
                value={fields.fromRoleIds}
                onChange={(fromRoleIds: number[]) => set({ fromRoleIds })}
              />
            )}
          </Field>
          {rolePicker(f('target'), fields.targetId, (targetId) => set({ targetId }))}
          <Field label={f('processes')}>
            {(id) => (
              <Select
                id={id}
                mode="multiple"
                showSearch
                optionFilterProp="label"
                style={{ width: '100%' }}
                options={processes.map((p) => ({ value: p.id, label: p.name }))}
                value={fields.processIds}
                onChange={(processIds: number[]) => set({ processIds })}
              />
            )}
          </Field>
        </>
      )}
      {fields.kind === 'editCompetency' && (
        <>
          <Field label={f('competency')}>
            {(id) => (
              <Select
                id={id}
                showSearch
                optionFilterProp="label"
                style={{ width: '100%' }}
                value={fields.competencyId ?? undefined}
                options={competencies.map((c) => ({ value: c.id, label: c.nameZh || c.nameEn }))}
                onChange={(competencyId: number) => {
                  const c = competencies.find((x) => x.id === competencyId);
                  set({
                    competencyId,
                    nameZh: c?.nameZh ?? '',
                    nameEn: c?.nameEn ?? '',
                    descriptionZh: c?.descriptionZh ?? '',
                    descriptionEn: c?.descriptionEn ?? '',
                  });
                }}
              />
            )}
          </Field>
          <Field label={f('nameZh')}>
            {(id) => (
              <Input
                id={id}
                value={fields.nameZh}
                maxLength={200}
                onChange={(e) => set({ nameZh: e.target.value })}
              />
            )}
          </Field>
          <Field label={f('nameEn')}>
            {(id) => (
              <Input
                id={id}
                value={fields.nameEn}
                maxLength={200}
                onChange={(e) => set({ nameEn: e.target.value })}
              />
            )}
          </Field>
          {(['descriptionZh', 'descriptionEn'] as const).map((key) => (
            <Field key={key} label={f(key)}>
              {(id) => (
                <Input.TextArea
                  id={id}
                  value={fields[key]}
                  maxLength={2000}
                  autoSize={{ minRows: 2, maxRows: 6 }}
                  onChange={(e) => set({ [key]: e.target.value })}
                />
              )}
            </Field>
          ))}
        </>
      )}
    </Space>
  );
}
