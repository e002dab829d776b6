import { Button, Result, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LibraryStatus } from '../../shared/domain';
import { useLibraryActions } from './useLibraryActions';

type Props = {
  status: Extract<LibraryStatus, { state: 'error' }>;
  onLibraryChanged: () => void;
};

/** Shown instead of the workspace when the library file could not be opened. */
export function LibraryErrorScreen({ status, onLibraryChanged }: Props) {
  const { t } = useTranslation();
  const { newLibrary, openLibrary } = useLibraryActions(onLibraryChanged);
  return (
    <Result
      status="warning"
      title={t('libraryError.heading')}
      subTitle={
        <Space direction="vertical">
          <Typography.Text role="alert">
            {t(`errors.${status.code}`, { message: status.message })}
          </Typography.Text>
          <Typography.Text type="secondary">{t('libraryError.hint')}</Typography.Text>
        </Space>
      }
      extra={
        <Space>
          <Button type="primary" onClick={newLibrary}>
            {t('app.newLibrary')}
          </Button>
          <Button onClick={openLibrary}>{t('app.openLibrary')}</Button>
        </Space>
      }
    />
  );
}
