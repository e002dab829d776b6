import { Button, Modal, Progress, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { downloadBase64, DOCX_TYPE } from '../../ui/download';
import { useReportError } from '../../ui/useReportError';
import { documentLocale } from './processDocActions';

const POLL_MS = 300;

type Props = { departmentId: number | null; open: boolean; onClose: () => void };

type Status = { done: number; total: number; state: string; fileName: string };

/**
 * Builds the process handbook of a department (or of the library) with progress and cancel.
 * The build runs in main as a job that this dialog polls (IPC and the browser host alike).
 */
export function ProcessHandbookExport({ departmentId, open, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const report = useReportError();
  const [jobId, setJobId] = useState<string | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const locale = documentLocale(i18n.language);

  useEffect(() => {
    if (!open) return;
    let current = true;
    call('export:startProcessHandbook', { departmentId, locale }).then(
      (started) => current && setJobId(started.jobId),
      (error: unknown) => {
        if (!current) return;
        if ((error as { code?: string }).code !== 'CANCELLED') report(error);
        onClose();
      },
    );
    return () => {
      current = false;
    };
  }, [open, departmentId, locale, report, onClose]);

  useEffect(() => {
    if (!jobId) return;
    const timer = window.setInterval(() => {
      call('export:processHandbookJob', { jobId }).then((job) => {
        setStatus(job);
        if (job.state === 'running') return;
        window.clearInterval(timer);
        if (job.state === 'done' && job.data) downloadBase64(job.fileName, job.data, DOCX_TYPE);
      }, report);
    }, POLL_MS);
    return () => window.clearInterval(timer);
  }, [jobId, report]);

  const finished = status !== null && status.state !== 'running';
  const close = () => {
    setJobId(null);
    setStatus(null);
    onClose();
  };
  const percent = status && status.total ? Math.round((status.done / status.total) * 100) : 0;
  const text =
    status === null
      ? t('processDoc.starting')
      : status.state === 'running'
        ? t('processDoc.progress', { done: status.done, total: status.total })
        : status.state === 'done'
          ? t('processDoc.done', { name: status.fileName })
          : status.state === 'cancelled'
            ? t('processDoc.cancelled')
            : t('processDoc.failed');

  return (
    <Modal
      open={open}
      title={t('processDoc.handbookTitle')}
      closable={finished}
      maskClosable={false}
      onCancel={close}
      footer={
        finished ? (
          <Button type="primary" onClick={close}>
            {t('common.close')}
          </Button>
        ) : (
          <Button
            disabled={!jobId}
            onClick={() => jobId && void call('export:cancelProcessHandbook', { jobId })}
          >
            {t('common.cancel')}
          </Button>
        )
      }
    >
      <Progress
        percent={status?.state === 'done' ? 100 : percent}
        status={
          status?.state === 'failed' ? 'exception' : status?.state === 'done' ? 'success' : 'active'
        }
        aria-label={t('processDoc.handbookTitle')}
      />
      <Typography.Text role="status">{text}</Typography.Text>
    </Modal>
  );
}
