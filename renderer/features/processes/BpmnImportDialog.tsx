import { Alert, Button, Modal, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BpmnImportPreview, BpmnProblem, LaneChoice } from '../../../shared/bpmnImport';
import type { Department, RoleSummary } from '../../../shared/domain';
import { ApiCallError, call } from '../../api/client';
import { useReturnFocus } from '../../ui/useReturnFocus';
import { BpmnProblemList } from './BpmnProblemList';
import { fileBase64 } from './fileBase64';
import { LaneMatchingTable } from './LaneMatchingTable';

type Props = {
  file: File;
  onClose: () => void;
  /** After the processes are stored: reload the list and open the first. */
  onImported: (processIds: number[]) => void;
};

type Step =
  | { kind: 'reading' }
  | { kind: 'refused'; error: unknown }
  | { kind: 'preview'; data: string; preview: BpmnImportPreview }
  | { kind: 'importing'; data: string; preview: BpmnImportPreview }
  | { kind: 'done'; count: number; problems: BpmnProblem[] };

/**
 * Import of a BPMN file in the user's sight: what the file holds and its problems, then who
 * each lane is (nothing is created unless the user says so), then the result. Refusals and
 * problems stay in the dialog until the user closes it.
 */
export function BpmnImportDialog({ file, onClose, onImported }: Props) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>({ kind: 'reading' });
  const [choices, setChoices] = useState<Record<string, LaneChoice>>({});
  const [roles, setRoles] = useState<RoleSummary[]>([]);
  const [departments, setDepartments] = useState<Department[]>([]);
  // Mounted only while open: focus goes back to 导入 BPMN (the file chooser left it there).
  useReturnFocus(true);

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const data = await fileBase64(file);
        const [preview, roleList, departmentList] = await Promise.all([
          call('process:previewBpmn', { data, fileName: file.name }),
          call('role:list', { departmentId: null }),
          call('department:list', {}),
        ]);
        if (!live) return;
        setRoles(roleList);
        setDepartments(departmentList);
        setStep({ kind: 'preview', data, preview });
      } catch (error) {
        if (live) setStep({ kind: 'refused', error });
      }
    })();
    return () => {
      live = false;
    };
  }, [file]);

  const confirm = async () => {
    if (step.kind !== 'preview') return;
    setStep({ ...step, kind: 'importing' });
    const lanes = step.preview.lanes.map((lane) => ({
      name: lane.name,
      choice: choices[lane.name] ?? lane.proposal,
    }));
    try {
      const result = await call('process:importBpmn', {
        data: step.data,
        fileName: file.name,
        lanes,
      });
      setStep({ kind: 'done', count: result.processIds.length, problems: result.problems });
      onImported(result.processIds);
    } catch (error) {
      setStep({ kind: 'refused', error });
    }
  };

  const busy = step.kind === 'reading' || step.kind === 'importing';
  const footer =
    step.kind === 'preview' || step.kind === 'importing'
      ? [
          <Button key="cancel" onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </Button>,
          <Button key="import" type="primary" loading={busy} onClick={() => void confirm()}>
            {t('bpmnImport.dialog.confirm')}
          </Button>,
        ]
      : [
          <Button key="close" type={step.kind === 'done' ? 'primary' : 'default'} onClick={onClose}>
            {t('bpmnImport.dialog.close')}
          </Button>,
        ];

  return (
    <Modal
      open
      title={
        step.kind === 'done'
          ? t('bpmnImport.dialog.importedTitle', { count: step.count })
          : `${t('bpmnImport.dialog.title')} — ${file.name}`
      }
      width={720}
      maskClosable={false}
      closable={!busy}
      onCancel={busy ? undefined : onClose}
      footer={footer}
    >
      {step.kind === 'reading' && (
        <Space>
          <Spin size="small" />
          {t('bpmnImport.dialog.reading', { file: file.name })}
        </Space>
      )}
      {step.kind === 'refused' && <Refusal error={step.error} />}
      {(step.kind === 'preview' || step.kind === 'importing') && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <div>
            <Typography.Text strong>
              {t('bpmnImport.dialog.summary', {
                file: file.name,
                count: step.preview.processes.length,
              })}
            </Typography.Text>
            <ul style={{ margin: '4px 0 0', paddingLeft: 20, maxHeight: 96, overflow: 'auto' }}>
              {step.preview.processes.map((process, index) => (
                <li key={index}>{t('bpmnImport.dialog.processLine', process)}</li>
              ))}
            </ul>
          </div>
          {step.preview.lanes.length > 0 && (
            <div>
              <Typography.Title level={5} style={{ margin: 0 }}>
                {t('bpmnImport.dialog.lanesTitle')}
              </Typography.Title>
              <Typography.Paragraph type="secondary" style={{ margin: '2px 0 8px' }}>
                {t('bpmnImport.dialog.lanesHelp')}
              </Typography.Paragraph>
              <LaneMatchingTable
                lanes={step.preview.lanes}
                choices={choices}
                onChange={(name, choice) => setChoices((old) => ({ ...old, [name]: choice }))}
                roles={roles}
                departments={departments}
              />
            </div>
          )}
          <Problems problems={step.preview.problems} />
        </Space>
      )}
      {step.kind === 'done' && <Problems problems={step.problems} />}
    </Modal>
  );
}

function Problems({ problems }: { problems: BpmnProblem[] }) {
  const { t } = useTranslation();
  return (
    <section>
      <Typography.Title level={5} style={{ margin: '0 0 4px' }}>
        {t('bpmnImport.dialog.problemsTitle', { count: problems.length })}
      </Typography.Title>
      <BpmnProblemList problems={problems} />
    </section>
  );
}

/** Why the file was refused, in the interface language, kept in the dialog. */
function Refusal({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const message =
    error instanceof ApiCallError
      ? t(`errors.${error.code}`, { message: error.message, ...error.params })
      : t('errors.INTERNAL');
  if (!(error instanceof ApiCallError)) console.error(error);
  return (
    <Alert type="error" showIcon message={t('bpmnImport.dialog.refused')} description={message} />
  );
}
