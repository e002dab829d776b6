import { Input, Typography, type InputProps } from 'antd';
import type { ComponentProps, CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';

/*
 * Text inputs with the contract's length limit. Nothing is cut: a native `maxlength` would
 * silently drop the end of a paste, so the limit is a count instead. Near the limit a counter
 * appears; at the limit a note says so; over it the field turns red with how much to remove,
 * and the save is refused (the role editor checks the draft against the same contract).
 */

/** From this share of the limit on, the counter is shown. */
const SHOW_FROM = 0.8;

type TextAreaProps = ComponentProps<typeof Input.TextArea>;
type Limit = { max: number; wrapperStyle?: CSSProperties };

/** The counter's text, or nothing while the text is well under the limit. */
function counter(max: number) {
  // A formatter (not a changing `showCount`) keeps the input's DOM the same as the counter
  // comes and goes, so the caret stays where the user is typing.
  return ({ count }: { count: number }) => (count >= max * SHOW_FROM ? `${count} / ${max}` : null);
}

function LimitNote({ length, max }: { length: number; max: number }) {
  const { t } = useTranslation();
  if (length < max) return null;
  const over = length - max;
  return (
    <Typography.Text
      role={over > 0 ? 'alert' : 'status'}
      type={over > 0 ? 'danger' : 'warning'}
      style={{ display: 'block', fontSize: 12 }}
    >
      {over > 0
        ? t('errorProblems.overLimit', { count: length, limit: max, over })
        : t('errorProblems.atLimit', { count: length, limit: max })}
    </Typography.Text>
  );
}

/** A one-line input that never truncates; see the note at the top of this file. */
export function LimitedInput({
  max,
  wrapperStyle,
  status,
  ...props
}: Omit<InputProps, 'maxLength' | 'count' | 'showCount'> & Limit) {
  const length = typeof props.value === 'string' ? props.value.length : 0;
  return (
    <div style={wrapperStyle}>
      <Input
        {...props}
        count={{ max, show: counter(max) }}
        status={length > max ? 'error' : status}
      />
      <LimitNote length={length} max={max} />
    </div>
  );
}

/** A text area that never truncates; see the note at the top of this file. */
export function LimitedTextArea({
  max,
  wrapperStyle,
  status,
  ...props
}: Omit<TextAreaProps, 'maxLength' | 'count' | 'showCount'> & Limit) {
  const length = typeof props.value === 'string' ? props.value.length : 0;
  return (
    <div style={wrapperStyle}>
      <Input.TextArea
        {...props}
        count={{ max, show: counter(max) }}
        status={length > max ? 'error' : status}
      />
      <LimitNote length={length} max={max} />
    </div>
  );
}
