import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InspectionPlan } from '../../../shared/inspection/types';
import { call } from '../../api/client';
import { downloadBase64, XLSX_TYPE } from '../../ui/download';
import { useReportError } from '../../ui/useReportError';
import { documentLocale } from '../processDocs/processDocActions';
import { fileBase64 } from '../processes/fileBase64';
import { importErrorText, type ImportError } from './importErrors';

/*
 * The measurement import: the template RoleFlow makes for this plan (its KPIs and periods,
 * headed in the interface language), a chosen .xlsx or .csv, and the outcome kept on screen —
 * every row's problem in a list, and the plain statement that nothing of the file was stored;
 * or the counts of what was imported.
 */

type Props = { plan: InspectionPlan; onClose: () => void; onImported: () => void };

type Outcome =
  | { kind: 'failed'; fileName: string; errors: ImportError[] }
  | { kind: 'done'; inspections: number; measurements: number };

const M = 'inspectionView.import';

export function ImportDialog({ plan, onClose, onImported }: Props) {
  const { t, i18n } = useTranslation();
  const report = useReportError();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const locale = documentLocale(i18n.language);

  const template = () =>
    call('inspection:importTemplate', { planKey: plan.key, locale }).then((result) => {
      if (result.data) downloadBase64(result.fileName, result.data, XLSX_TYPE);
    }, report);

  const run = async () => {
    if (!file) return;
    setBusy(true);
    try {
      const data = await fileBase64(file);
      const result = await call('inspection:importMeasurements', {
        planKey: plan.key,
        fileName: file.name,
        data,
        locale,
      });
      if (result.ok) {
        setOutcome({
          kind: 'done',
          inspections: result.inspections,
          measurements: result.measurements,
        });
        onImported();
      } else {
        setOutcome({ kind: 'failed', fileName: file.name, errors: result.errors });
      }
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      width={680}
      title={t(`${M}.title`)}
      onCancel={onClose}
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.close')}</Button>
          <Button type="primary" disabled={!file} loading={busy} onClick={() => void run()}>
            {t(`${M}.run`)}
          </Button>
        </Space>
      }
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph style={{ margin: 0 }}>{t(`${M}.steps`)}</Typography.Paragraph>
        <Space wrap>
          <Button icon={<DownloadOutlined />} onClick={() => void template()}>
            {t(`${M}.template`)}
          </Button>
          <Button icon={<UploadOutlined />} onClick={() => input.current?.click()}>
            {t(`${M}.choose`)}
          </Button>
        </Space>
        <input
          ref={input}
          type="file"
          accept=".xlsx,.csv"
          aria-label={t(`${M}.choose`)}
          style={{ display: 'none' }}
          data-testid="measurement-file"
          onChange={(event) => {
            const chosen = event.target.files?.[0] ?? null;
            event.target.value = '';
            setFile(chosen);
            setOutcome(null);
          }}
        />
        {file && <Typography.Text>{t(`${M}.chosen`, { name: file.name })}</Typography.Text>}
        {outcome?.kind === 'done' && (
          <Alert
            type="success"
            showIcon
            role="status"
            message={t(`${M}.done`, {
              count: outcome.inspections,
              measurements: outcome.measurements,
            })}
          />
        )}
        {outcome?.kind === 'failed' && (
          <Alert
            type="error"
            showIcon
            message={t(`${M}.failed`, { name: outcome.fileName, count: outcome.errors.length })}
            description={
              <ul
                aria-label={t(`${M}.problems`)}
                data-testid="import-problems"
                style={{ margin: 0, paddingInlineStart: 18 }}
              >
                {outcome.errors.map((error, index) => (
                  <li key={index}>{importErrorText(error, t)}</li>
                ))}
              </ul>
            }
          />
        )}
      </Space>
    </Modal>
  );
}
