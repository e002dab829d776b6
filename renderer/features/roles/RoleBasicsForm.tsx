import { Col, Input, InputNumber, Row, Select, Typography } from 'antd';
import { useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department, RoleSummary } from '../../../shared/domain';
import { departmentPaths } from '../departments/departmentTree';
import type { EditorRole } from './roleDraft';

type Props = {
  draft: EditorRole;
  departments: Department[];
  roles: RoleSummary[];
  onChange: (patch: Partial<EditorRole>) => void;
};

/** 基本信息: the fields every position description starts with. */
export function RoleBasicsForm({ draft, departments, roles, onChange }: Props) {
  const { t } = useTranslation();
  const departmentOptions = useMemo(
    () => departmentPaths(departments).map((d) => ({ value: d.id, label: d.label })),
    [departments],
  );
  const managerOptions = useMemo(
    () =>
      roles
        .filter((r) => r.id !== draft.id)
        .map((r) => ({ value: r.id, label: r.code ? `${r.title} (${r.code})` : r.title })),
    [roles, draft.id],
  );

  return (
    <Row gutter={[16, 12]}>
      <Col span={12}>
        <Field label={t('editor.title')} required>
          {(id) => (
            <Input
              id={id}
              aria-required
              value={draft.title}
              maxLength={200}
              status={draft.title.trim() ? undefined : 'error'}
              onChange={(e) => onChange({ title: e.target.value })}
            />
          )}
        </Field>
      </Col>
      <Col span={12}>
        <Field label={t('editor.code')}>
          {(id) => (
            <Input
              id={id}
              value={draft.code}
              maxLength={64}
              onChange={(e) => onChange({ code: e.target.value })}
            />
          )}
        </Field>
      </Col>
      <Col span={12}>
        <Field label={t('editor.department')}>
          {(id) => (
            <Select
              id={id}
              style={{ width: '100%' }}
              value={draft.departmentId}
              options={departmentOptions}
              showSearch={{ optionFilterProp: 'label' }}
              onChange={(departmentId) => onChange({ departmentId })}
            />
          )}
        </Field>
      </Col>
      <Col span={12}>
        <Field label={t('editor.reportsTo')}>
          {(id) => (
            <Select
              id={id}
              style={{ width: '100%' }}
              allowClear
              placeholder={t('editor.reportsToNone')}
              value={draft.reportsToId ?? undefined}
              options={managerOptions}
              showSearch={{ optionFilterProp: 'label' }}
              onChange={(reportsToId?: number) => onChange({ reportsToId: reportsToId ?? null })}
            />
          )}
        </Field>
      </Col>
      <Col span={12}>
        <Field label={t('editor.headcount')}>
          {(id) => (
            <InputNumber
              id={id}
              style={{ width: '100%' }}
              min={0}
              max={100000}
              precision={0}
              value={draft.headcount}
              onChange={(headcount) => onChange({ headcount: headcount ?? null })}
            />
          )}
        </Field>
      </Col>
      <Col span={12}>
        <Field label={t('editor.grade')}>
          {(id) => (
            <Input
              id={id}
              value={draft.grade}
              maxLength={64}
              onChange={(e) => onChange({ grade: e.target.value })}
            />
          )}
        </Field>
      </Col>
      <Col span={24}>
        <Field label={t('editor.purpose')}>
          {(id) => (
            <Input.TextArea
              id={id}
              value={draft.purpose}
              maxLength={4000}
              autoSize={{ minRows: 2, maxRows: 6 }}
              placeholder={t('editor.purposePlaceholder')}
              onChange={(e) => onChange({ purpose: e.target.value })}
            />
          )}
        </Field>
      </Col>
    </Row>
  );
}

/** A labelled field: the label is tied to its control so screen readers and tests find it. */
function Field(props: { label: string; required?: boolean; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div>
      <div style={{ marginBottom: 4 }}>
        {props.required && (
          <span aria-hidden style={{ color: '#cf1322', marginInlineEnd: 4 }}>
            *
          </span>
        )}
        <label htmlFor={id}>
          <Typography.Text type="secondary">{props.label}</Typography.Text>
        </label>
      </div>
      {props.children(id)}
    </div>
  );
}
