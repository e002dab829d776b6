import { Input } from 'antd';

type Props = {
  id: string;
  value: string;
  onChange: (value: string) => void;
  invalid?: boolean;
  /** Marks the dialog's first field (see focusFirstField). */
  first?: string;
};

/**
 * A calendar date 'YYYY-MM-DD' through the browser's own date field: it writes the ISO form
 * whatever the display language, and a keyboard or screen-reader user gets the native picker.
 */
export function DateInput({ id, value, onChange, invalid, first }: Props) {
  return (
    <Input
      id={id}
      data-first-field={first}
      type="date"
      style={{ width: 180 }}
      value={value}
      status={invalid ? 'error' : undefined}
      aria-invalid={invalid || undefined}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
