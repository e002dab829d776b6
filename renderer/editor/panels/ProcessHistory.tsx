import { Drawer, Empty } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevisionSummary } from '../../../shared/domain';
import { call } from '../../api/client';
import { RevisionList } from '../../features/history/RevisionList';
import { useReportError } from '../../ui/useReportError';

/** The approved versions of a process, with their revision notes (持续改进). */
export function ProcessHistory(props: { open: boolean; processId: number; onClose: () => void }) {
  const { open, processId, onClose } = props;
  const { t } = useTranslation();
  const report = useReportError();
  const [history, setHistory] = useState<RevisionSummary[]>([]);
  useEffect(() => {
    if (open) call('process:history', { id: processId }).then(setHistory, report);
  }, [open, processId, report]);
  return (
    <Drawer open={open} onClose={onClose} width={420} title={t('history.title')}>
      {history.length === 0 ? (
        <Empty description={t('history.none')} />
      ) : (
        <RevisionList history={history} />
      )}
    </Drawer>
  );
}
