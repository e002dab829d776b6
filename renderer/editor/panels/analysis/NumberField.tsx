import { InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { Field } from '../../../ui/Field';
import { numberProblems } from './numberProblems';

type Props = {
  label: string;
  value: number | null | undefined;
  /** The contract's schema of the value: what it refuses is shown at the field. */
  schema: z.ZodType;
  onChange: (value: number | null) => void;
  /** What the schema checks when the field shows another unit (hours stored as minutes). */
  stored?: number | null;
  suffix?: string;
  disabled?: boolean;
  testId?: string;
};

/** A number of the analysis data: empty means "not given", out of range is marked at the field. */
export function NumberField(props: Props) {
  const { label, value, schema, onChange, suffix, disabled, testId } = props;
  const { t } = useTranslation();
  const problems = numberProblems(
    t,
    schema,
    props.stored === undefined ? (value ?? null) : props.stored,
  );
  return (
    <Field label={label} problems={problems}>
      {(id) => (
        <InputNumber
          id={id}
          data-testid={testId}
          disabled={disabled}
          status={problems.length ? 'error' : undefined}
          style={{ width: '100%' }}
          value={value ?? null}
          suffix={suffix}
          onChange={(next) => onChange(typeof next === 'number' ? next : null)}
        />
      )}
    </Field>
  );
}
