import {
  AlignLeftOutlined,
  ApartmentOutlined,
  CheckCircleOutlined,
  HistoryOutlined,
  ExportOutlined,
  PlusOutlined,
  RedoOutlined,
  SaveOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import { Button, Dropdown, Input, Space, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Alignment } from './commands/nodeCommands';

type Props = {
  canUndo: string | null;
  canRedo: string | null;
  dirty: boolean;
  saving: boolean;
  /** The process cannot be written (read-only library, or a damaged stored document). */
  readOnly: boolean;
  selectionSize: number;
  onUndo: () => void;
  onRedo: () => void;
  onSave: () => void;
  onAddLane: () => void;
  onLayout: () => void;
  onAlign: (how: Alignment) => void;
  onDistribute: (axis: 'horizontal' | 'vertical') => void;
  onFind: (text: string) => void;
  onExport: (format: 'picture' | 'bpmn') => void;
  onApprove: () => void;
  onHistory: () => void;
};

/** Editing actions of the process editor; every one also has a keyboard shortcut. */
export function EditorToolbar(props: Props) {
  const { t } = useTranslation();
  return (
    <Space wrap style={{ padding: '6px 8px', borderBottom: '1px solid #e5e8ec', width: '100%' }}>
      <Tooltip
        title={
          props.canUndo ? `${t('editor2.undo')}: ${props.canUndo} (Ctrl+Z)` : t('editor2.undo')
        }
      >
        <Button
          icon={<UndoOutlined />}
          aria-label={t('editor2.undo')}
          disabled={!props.canUndo}
          onClick={props.onUndo}
        />
      </Tooltip>
      <Tooltip
        title={
          props.canRedo ? `${t('editor2.redo')}: ${props.canRedo} (Ctrl+Y)` : t('editor2.redo')
        }
      >
        <Button
          icon={<RedoOutlined />}
          aria-label={t('editor2.redo')}
          disabled={!props.canRedo}
          onClick={props.onRedo}
        />
      </Tooltip>
      <Button icon={<PlusOutlined />} onClick={props.onAddLane}>
        {t('editor2.addLane')}
      </Button>
      <Button icon={<ApartmentOutlined />} onClick={props.onLayout}>
        {t('editor2.layout')}
      </Button>
      <Dropdown
        disabled={props.selectionSize < 2}
        menu={{
          items: [
            ...(['left', 'centre', 'right', 'top', 'middle', 'bottom'] as const).map((how) => ({
              key: how,
              label: t(`editor2.align.${how}`),
              onClick: () => props.onAlign(how),
            })),
            { type: 'divider' as const },
            ...(['horizontal', 'vertical'] as const).map((axis) => ({
              key: axis,
              label: t(`editor2.distribute.${axis}`),
              disabled: props.selectionSize < 3,
              onClick: () => props.onDistribute(axis),
            })),
          ],
        }}
      >
        <Button icon={<AlignLeftOutlined />}>{t('editor2.arrange')}</Button>
      </Dropdown>
      <Input.Search
        size="middle"
        style={{ width: 200 }}
        allowClear
        aria-label={t('editor2.find')}
        placeholder={t('editor2.find')}
        onSearch={props.onFind}
      />
      <Button icon={<HistoryOutlined />} onClick={props.onHistory}>
        {t('history.open')}
      </Button>
      <Tooltip title={props.dirty ? t('approve.saveFirst') : undefined}>
        <Button
          icon={<CheckCircleOutlined />}
          disabled={props.readOnly || props.dirty}
          onClick={props.onApprove}
        >
          {t('approve.action')}
        </Button>
      </Tooltip>
      <Dropdown
        menu={{
          items: [
            // Temporary place of the picture export until the command registry draws the toolbar.
            {
              key: 'picture',
              label: t('picture.dialog.open'),
              onClick: () => props.onExport('picture'),
            },
            { key: 'bpmn', label: t('editor2.exportBpmn'), onClick: () => props.onExport('bpmn') },
          ],
        }}
      >
        <Button icon={<ExportOutlined />}>{t('editor2.export')}</Button>
      </Dropdown>
      <Button
        type="primary"
        icon={<SaveOutlined />}
        loading={props.saving}
        disabled={props.readOnly || !props.dirty}
        onClick={props.onSave}
      >
        {t('editor.save')}
      </Button>
    </Space>
  );
}
