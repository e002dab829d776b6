import { App as AntApp, Button, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReturnFocus } from './useReturnFocus';

type Props = {
  /** The item's name as the other window saved it; null while there is no conflict. */
  name: string | null;
  /** What "keep mine" does: save it as a new draft copy, or save it over the other version. */
  keep: 'copy' | 'overwrite';
  onReload: () => Promise<void>;
  onKeep: () => Promise<void>;
  onCancel: () => void;
};

/**
 * Shown when a save was refused because another window saved the same item first. Neither
 * version is lost unless the user says so: reloading discards this window's edits only after
 * a confirmation, and keeping mine either makes a copy or overwrites on purpose.
 */
export function ConflictDialog({ name, keep, onReload, onKeep, onCancel }: Props) {
  const { t } = useTranslation();
  const { modal } = AntApp.useApp();
  const [busy, setBusy] = useState(false);
  useReturnFocus(name !== null);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  };

  const confirmReload = () =>
    modal.confirm({
      title: t('conflict.reloadConfirm'),
      okText: t('conflict.reloadOk'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => run(onReload),
    });

  return (
    <Modal
      open={name !== null}
      title={t('conflict.title')}
      width={640}
      onCancel={onCancel}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onCancel}>
          {t('conflict.keepEditing')}
        </Button>,
        <Button key="reload" danger disabled={busy} onClick={confirmReload}>
          {t('conflict.reload')}
        </Button>,
        <Button key="keep" type="primary" loading={busy} onClick={() => void run(onKeep)}>
          {t(keep === 'copy' ? 'conflict.keepCopy' : 'conflict.overwrite')}
        </Button>,
      ]}
    >
      <Typography.Paragraph>{t('conflict.body', { name: name ?? '' })}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">
        {t(keep === 'copy' ? 'conflict.choose' : 'conflict.chooseOverwrite')}
      </Typography.Paragraph>
    </Modal>
  );
}
