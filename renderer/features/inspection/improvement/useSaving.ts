import { App as AntApp } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReportError } from '../../../ui/useReportError';

/**
 * Runs a dialog's save: the dialog stays open and keeps the draft when the call fails (the
 * error is shown in the interface language), and says "saved" when it succeeds.
 */
export function useSaving() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const report = useReportError();
  const [saving, setSaving] = useState(false);
  const run = async <T>(save: () => Promise<T>, done: (saved: T) => void) => {
    setSaving(true);
    try {
      const saved = await save();
      void message.success(t('improvementView.common.saved'));
      done(saved);
    } catch (error) {
      report(error);
    } finally {
      setSaving(false);
    }
  };
  return { saving, run };
}
