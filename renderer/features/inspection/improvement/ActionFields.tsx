import { Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RoleSummary } from '../../../../shared/domain';
import {
  ACTION_STATUSES,
  PDCA_STAGES,
  type ActionStatus,
  type PdcaStage,
} from '../../../../shared/inspection/types';
import { Field } from '../../../ui/Field';
import { DateInput } from './DateInput';
import { sourceOfValue, sourceValue, type ActionDraft } from './forms/actionForm';
import { stepText, type StepOption } from './processSteps';
import type { SourceGroup } from './sourceOptions';

type Props = {
  draft: ActionDraft;
  change: (path: string, next: ActionDraft) => void;
  problemsAt: (path: string) => string[];
  steps: StepOption[];
  roles: RoleSummary[];
  sources: SourceGroup[];
};

const K = 'improvementView.actions';

/** The 5W1H of an improvement action, then its PDCA stage, status and source. */
export function ActionFields({ draft, change, problemsAt, steps, roles, sources }: Props) {
  const { t } = useTranslation();
  const roleOptions = roles.map((r) => ({ value: r.id, label: r.title }));
  const stepOptions = steps.map((s) => ({ value: s.id, label: stepText(s) }));
  const text = (path: 'what' | 'why' | 'how', rows: number, required = false) => (
    <Field label={t(`${K}.${path}`)} required={required} problems={problemsAt(path)}>
      {(id) => (
        <Input.TextArea
          id={id}
          data-first-field={path === 'what' ? 'action' : undefined}
          autoSize={{ minRows: rows, maxRows: 8 }}
          status={problemsAt(path).length > 0 ? 'error' : undefined}
          value={draft[path]}
          onChange={(e) => change(path, { ...draft, [path]: e.target.value })}
        />
      )}
    </Field>
  );
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      {text('what', 2, true)}
      {text('why', 2)}
      <Space size={16} wrap align="start">
        <Field label={t(`${K}.who`)} problems={problemsAt('whoRoleId')}>
          {(id) => (
            <Select<number>
              id={id}
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              style={{ width: 260 }}
              value={draft.whoRoleId ?? undefined}
              options={roleOptions}
              onChange={(value) => change('whoRoleId', { ...draft, whoRoleId: value ?? null })}
            />
          )}
        </Field>
        <Field label={t(`${K}.due`)} problems={problemsAt('dueDate')}>
          {(id) => (
            <DateInput
              id={id}
              value={draft.dueDate}
              invalid={problemsAt('dueDate').length > 0}
              onChange={(dueDate) => change('dueDate', { ...draft, dueDate })}
            />
          )}
        </Field>
      </Space>
      <Field label={t(`${K}.whereSteps`)} problems={problemsAt('where.stepIds')}>
        {(id) => (
          <Select<string[]>
            id={id}
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: '100%' }}
            value={draft.stepIds}
            options={stepOptions}
            onChange={(stepIds) => change('where.stepIds', { ...draft, stepIds })}
          />
        )}
      </Field>
      <Field label={t(`${K}.whereRoles`)} problems={problemsAt('where.roleIds')}>
        {(id) => (
          <Select<number[]>
            id={id}
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: '100%' }}
            value={draft.roleIds}
            options={roleOptions}
            onChange={(roleIds) => change('where.roleIds', { ...draft, roleIds })}
          />
        )}
      </Field>
      {text('how', 2)}
      <Space size={16} wrap align="start">
        <Field label={t(`${K}.stage`)}>
          {(id) => (
            <Select<PdcaStage>
              id={id}
              style={{ width: 160 }}
              value={draft.stage}
              options={PDCA_STAGES.map((s) => ({
                value: s,
                label: t(`inspection.pdcaStages.${s}`),
              }))}
              onChange={(stage) => change('stage', { ...draft, stage })}
            />
          )}
        </Field>
        <Field label={t(`${K}.status`)}>
          {(id) => (
            <Select<ActionStatus>
              id={id}
              style={{ width: 160 }}
              value={draft.status}
              options={ACTION_STATUSES.map((s) => ({
                value: s,
                label: t(`inspection.actionStatuses.${s}`),
              }))}
              onChange={(status) => change('status', { ...draft, status })}
            />
          )}
        </Field>
        <Field label={t(`${K}.source`)} problems={problemsAt('source')}>
          {(id) => (
            <Select<string>
              id={id}
              showSearch={{ optionFilterProp: 'label' }}
              style={{ width: 320 }}
              value={sourceValue(draft.source)}
              options={sources}
              onChange={(value) => change('source', { ...draft, source: sourceOfValue(value) })}
            />
          )}
        </Field>
      </Space>
    </Space>
  );
}
