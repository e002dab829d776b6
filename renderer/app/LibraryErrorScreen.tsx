import { Button, Result, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LibraryStatus } from '../../shared/domain';
import { call, isDesktop } from '../api/client';
import { useReportError } from '../ui/useReportError';
import { useLibraryActions } from './useLibraryActions';

type Props = {
  status: Extract<LibraryStatus, { state: 'error' }>;
  onLibraryChanged: () => void;
};

/**
 * Shown instead of the workspace when the library could not be opened, whatever the reason:
 * what happened, in the interface language, and every way out (another library, a new one,
 * try again, and in the desktop app quit).
 */
export function LibraryErrorScreen({ status, onLibraryChanged }: Props) {
  const { t } = useTranslation();
  const report = useReportError();
  const { newLibrary, openLibrary } = useLibraryActions(onLibraryChanged);
  const retry = () =>
    void call('library:retry', {}).then(onLibraryChanged, (error: unknown) => report(error));
  const quit = () => void call('app:quit', {}).catch(report);
  return (
    <Result
      status="warning"
      title={t('libraryError.heading')}
      subTitle={
        <Space direction="vertical">
          <Typography.Text role="alert">
            {t(`errors.${status.code}`, status.params)}
          </Typography.Text>
          <Typography.Text type="secondary">{t('libraryError.hint')}</Typography.Text>
        </Space>
      }
      extra={
        <Space wrap>
          <Button type="primary" onClick={retry}>
            {t('libraryError.retry')}
          </Button>
          <Button onClick={openLibrary}>{t('app.openLibrary')}</Button>
          <Button onClick={newLibrary}>{t('app.newLibrary')}</Button>
          {isDesktop() && <Button onClick={quit}>{t('libraryError.quit')}</Button>}
        </Space>
      }
    />
  );
}
