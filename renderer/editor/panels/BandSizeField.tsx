import { InputNumber } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field';

type Props = {
  label: string;
  size: number;
  range: { min: number; max: number };
  onChange: (size: number) => void;
  /** A warning about the size as it is (e.g. steps outside the lane). */
  warning?: string;
};

/**
 * The size of a lane or phase. A value out of the schema's range stays as typed and is an
 * error at the field; it is not applied and not clamped behind the user's back.
 */
export function BandSizeField({ label, size, range, onChange, warning }: Props) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState<{ for: number; value: number | null } | null>(null);
  const value = typed && typed.for === size ? typed.value : size;
  const outOfRange = value === null || value < range.min || value > range.max;
  const problems = [
    ...(outOfRange ? [t('processView.laneSizeRange', range)] : []),
    ...(warning ? [warning] : []),
  ];
  return (
    <Field label={label} problems={problems}>
      {(id) => (
        <InputNumber<number>
          id={id}
          step={10}
          style={{ width: '100%' }}
          status={outOfRange ? 'error' : undefined}
          value={value}
          onChange={(next) => {
            setTyped({ for: size, value: next });
            if (next !== null && next >= range.min && next <= range.max) onChange(next);
          }}
        />
      )}
    </Field>
  );
}
