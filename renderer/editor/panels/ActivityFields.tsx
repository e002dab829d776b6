import { Checkbox, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RoleSummary } from '../../../shared/domain';
import {
  RACI,
  VALUE_CLASSES,
  type ActivityDetails,
  type RaciLetter,
} from '../../../shared/process';
import { Field } from '../../ui/Field';
import { ActivityTimeFields } from './analysis/ActivityTimeFields';

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
      <ActivityTimeFields details={details} patch={patch} />
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
        <Checkbox
          checked={details.isRepetitive ?? false}
          onChange={(e) => patch({ isRepetitive: e.target.checked })}
        >
          {t('analysis.inputs.step.repetitive')}
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
