import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LibraryReadOnlyReason } from '../../shared/domain';
import { call } from '../api/client';
import { useReportError } from '../ui/useReportError';

type Props = { reason: LibraryReadOnlyReason; onLibraryChanged: () => void };

/** Says, above the workspace, that the library opened read-only and why. */
export function ReadOnlyBanner({ reason, onLibraryChanged }: Props) {
  const { t } = useTranslation();
  const report = useReportError();
  const retry = () =>
    void call('library:retry', {}).then(onLibraryChanged, (error: unknown) => report(error));
  return (
    <Alert
      type="warning"
      banner
      showIcon
      role="status"
      data-testid="read-only-banner"
      message={t(`readOnly.${reason}`)}
      action={
        <Button size="small" onClick={retry}>
          {t('readOnly.retry')}
        </Button>
      }
    />
  );
}
