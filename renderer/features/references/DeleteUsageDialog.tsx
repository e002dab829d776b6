import { Alert, Modal, Radio, Select, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UsageChoice } from '../../../shared/references';
import { useReturnFocus } from '../../ui/useReturnFocus';

export type UsageText = {
  /** Shown when nothing uses the item: the plain delete question. */
  unused: string;
  reassign: string;
  pick: string;
  unbind: string;
  /** Why unbinding is not possible here (e.g. a department that still holds roles). */
  unbindBlocked?: string;
};

type Props = {
  title: string;
  /** One line per use; null while the usages are being looked up. */
  lines: string[] | null;
  /** What the uses can be handed over to (never the item itself). */
  targets: { value: number; label: string }[];
  text: UsageText;
  onDelete: (choice: UsageChoice | undefined) => Promise<void>;
  onCancel: () => void;
};

/**
 * Deleting something other things refer to: lists where it is used and lets the user hand
 * those uses over to another one or unbind them, before anything is deleted. The caller
 * mounts it only while open, so every opening starts from a clean choice.
 */
export function DeleteUsageDialog({ title, lines, targets, text, onDelete, onCancel }: Props) {
  const { t } = useTranslation();
  const used = lines !== null && lines.length > 0;
  const [mode, setMode] = useState<UsageChoice['mode']>('reassign');
  const [targetId, setTargetId] = useState<number | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  // Mounted only while open: focus goes back to the delete button when it is cancelled.
  useReturnFocus(true);
  const ready = lines !== null && (!used || mode === 'unbind' || targetId !== undefined);
  const choice = (): UsageChoice | undefined => {
    if (!used) return undefined;
    if (mode === 'unbind') return { mode: 'unbind' };
    return targetId === undefined ? undefined : { mode: 'reassign', targetId };
  };
  return (
    <Modal
      open
      title={title}
      okText={t('common.delete')}
      okButtonProps={{ danger: true, disabled: !ready }}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      width={560}
      onCancel={onCancel}
      onOk={async () => {
        setBusy(true);
        try {
          await onDelete(choice());
        } finally {
          setBusy(false);
        }
      }}
    >
      {lines === null ? (
        <Spin tip={t('usage.loading')}>
          <div style={{ height: 48 }} />
        </Spin>
      ) : !used ? (
        <Typography.Paragraph>{text.unused}</Typography.Paragraph>
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Text strong>{t('usage.usedIn')}</Typography.Text>
          <ul aria-label={t('usage.usedIn')} style={{ margin: 0, paddingInlineStart: 20 }}>
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <Radio.Group
            value={mode}
            onChange={(event) => setMode(event.target.value as UsageChoice['mode'])}
          >
            <Space direction="vertical" style={{ width: '100%' }}>
              <Radio value="reassign">{text.reassign}</Radio>
              {mode === 'reassign' && (
                <Select
                  aria-label={text.pick}
                  placeholder={text.pick}
                  style={{ width: 320, marginInlineStart: 24 }}
                  showSearch={{ optionFilterProp: 'label' }}
                  value={targetId}
                  options={targets}
                  onChange={(value: number) => setTargetId(value)}
                />
              )}
              <Radio value="unbind" disabled={text.unbindBlocked !== undefined}>
                {text.unbind}
              </Radio>
            </Space>
          </Radio.Group>
          {text.unbindBlocked && <Alert type="info" showIcon message={text.unbindBlocked} />}
        </Space>
      )}
    </Modal>
  );
}
