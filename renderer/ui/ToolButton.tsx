import { Button, Tooltip } from 'antd';
import type { ReactNode } from 'react';

type Props = {
  label: string;
  icon: ReactNode;
  onClick: () => void;
  disabled?: boolean;
  danger?: boolean;
};

/** A small icon-only toolbar button; its label is both the tooltip and the accessible name. */
export function ToolButton({ label, icon, onClick, disabled, danger }: Props) {
  return (
    <Tooltip title={label}>
      <Button
        size="small"
        type="text"
        icon={icon}
        aria-label={label}
        disabled={disabled}
        danger={danger}
        onClick={onClick}
      />
    </Tooltip>
  );
}
