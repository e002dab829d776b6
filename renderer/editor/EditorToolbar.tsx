import {
  AlignLeftOutlined,
  ApartmentOutlined,
  BarChartOutlined,
  CheckCircleOutlined,
  HistoryOutlined,
  ExportOutlined,
  PlusOutlined,
  RedoOutlined,
  SaveOutlined,
  TableOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import { Button, Dropdown, Space, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMenuTrigger } from '../ui/useMenuTrigger';
import { useAnalysisDock } from './analysis/analysisDock';
import { useStepTableOpen } from './reader/stepTableState';
import type { EditorContext } from './commands/context';
import { isEnabled, runCommand, shortcutText, type CommandRegistry } from './commands/registry';

type Props = {
  registry: CommandRegistry;
  context: EditorContext;
  /** Names of the steps undo and redo would take, for their tooltips. */
  undoName: string | null;
  redoName: string | null;
  dirty: boolean;
  saving: boolean;
  /** The process cannot be written (read-only library, or a damaged stored document). */
  readOnly: boolean;
  onApprove: () => void;
  onHistory: () => void;
};

const ARRANGE = [
  'arrange.align.left',
  'arrange.align.centre',
  'arrange.align.right',
  'arrange.align.top',
  'arrange.align.middle',
  'arrange.align.bottom',
  null,
  'arrange.distribute.horizontal',
  'arrange.distribute.vertical',
] as const;

/**
 * Editing actions of the process editor, drawn from the command registry. Rarely used ones
 * are icons with a tooltip, so the bar fits one row at 1280 px in either language.
 */
export function EditorToolbar(props: Props) {
  const { t } = useTranslation();
  const { registry, context } = props;
  const analysisOpen = useAnalysisDock().open;
  const stepTableOpen = useStepTableOpen();
  const arrangeMenu = useMenuTrigger();
  const exportMenu = useMenuTrigger();

  /** A toolbar button running a registered command, its shortcut in the tooltip. */
  const command = (
    id: string,
    icon: ReactNode,
    options: { iconOnly?: boolean; detail?: string | null; pressed?: boolean } = {},
  ) => {
    const registered = registry.get(id);
    const name = t(registered.label);
    const shortcut = registered.shortcuts?.[0];
    const tip = [
      options.detail ? `${name}: ${options.detail}` : name,
      shortcut && `(${shortcutText(shortcut)})`,
    ]
      .filter(Boolean)
      .join(' ');
    return (
      <Tooltip title={tip}>
        <Button
          icon={icon}
          aria-label={options.iconOnly ? name : undefined}
          aria-pressed={options.pressed}
          type={options.pressed ? 'primary' : 'default'}
          ghost={options.pressed}
          disabled={!isEnabled(registered, context)}
          onClick={() => runCommand(registered, context)}
        >
          {options.iconOnly ? null : name}
        </Button>
      </Tooltip>
    );
  };

  const arrangeItems = ARRANGE.map((id, index) => {
    if (id === null) return { type: 'divider' as const, key: `divider-${index}` };
    const registered = registry.get(id);
    return {
      key: id,
      label: t(registered.label),
      disabled: !isEnabled(registered, context),
      onClick: () => runCommand(registered, context),
    };
  });

  return (
    <Space wrap style={{ padding: '6px 8px', borderBottom: '1px solid #e5e8ec', width: '100%' }}>
      {command('edit.undo', <UndoOutlined />, { iconOnly: true, detail: props.undoName })}
      {command('edit.redo', <RedoOutlined />, { iconOnly: true, detail: props.redoName })}
      {command('arrange.addLane', <PlusOutlined />)}
      {command('arrange.layout', <ApartmentOutlined />)}
      <Dropdown
        {...arrangeMenu.dropdown}
        disabled={arrangeItems.every((item) => 'disabled' in item && item.disabled)}
        menu={{ id: arrangeMenu.menuId, items: arrangeItems }}
      >
        <Tooltip title={t('editor2.arrange')}>
          <Button
            icon={<AlignLeftOutlined />}
            aria-label={t('editor2.arrange')}
            {...arrangeMenu.trigger}
          />
        </Tooltip>
      </Dropdown>
      <Tooltip title={t('history.open')}>
        <Button
          icon={<HistoryOutlined />}
          aria-label={t('history.open')}
          onClick={props.onHistory}
        />
      </Tooltip>
      <Tooltip title={props.dirty ? t('approve.saveFirst') : undefined}>
        <Button
          icon={<CheckCircleOutlined />}
          disabled={props.readOnly || props.dirty}
          onClick={props.onApprove}
        >
          {t('approve.action')}
        </Button>
      </Tooltip>
      {command('view.analysis', <BarChartOutlined />, { pressed: analysisOpen })}
      {command('view.stepTable', <TableOutlined />, { iconOnly: true, pressed: stepTableOpen })}
      <Dropdown
        {...exportMenu.dropdown}
        menu={{
          id: exportMenu.menuId,
          items: [
            ...['file.exportPicture', 'file.exportProcessDoc', 'file.exportBpmn'].map((id) => ({
              key: id,
              label: t(registry.get(id).label),
              extra: shortcutLabel(registry.get(id).shortcuts?.[0]),
              onClick: () => runCommand(registry.get(id), context),
            })),
          ],
        }}
      >
        <Button icon={<ExportOutlined aria-hidden />} {...exportMenu.trigger}>
          {t('editor2.export')}
        </Button>
      </Dropdown>
      <Button
        type="primary"
        icon={<SaveOutlined />}
        loading={props.saving}
        disabled={props.readOnly || !props.dirty}
        onClick={() => runCommand(registry.get('edit.save'), context)}
      >
        {t('editor.save')}
      </Button>
    </Space>
  );
}

function shortcutLabel(shortcut: string | undefined): string | undefined {
  return shortcut ? shortcutText(shortcut) : undefined;
}
