import { InputNumber, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_THRESHOLDS,
  ruleThresholdsSchema,
  type RuleThresholds,
} from '../../../shared/analysis/settings';
import { numberProblems } from '../../editor/panels/analysis/numberProblems';

type Key = keyof RuleThresholds;
/** A threshold as typed: null while the field is empty (an error until filled). */
export type ThresholdDraft = Record<Key, number | null>;

type Props = { value: ThresholdDraft; onChange: (key: Key, value: number | null) => void };

const KEYS = Object.keys(DEFAULT_THRESHOLDS) as Key[];

/** What is wrong with a typed threshold, by the contract's own schema (never clamped). */
export function thresholdProblems(t: (key: string) => string, key: Key, value: number | null) {
  return numberProblems(t, ruleThresholdsSchema.shape[key], value);
}

/** The rule catalogue's thresholds (§c) in a compact table: rule, value, unit, default. */
export function ThresholdTable({ value, onChange }: Props) {
  const { t } = useTranslation();
  const text = (key: Key, part: 'label' | 'unit') =>
    t(`analysis.inputs.settings.fields.${key}.${part}`);
  return (
    <Table<Key>
      size="small"
      pagination={false}
      rowKey={(key) => key}
      dataSource={KEYS}
      scroll={{ y: 300 }}
      columns={[
        {
          title: t('analysis.inputs.settings.rule'),
          key: 'rule',
          render: (_, key) => <label htmlFor={`threshold-${key}`}>{text(key, 'label')}</label>,
        },
        {
          title: t('analysis.inputs.settings.value'),
          key: 'value',
          width: 190,
          render: (_, key) => {
            const problems = thresholdProblems(t, key, value[key]);
            return (
              <>
                <InputNumber
                  id={`threshold-${key}`}
                  size="small"
                  style={{ width: '100%' }}
                  status={problems.length ? 'error' : undefined}
                  value={value[key]}
                  suffix={text(key, 'unit')}
                  onChange={(next) => onChange(key, typeof next === 'number' ? next : null)}
                />
                {problems.map((problem) => (
                  <Typography.Text key={problem} type="danger" style={{ fontSize: 12 }}>
                    {problem}
                  </Typography.Text>
                ))}
              </>
            );
          },
        },
        {
          title: t('analysis.inputs.settings.defaultValue'),
          key: 'default',
          width: 80,
          align: 'right',
          render: (_, key) => (
            <Typography.Text
              type={value[key] === DEFAULT_THRESHOLDS[key] ? 'secondary' : undefined}
            >
              {DEFAULT_THRESHOLDS[key]}
            </Typography.Text>
          ),
        },
      ]}
    />
  );
}
