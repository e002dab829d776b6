import { Checkbox, Col, Input, InputNumber, Row, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RoleSummary } from '../../../shared/domain';
import {
  RACI,
  VALUE_CLASSES,
  type ActivityDetails,
  type RaciLetter,
} from '../../../shared/process';
import { issueText, type Translate } from '../../../shared/i18n/errorText';
import { activityDetailsSchema } from '../../../shared/processSchema';
import { fieldIssues, reportInput } from '../../../shared/requestIssues';
import { Field } from '../../ui/Field';

type Props = {
  details: ActivityDetails;
  roles: RoleSummary[];
  onChange: (details: ActivityDetails) => void;
};

/** Everything the method asks of an activity: who, how long, what value, what instruction. */
export function ActivityFields({ details, roles, onChange }: Props) {
  const { t } = useTranslation();
  const patch = (change: Partial<ActivityDetails>) => onChange({ ...details, ...change });
  const roleOptions = roles.map((role) => ({ value: role.id, label: role.title }));
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="small">
      <Field label={t('activity.raci')}>
        {(id) => (
          <Select
            id={id}
            mode="multiple"
            style={{ width: '100%' }}
            placeholder={t('activity.raciPlaceholder')}
            value={details.raci.map((entry) => `${entry.roleId}:${entry.letter}`)}
            options={roleOptions.flatMap((role) =>
              RACI.map((letter) => ({
                value: `${role.value}:${letter}`,
                label: `${role.label} · ${letter}`,
              })),
            )}
            showSearch={{ optionFilterProp: 'label' }}
            onChange={(values: string[]) =>
              patch({
                raci: values.map((value) => {
                  const [roleId, letter] = value.split(':');
                  return { roleId: Number(roleId), letter: letter as RaciLetter };
                }),
              })
            }
          />
        )}
      </Field>
      <Row gutter={8}>
        <Col span={12}>
          <Field
            label={t('activity.workMinutes')}
            problems={minutesProblems(t, details.workMinutes)}
          >
            {(id) => (
              <InputNumber
                id={id}
                status={minutesProblems(t, details.workMinutes).length ? 'error' : undefined}
                style={{ width: '100%' }}
                value={details.workMinutes}
                onChange={(v) => patch({ workMinutes: v ?? null })}
              />
            )}
          </Field>
        </Col>
        <Col span={12}>
          <Field
            label={t('activity.waitMinutes')}
            problems={minutesProblems(t, details.waitMinutes)}
          >
            {(id) => (
              <InputNumber
                id={id}
                status={minutesProblems(t, details.waitMinutes).length ? 'error' : undefined}
                style={{ width: '100%' }}
                value={details.waitMinutes}
                onChange={(v) => patch({ waitMinutes: v ?? null })}
              />
            )}
          </Field>
        </Col>
      </Row>
      <Field label={t('activity.valueClass')}>
        {(id) => (
          <Select
            id={id}
            allowClear
            style={{ width: '100%' }}
            value={details.valueClass ?? undefined}
            options={VALUE_CLASSES.map((v) => ({ value: v, label: t(`valueClasses.${v}`) }))}
            onChange={(valueClass?: ActivityDetails['valueClass']) =>
              patch({ valueClass: valueClass ?? null })
            }
          />
        )}
      </Field>
      <Space wrap>
        <Checkbox
          checked={details.isApproval}
          onChange={(e) => patch({ isApproval: e.target.checked })}
        >
          {t('activity.approval')}
        </Checkbox>
        <Checkbox
          checked={details.isInspection}
          onChange={(e) => patch({ isInspection: e.target.checked })}
        >
          {t('activity.inspection')}
        </Checkbox>
        <Checkbox
          checked={details.isHandOff}
          onChange={(e) => patch({ isHandOff: e.target.checked })}
        >
          {t('activity.handOff')}
        </Checkbox>
      </Space>
      {(['inputs', 'outputs', 'formsAndSystems', 'instruction'] as const).map((field) => (
        <Field key={field} label={t(`activity.${field}`)}>
          {(id) => (
            <Input.TextArea
              id={id}
              value={details[field]}
              autoSize={{ minRows: field === 'instruction' ? 3 : 1, maxRows: 10 }}
              onChange={(e) => patch({ [field]: e.target.value })}
            />
          )}
        </Field>
      ))}
    </Space>
  );
}

/** Minutes are checked against the contract and marked, not clamped to fit (−5 stays −5). */
function minutesProblems(t: Translate, value: number | null): string[] {
  const checked = activityDetailsSchema.shape.workMinutes.safeParse(value, reportInput);
  return checked.success ? [] : fieldIssues(checked.error).map((issue) => issueText(t, issue));
}
