import { Form, InputNumber, Radio, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { effectiveHours, STAFFING_PRESETS } from '../../../shared/analysis/staffing';
import {
  STAFFING_PRESET_IDS,
  staffingSettingsSchema,
  type StaffingSettings,
} from '../../../shared/analysis/settings';
import { numberProblems } from '../../editor/panels/analysis/numberProblems';

/*
 * The 定岗定编 basis in the library settings (§d2): a preset (standard 250 days, the 2025+
 * calendar's 248, or custom), and the values behind it — shares typed as percentages. A value
 * out of range is an error at its field; nothing is clamped.
 */

export type StaffingDraft = {
  preset: StaffingSettings['preset'];
  workingDays: number | null;
  hoursPerDay: number | null;
  attendance: number | null;
  utilisation: number | null;
  saturationLow: number | null;
  saturationHigh: number | null;
};

const PERCENT = {
  attendance: z.number().finite().min(1).max(100),
  utilisation: z.number().finite().min(1).max(100),
  saturationLow: z.number().finite().min(0).max(1000),
  saturationHigh: z.number().finite().min(0).max(1000),
};
const FIELDS = [
  'workingDays',
  'hoursPerDay',
  ...(Object.keys(PERCENT) as (keyof typeof PERCENT)[]),
] as const;
type Field = (typeof FIELDS)[number];

const percentOf = (share: number) => Math.round(share * 10000) / 100;

export function staffingDraftOf(settings: StaffingSettings): StaffingDraft {
  return {
    ...settings,
    attendance: percentOf(settings.attendance),
    utilisation: percentOf(settings.utilisation),
    saturationLow: percentOf(settings.saturationLow),
    saturationHigh: percentOf(settings.saturationHigh),
  };
}

/** The settings the draft stands for, or null while a field is empty or out of range. */
export function staffingFromDraft(draft: StaffingDraft): StaffingSettings | null {
  const share = (value: number | null) => (value === null ? null : value / 100);
  const checked = staffingSettingsSchema.safeParse({
    ...draft,
    attendance: share(draft.attendance),
    utilisation: share(draft.utilisation),
    saturationLow: share(draft.saturationLow),
    saturationHigh: share(draft.saturationHigh),
  });
  if (!checked.success || checked.data.saturationLow > checked.data.saturationHigh) return null;
  return checked.data;
}

/** The basis of a preset, shares as percentages. */
function presetValues(preset: keyof typeof STAFFING_PRESETS) {
  const basis = STAFFING_PRESETS[preset];
  return {
    workingDays: basis.workingDays,
    hoursPerDay: basis.hoursPerDay,
    attendance: percentOf(basis.attendance),
    utilisation: percentOf(basis.utilisation),
  };
}

export function StaffingSettingsFields(props: {
  value: StaffingDraft;
  onChange: (draft: StaffingDraft) => void;
}) {
  const { value, onChange } = props;
  const { t, i18n } = useTranslation();
  const k = (key: string) => t(`alignment.organisation.settings.${key}`);
  const schemaOf = (field: Field) =>
    field === 'workingDays' || field === 'hoursPerDay'
      ? staffingSettingsSchema.shape[field]
      : PERCENT[field];
  const settings = staffingFromDraft(value);
  const bandReversed =
    value.saturationLow !== null &&
    value.saturationHigh !== null &&
    value.saturationLow > value.saturationHigh;
  return (
    <div data-testid="staffing-settings">
      <Typography.Text strong>{k('title')}</Typography.Text>
      <Form.Item label={k('preset')} htmlFor="staffing-preset" style={{ marginTop: 8 }}>
        <Radio.Group
          id="staffing-preset"
          value={value.preset}
          onChange={(e) => {
            const preset = e.target.value as StaffingDraft['preset'];
            if (preset === 'custom') onChange({ ...value, preset });
            else onChange({ ...value, ...presetValues(preset), preset });
          }}
        >
          {STAFFING_PRESET_IDS.map((preset) => (
            <Radio key={preset} value={preset}>
              {t(`alignment.organisation.settings.presets.${preset}`)}
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
      <Space wrap align="start">
        {FIELDS.map((field) => {
          const problems = numberProblems(t, schemaOf(field), value[field]);
          const reversed = bandReversed && field === 'saturationHigh';
          return (
            <Form.Item
              key={field}
              label={k(field)}
              htmlFor={`staffing-${field}`}
              validateStatus={problems.length || reversed ? 'error' : undefined}
              help={problems.join(' ') || (reversed ? k('bandOrder') : undefined)}
            >
              <InputNumber
                id={`staffing-${field}`}
                style={{ width: 120 }}
                value={value[field]}
                onChange={(next) =>
                  onChange({
                    ...value,
                    [field]: typeof next === 'number' ? next : null,
                    // The band is not part of the basis: editing it keeps the preset.
                    preset: field.startsWith('saturation') ? value.preset : 'custom',
                  })
                }
              />
            </Form.Item>
          );
        })}
      </Space>
      {settings && (
        <Typography.Paragraph type="secondary" data-testid="staffing-effective">
          {t('alignment.organisation.settings.effective', {
            hours: new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(
              effectiveHours(settings),
            ),
          })}
        </Typography.Paragraph>
      )}
    </div>
  );
}
