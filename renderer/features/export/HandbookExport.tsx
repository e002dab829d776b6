import { Alert, Button, Form, Modal, Progress, Radio, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useReportError } from '../../ui/useReportError';
import { downloadBase64, DOCX_TYPE } from '../../ui/download';

const POLL_MS = 200;

type Props = { departmentId: number | null; open: boolean; onClose: () => void };

type Progress = {
  done: number;
  total: number;
  state: string;
  fileName: string;
  leftOut: { id: number; title: string }[];
};

type Versions = 'approved' | 'latest';
type Template = 'own' | 'zh' | 'en';

/**
 * Builds a department handbook (or the whole library's): first the options (approved
 * versions or latest drafts, the language), then a progress bar and a cancel button, and at
 * the end the roles left out. The build runs in main as a job; this dialog polls it, which
 * works the same over Electron's IPC and the browser host's HTTP.
 */
export function HandbookExport({ departmentId, open, onClose }: Props) {
  const { t } = useTranslation();
  const report = useReportError();
  const [jobId, setJobId] = useState<string | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [versions, setVersions] = useState<Versions>('approved');
  const [template, setTemplate] = useState<Template>('own');
  const [started, setStarted] = useState(false);

  useEffect(() => {
    if (!open || !started) return;
    let current = true;
    call('export:startHandbook', { departmentId, versions, template }).then(
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
    // The options are read when the export starts; changing them later starts nothing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, started, departmentId, report, onClose]);

  useEffect(() => {
    if (!jobId) return;
    // One poll at a time: a finished job is handed out once, so a second poll in flight
    // would ask for a job that is gone.
    let polling = false;
    let finished = false;
    const timer = window.setInterval(() => {
      if (polling || finished) return;
      polling = true;
      call('export:job', { jobId }).then((job) => {
        polling = false;
        finished = job.state !== 'running';
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
    setStarted(false);
    onClose();
  };
  const percent =
    progress && progress.total ? Math.round((progress.done / progress.total) * 100) : 0;

  return (
    <Modal
      open={open}
      title={t('export.handbookTitle')}
      closable={finished || !started}
      maskClosable={false}
      onCancel={close}
      footer={
        !started ? (
          <Button type="primary" onClick={() => setStarted(true)}>
            {t('handbookExport.start')}
          </Button>
        ) : finished ? (
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
      {!started ? (
        <HandbookOptions
          versions={versions}
          template={template}
          onVersions={setVersions}
          onTemplate={setTemplate}
        />
      ) : (
        <>
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
          {progress?.state === 'done' && progress.leftOut.length > 0 && (
            <Alert
              type="warning"
              showIcon
              style={{ marginTop: 12 }}
              title={t('handbookExport.leftOut', { count: progress.leftOut.length })}
              description={
                <ul data-testid="handbook-left-out">
                  {progress.leftOut.map((role) => (
                    <li key={role.id}>{role.title}</li>
                  ))}
                </ul>
              }
            />
          )}
        </>
      )}
    </Modal>
  );
}

function HandbookOptions(props: {
  versions: Versions;
  template: Template;
  onVersions: (value: Versions) => void;
  onTemplate: (value: Template) => void;
}) {
  const { t } = useTranslation();
  return (
    <Form layout="vertical">
      <Form.Item label={t('handbookExport.versions')}>
        <Radio.Group
          value={props.versions}
          onChange={(event) => props.onVersions(event.target.value as Versions)}
          options={(['approved', 'latest'] as const).map((value) => ({
            value,
            label: t(`handbookExport.${value}`),
          }))}
        />
      </Form.Item>
      <Form.Item label={t('handbookExport.template')}>
        <Radio.Group
          value={props.template}
          onChange={(event) => props.onTemplate(event.target.value as Template)}
          options={(['own', 'zh', 'en'] as const).map((value) => ({
            value,
            label: t(`handbookExport.${value}`),
          }))}
        />
      </Form.Item>
    </Form>
  );
}
