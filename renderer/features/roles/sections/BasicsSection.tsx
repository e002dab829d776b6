import { Col, InputNumber, Row, Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../shared/contract';
import { ROLE_TEMPLATES, type Department, type RoleSummary } from '../../../../shared/domain';
import type { TemplateLabels } from '../../../../shared/i18n/templates';
import type { RoleDetails } from '../../../../shared/roleDetails';
import { fieldIssues, reportInput } from '../../../../shared/requestIssues';
import { issueText } from '../../../../shared/i18n/errorText';
import { Field } from '../../../ui/Field';
import { departmentPaths } from '../../departments/departmentTree';
import type { EditorRole } from '../roleDraft';
import { LimitedInput } from '../../../ui/LimitedText';
import { RoleCostFields } from './RoleCostFields';

type Props = {
  draft: EditorRole;
  labels: TemplateLabels;
  departments: Department[];
  roles: RoleSummary[];
  problemsOf: (field: string) => string[];
  onChange: (patch: Partial<EditorRole>) => void;
  onDetails: (patch: Partial<RoleDetails>) => void;
};

/** 基本信息: the fields every position description starts with, and its template. */
export function BasicsSection(props: Props) {
  const { draft, labels, departments, roles, problemsOf, onChange, onDetails } = props;
  const { t } = useTranslation();
  const f = labels.fields;
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
  const subordinates = roles.filter((r) => r.reportsToId === draft.id);
  // Checked against the contract, not clamped: 100001 or 2.5 stays as typed and is marked.
  const headcount = contract['role:save'].request.shape.headcount.safeParse(
    draft.headcount,
    reportInput,
  );
  const headcountProblems = headcount.success
    ? problemsOf('headcount')
    : [...problemsOf('headcount'), ...fieldIssues(headcount.error).map((i) => issueText(t, i))];

  // Fields sit side by side from antd's `lg` (992 CSS px, the width useNarrowWindow folds the
  // side columns at) and one under another below it: at 200 % zoom a row of three was cramped.
  return (
    <Row gutter={[16, 12]}>
      <Col xs={24} lg={12}>
        <Field label={f.title} required problems={problemsOf('title')}>
          {(id) => (
            <LimitedInput
              id={id}
              aria-required
              value={draft.title}
              max={200}
              status={draft.title.trim() ? undefined : 'error'}
              onChange={(e) => onChange({ title: e.target.value })}
            />
          )}
        </Field>
      </Col>
      <Col xs={24} lg={6}>
        <Field label={f.code}>
          {(id) => (
            <LimitedInput
              id={id}
              value={draft.code}
              max={64}
              onChange={(e) => onChange({ code: e.target.value })}
            />
          )}
        </Field>
      </Col>
      <Col xs={24} lg={6}>
        <Field label={f.template}>
          {(id) => (
            <Select
              id={id}
              style={{ width: '100%' }}
              value={draft.template}
              options={ROLE_TEMPLATES.map((tpl) => ({
                value: tpl,
                label: t(`enums.template.${tpl}`),
              }))}
              onChange={(template) => onChange({ template })}
            />
          )}
        </Field>
      </Col>
      <Col xs={24} lg={12}>
        <Field label={f.department}>
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
      <Col xs={24} lg={12}>
        <Field label={f.reportsTo}>
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
      <Col xs={24} lg={6}>
        <Field label={f.headcount} problems={headcountProblems}>
          {(id) => (
            <InputNumber
              id={id}
              style={{ width: '100%' }}
              status={headcount.success ? undefined : 'error'}
              value={draft.headcount}
              onChange={(headcount) => onChange({ headcount: headcount ?? null })}
            />
          )}
        </Field>
      </Col>
      <Col xs={24} lg={6}>
        <Field label={f.grade}>
          {(id) => (
            <LimitedInput
              id={id}
              value={draft.grade}
              max={64}
              onChange={(e) => onChange({ grade: e.target.value })}
            />
          )}
        </Field>
      </Col>
      <Col xs={24} lg={12}>
        <Field label={f.location}>
          {(id) => (
            <LimitedInput
              id={id}
              value={draft.details.location}
              max={200}
              onChange={(e) => onDetails({ location: e.target.value })}
            />
          )}
        </Field>
      </Col>
      <Col span={24}>
        <Field label={f.directReports}>
          {(id) => (
            <LimitedInput
              id={id}
              value={draft.details.directReports}
              max={1000}
              placeholder={subordinates.map((r) => r.title).join('、') || t('common.none')}
              onChange={(e) => onDetails({ directReports: e.target.value })}
            />
          )}
        </Field>
      </Col>
      <RoleCostFields details={draft.details} onDetails={onDetails} />
    </Row>
  );
}
