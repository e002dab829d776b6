import { ConfigProvider, Menu } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorContext } from './commands/context';
import { isEnabled, shortcutText, type CommandRegistry, type MenuScope } from './commands/registry';

type Props = {
  registry: CommandRegistry;
  scope: MenuScope;
  context: EditorContext;
  x: number;
  y: number;
  onRun: (commandId: string) => void;
  onClose: () => void;
};

/** The right-click menu of the canvas, a shape or a connector: the registry's commands for it. */
export function ContextMenu(props: Props) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const { onClose } = props;
  useEffect(() => {
    const away = (event: MouseEvent) => {
      if (!box.current?.contains(event.target as Node)) onClose();
    };
    const escape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('mousedown', away, true);
    window.addEventListener('keydown', escape, true);
    window.addEventListener('wheel', onClose, true);
    return () => {
      window.removeEventListener('mousedown', away, true);
      window.removeEventListener('keydown', escape, true);
      window.removeEventListener('wheel', onClose, true);
    };
  }, [onClose]);

  const commands = props.registry.inMenu(props.scope);
  return (
    <div
      ref={box}
      data-testid="context-menu"
      style={{
        position: 'fixed',
        left: Math.min(props.x, window.innerWidth - 230),
        top: Math.min(props.y, window.innerHeight - commands.length * 34 - 16),
        zIndex: 1050,
        boxShadow: '0 6px 16px rgba(0,0,0,0.16)',
        borderRadius: 8,
        background: '#fff',
      }}
    >
      <ConfigProvider theme={{ components: { Menu: { itemHeight: 30, itemMarginBlock: 2 } } }}>
        <Menu
          aria-label={t('canvas.cmd.menu')}
          selectable={false}
          style={{ width: 220, borderRadius: 8, border: 'none' }}
          items={commands.map((command) => {
            const shortcut = command.shortcuts?.[0];
            return {
              key: command.id,
              disabled: !isEnabled(command, props.context),
              label: (
                <span style={{ display: 'flex', justifyContent: 'space-between', gap: 12 }}>
                  <span>{t(command.label)}</span>
                  {shortcut && (
                    <span style={{ color: '#666666', fontSize: 12 }}>{shortcutText(shortcut)}</span>
                  )}
                </span>
              ),
            };
          })}
          onClick={({ key }) => {
            onClose();
            props.onRun(key);
          }}
        />
      </ConfigProvider>
    </div>
  );
}
