import { App as AntApp } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../api/client';
import { errorText } from '../../shared/i18n/errorText';

/** Returns a function that shows a failed call to the user, in their language. */
export function useReportError(): (error: unknown) => void {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  return useCallback(
    (error: unknown) => {
      if (error instanceof ApiCallError) {
        if (error.code === 'CANCELLED') return;
        void message.error(errorText(t, error.code, error.params));
        return;
      }
      console.error(error);
      void message.error(t('errors.INTERNAL'));
    },
    [message, t],
  );
}
