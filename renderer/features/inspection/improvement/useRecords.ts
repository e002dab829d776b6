import { App as AntApp } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReportError } from '../../../ui/useReportError';

/**
 * A process's records of one kind (surveys, complaints, actions), reloaded after each save
 * or delete; a failed load is shown and leaves the last list in place.
 */
export function useRecords<T>(load: () => Promise<T[]>, processKey: string) {
  const report = useReportError();
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [items, setItems] = useState<T[] | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    load().then(
      (list) => live && setItems(list),
      (error: unknown) => live && report(error),
    );
    return () => {
      live = false;
    };
    // `processKey` names what `load` loads; a new closure alone is no reason to reload.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [processKey, round, report]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  /** Deletes through `remove`, then reloads; a refusal is shown. */
  const removeWith = (remove: () => Promise<unknown>) =>
    void remove().then(() => {
      void message.success(t('improvementView.common.deleted'));
      reload();
    }, report);
  return { items, reload, removeWith };
}
