import { Typography } from 'antd';
import { useId, type ReactNode } from 'react';

type Props = {
  label: string;
  required?: boolean;
  /** Problems the checks found with this field: shown under it, in the user's language. */
  problems?: string[];
  /** The control's id, when the dialog must know it (focusOnOpen); otherwise one is made. */
  id?: string;
  children: (id: string) => ReactNode;
};

/** A labelled field: the label is tied to its control so screen readers and tests find it. */
export function Field({ label, required, problems = [], id: given, children }: Props) {
  const made = useId();
  const id = given ?? made;
  return (
    <div>
      <div style={{ marginBottom: 4 }}>
        {required && (
          <span aria-hidden style={{ color: '#cf1322', marginInlineEnd: 4 }}>
            *
          </span>
        )}
        <label htmlFor={id}>
          <Typography.Text type="secondary">{label}</Typography.Text>
        </label>
      </div>
      {children(id)}
      {problems.map((problem) => (
        <Typography.Text key={problem} type="danger" style={{ display: 'block', fontSize: 12 }}>
          {problem}
        </Typography.Text>
      ))}
    </div>
  );
}
