import { Alert, App as AntApp, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { useReportError } from './useReportError';

type Props = {
  /** Which item: its repair channel and id. */
  target: { channel: 'role:repair' | 'process:repair'; id: number };
  /** Disabled when the library itself cannot be written. */
  disabled: boolean;
  onRepaired: () => void;
};

/**
 * Says that part of the item is damaged in the library (so it is shown read-only), and offers
 * to save what could be recovered; the original bytes are kept first by the main process.
 */
export function DamagedNotice({ target, disabled, onRepaired }: Props) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const report = useReportError();
  const [busy, setBusy] = useState(false);
  const repair = async () => {
    setBusy(true);
    try {
      await call(target.channel, { id: target.id });
      void message.success(t('damaged.repaired'));
      onRepaired();
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 12 }}
      message={t('errors.DOCUMENT_DAMAGED')}
      action={
        <Button
          size="small"
          danger
          loading={busy}
          disabled={disabled}
          onClick={() => void repair()}
        >
          {t('damaged.repair')}
        </Button>
      }
    />
  );
}
