import { Button, Modal, Progress, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useReportError } from '../../ui/useReportError';
import { downloadBase64, DOCX_TYPE } from '../../ui/download';

const POLL_MS = 200;

type Props = { departmentId: number | null; open: boolean; onClose: () => void };

type Progress = { done: number; total: number; state: string; fileName: string };

/**
 * Builds a department handbook (or the whole library's) with a progress bar and a cancel
 * button. The build runs in main as a job; this dialog polls it, which works the same over
 * Electron's IPC and the browser host's HTTP.
 */
export function HandbookExport({ departmentId, open, onClose }: Props) {
  const { t } = useTranslation();
  const report = useReportError();
  const [jobId, setJobId] = useState<string | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);

  useEffect(() => {
    if (!open) return;
    let current = true;
    call('export:startHandbook', { departmentId }).then(
      (started) => current && setJobId(started.jobId),
      (error: unknown) => {
        if (!current) return;
        report(error);
        onClose();
      },
    );
    return () => {
      current = false;
    };
  }, [open, departmentId, report, onClose]);

  useEffect(() => {
    if (!jobId) return;
    const timer = window.setInterval(() => {
      call('export:job', { jobId }).then((job) => {
        setProgress(job);
        if (job.state === 'running') return;
        window.clearInterval(timer);
        if (job.state === 'done' && job.data) downloadBase64(job.fileName, job.data, DOCX_TYPE);
        if (job.state === 'failed') report(new Error(job.error ?? 'export failed'));
      }, report);
    }, POLL_MS);
    return () => window.clearInterval(timer);
  }, [jobId, report]);

  const finished = progress !== null && progress.state !== 'running';
  const close = () => {
    setJobId(null);
    setProgress(null);
    onClose();
  };
  const percent =
    progress && progress.total ? Math.round((progress.done / progress.total) * 100) : 0;

  return (
    <Modal
      open={open}
      title={t('export.handbookTitle')}
      closable={finished}
      maskClosable={false}
      onCancel={close}
      footer={
        finished ? (
          <Button type="primary" onClick={close}>
            {t('common.close')}
          </Button>
        ) : (
          <Button disabled={!jobId} onClick={() => jobId && void call('export:cancel', { jobId })}>
            {t('common.cancel')}
          </Button>
        )
      }
    >
      <Progress
        percent={progress?.state === 'done' ? 100 : percent}
        status={
          progress?.state === 'failed'
            ? 'exception'
            : progress?.state === 'done'
              ? 'success'
              : 'active'
        }
        aria-label={t('export.handbookTitle')}
      />
      <Typography.Text role="status">
        {progress === null
          ? t('export.starting')
          : progress.state === 'running'
            ? t('export.progress', { done: progress.done, total: progress.total })
            : progress.state === 'done'
              ? t('export.done', { name: progress.fileName })
              : progress.state === 'cancelled'
                ? t('export.cancelled')
                : t('export.failed')}
      </Typography.Text>
    </Modal>
  );
}
