import { Drawer } from 'antd';
import type { ReactNode } from 'react';

type Props = { title: string; open: boolean; onClose: () => void; children: ReactNode };

/**
 * The side columns of a screen when the window is narrow (200 % zoom): they slide in from the
 * left over the content and close again when the user picks something or presses Esc. As wide
 * as a column at 100 %, never wider than the window.
 */
export function PaneDrawer({ title, open, onClose, children }: Props) {
  return (
    <Drawer
      title={title}
      placement="left"
      size="min(360px, 92vw)"
      open={open}
      onClose={onClose}
      rootClassName="reflow-pane-drawer"
      styles={{ body: { padding: 0, display: 'flex', flexDirection: 'column' } }}
    >
      {children}
    </Drawer>
  );
}
